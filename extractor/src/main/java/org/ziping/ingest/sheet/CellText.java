package org.ziping.ingest.sheet;

import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.ziping.ingest.text.TextLines;

/**
 * The text a person sees in a spreadsheet cell, without evaluating anything.
 *
 * <p>Formula cells give their cached result (what the file's producer last computed and saved);
 * formulas are never evaluated, so a workbook saved without cached values shows empty cells there.
 * Numbers with an explicit number format (percent {@code 0.00%}, {@code #,##0.00}, dates such as
 * {@code yyyy"年"m"月"d"日"}) are formatted by POI's {@link DataFormatter} as Excel shows them:
 * 0.9662 in a {@code 0.00%} cell reads "96.62%"; a date format's quoted literals are unquoted first
 * ({@link #datePattern}), which POI does not do for dates. Numbers in the General format are written with
 * all their digits as Excel's formula bar shows them ({@link NumberToTextConverter}: up to 15
 * significant digits), not cut to the column width, since the digits matter to the audit. Excel's
 * locale-dependent short date (built-in format 14) is shown as a Chinese Excel shows it,
 * {@code yyyy/m/d}. Booleans read TRUE/FALSE, errors as Excel writes them (#DIV/0!). Text is
 * trimmed at both ends (ideographic spaces included); line breaks inside a cell are kept as
 * {@code \n}, carriage returns dropped.
 *
 * <p>Limits: conditional formats and colours are ignored; a number format's colour or condition
 * sections ({@code [Red]}, {@code [>=100]}) are applied by {@link DataFormatter} as far as it
 * supports them.
 */
final class CellText {
  private static final short SHORT_DATE = 14;
  private final DataFormatter formatter = new DataFormatter(Locale.CHINA);

  CellText() {
    formatter.setUseCachedValuesForFormulaCells(true);
  }

  /** The shown text of {@code cell}, "" for a blank or missing cell. */
  String of(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    String s = switch (type) {
      case NUMERIC -> number(cell);
      case STRING -> cell.getRichStringCellValue().getString();
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR -> error(cell.getErrorCellValue());
      default -> "";
    };
    return clean(s);
  }

  private String number(Cell cell) {
    double v = cell.getNumericCellValue();
    CellStyle style = cell.getCellStyle();
    short fmt = style == null ? 0 : style.getDataFormat();
    String pattern = style == null ? null : style.getDataFormatString();
    if (fmt == SHORT_DATE && DateUtil.isValidExcelDate(v)) {
      return formatter.formatRawCellContents(v, fmt, "yyyy/m/d");
    }
    if (pattern == null || fmt == 0 || "General".equalsIgnoreCase(pattern)
        || "@".equals(pattern)) {
      return NumberToTextConverter.toText(v);
    }
    if (DateUtil.isADateFormat(fmt, pattern) && DateUtil.isValidExcelDate(v)) {
      try {
        return formatter.formatRawCellContents(v, fmt, datePattern(pattern));
      } catch (RuntimeException e) {
        return DateUtil.getLocalDateTime(v).toLocalDate().toString();
      }
    }
    try {
      return formatter.formatCellValue(cell);
    } catch (RuntimeException e) {
      return NumberToTextConverter.toText(v);
    }
  }

  /**
   * A date format as {@link DataFormatter} can apply it: literal text written in quotes
   * ({@code yyyy"年"m"月"d"日"}, the usual Chinese date format) or after a backslash is unquoted
   * when it holds no ASCII letter (a letter would turn into a date token), and {@code [DBNum1]}
   * (Chinese numerals, which POI cannot write) is dropped, so the figures are shown as digits.
   */
  static String datePattern(String pattern) {
    String p = pattern.replaceAll("(?i)\\[DBNum\\d]", "");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < p.length(); i++) {
      char ch = p.charAt(i);
      if (ch == '"') {
        int end = p.indexOf('"', i + 1);
        if (end > i) {
          String lit = p.substring(i + 1, end);
          sb.append(lit.chars().anyMatch(c -> isAsciiLetter((char) c)) ? p.substring(i, end + 1) : lit);
          i = end;
          continue;
        }
      }
      if (ch == '\\' && i + 1 < p.length() && !isAsciiLetter(p.charAt(i + 1))) {
        sb.append(p.charAt(++i));
        continue;
      }
      sb.append(ch);
    }
    return sb.toString();
  }

  private static String error(byte code) {
    try {
      return FormulaError.forInt(code).getString();
    } catch (IllegalArgumentException e) {
      return "#ERROR";
    }
  }

  private static boolean isAsciiLetter(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
  }

  static String clean(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    String t = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u000B', '\n');
    StringBuilder sb = new StringBuilder();
    for (String line : t.split("\n", -1)) {
      String l = TextLines.trim(line);
      if (!l.isEmpty()) {
        if (!sb.isEmpty()) {
          sb.append('\n');
        }
        sb.append(l);
      }
    }
    return sb.toString();
  }
}
