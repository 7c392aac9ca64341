package org.ziping.render;

import org.ziping.report.Location;

/**
 * Says where a piece of evidence stands as a person looks for it: the sheet and cell of a workbook
 * ("自评表!G5"), the page of a PDF, the table, row and column of a table cell (counted from 1), and
 * last the character offsets into the extracted text, which locate it exactly for a program.
 */
public final class Locations {
  private Locations() {}

  /**
   * Chinese: "第9页，表1 第5行 第2列（字符 7536–7574）"; "工作表 自评表!G5，表1 第4行 第7列（字符 151–157）".
   * English: "page 9, table 1 row 5 col 2 (chars 7536–7574)". Null gives "".
   */
  public static String describe(Location l, Lang lang) {
    if (l == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    String sep = lang.t("audit.separator");
    if (l.sheet() != null) {
      sb.append(lang.t("audit.sheet")).append(sheetCell(l));
    }
    if (l.page() != null) {
      sb.append(sb.length() == 0 ? "" : sep).append(lang.t("audit.page", l.page()));
    }
    String cell = tableCell(l, lang);
    if (!cell.isEmpty()) {
      sb.append(sb.length() == 0 ? "" : sep).append(cell);
    }
    String chars = lang.t("audit.chars", l.start(), l.end());
    return sb.length() == 0 ? chars : sb + lang.t("audit.inParens", chars);
  }

  /** "自评表!G5", or the sheet alone when the cell is unknown; null outside workbooks. */
  public static String sheetCell(Location l) {
    if (l == null || l.sheet() == null) {
      return null;
    }
    return l.cell() == null ? l.sheet() : l.sheet() + "!" + l.cell();
  }

  /** "表1 第5行 第2列" / "table 1 row 5 col 2" from the 0-based grid position; "" when none. */
  public static String tableCell(Location l, Lang lang) {
    if (l == null || l.table() == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(lang.t("audit.table")).append(l.table() + 1);
    if (l.row() != null) {
      sb.append(lang.t("audit.row", l.row() + 1));
    }
    if (l.col() != null) {
      sb.append(lang.t("audit.col", l.col() + 1));
    }
    return sb.toString();
  }
}
