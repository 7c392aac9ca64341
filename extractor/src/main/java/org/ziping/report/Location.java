package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where something stands in the source: character offsets into the document's extracted text
 * ({@link org.ziping.model.DocumentModel#text()}), plus the page for PDF and the table, row and
 * column for table cells (table = index of the table block among the document's tables, from 0).
 * For spreadsheets, {@code sheet} names the sheet and {@code cell} gives the sheet cell as Excel
 * addresses it ("C7"); {@code row}/{@code col} stay grid positions of the table block.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(int start, int end, Integer page, Integer table, Integer row, Integer col,
                       String sheet, String cell) {

  /** A location outside any spreadsheet. */
  public Location(int start, int end, Integer page, Integer table, Integer row, Integer col) {
    this(start, end, page, table, row, col, null, null);
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
    return java.util.Objects.equals(a == null ? null : a.sheet(), b == null ? null : b.sheet());
  }
}
