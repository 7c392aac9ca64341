package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * Where something stands in the source: character offsets into the document's extracted text
 * ({@link org.ziping.model.DocumentModel#text()}), plus the page for PDF and the table, row and
 * column for table cells (table = index of the table block among the document's tables, from 0).
 * For spreadsheets, {@code sheet} names the sheet and {@code cell} gives the sheet cell as Excel
 * addresses it ("C7"); {@code row}/{@code col} stay grid positions of the table block.
 * {@code ocr: true} when the text there was read by OCR from a page image (figures may be
 * misread; the audit never reports such a figure as an error).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(int start, int end, Integer page, Integer table, Integer row, Integer col,
                       String sheet, String cell, Boolean ocr) {
  public Location {
    ocr = Boolean.TRUE.equals(ocr) ? Boolean.TRUE : null;
  }

  /** A location outside any spreadsheet, in text not read by OCR. */
  public Location(int start, int end, Integer page, Integer table, Integer row, Integer col) {
    this(start, end, page, table, row, col, null, null, null);
  }

  /** A location in a spreadsheet (or, with null sheet and cell, outside one). */
  public Location(int start, int end, Integer page, Integer table, Integer row, Integer col,
                  String sheet, String cell) {
    this(start, end, page, table, row, col, sheet, cell, null);
  }

  /** A location outside any spreadsheet, read by OCR or not. */
  public Location(int start, int end, Integer page, Integer table, Integer row, Integer col,
                  Boolean ocr) {
    this(start, end, page, table, row, col, null, null, ocr);
  }

  public static Location of(int start, int end, Integer page) {
    return new Location(start, end, page, null, null, null);
  }

  /**
   * Whether two locations stand on the same sheet of a workbook; always true outside workbooks
   * (both sheets null). Figures on different sheets belong to different forms (one project per
   * sheet) and are never compared as the same quantity.
   */
  public static boolean sameSheet(Location a, Location b) {
    return Objects.equals(a == null ? null : a.sheet(), b == null ? null : b.sheet());
  }

  /** True when the text at this location was read by OCR. */
  public boolean readByOcr() {
    return Boolean.TRUE.equals(ocr);
  }
}
