package org.ziping.model;

import java.util.List;

/**
 * Where a block of a spreadsheet stands in its workbook: the sheet, and the sheet cell at the top
 * left of the block, so that a grid position maps back to the cell a person opens in Excel.
 *
 * <p>For a table block, grid row {@code r} and column {@code c} are sheet row
 * {@code firstRow + r} and column {@code firstCol + c} (no sheet row or column is skipped inside a
 * table; hidden ones are kept and listed here). For a heading or paragraph block (a title row, the
 * sheet-name heading) the coordinates are those of its cell (the sheet-name heading: the first used
 * cell).
 *
 * @param sheet      the sheet's name as the workbook gives it
 * @param sheetIndex 0-based position of the sheet in the workbook
 * @param visibility whether the sheet is shown, hidden or very hidden
 * @param firstRow   0-based sheet row of the block's first row
 * @param firstCol   0-based sheet column of the block's first column
 * @param hiddenRows grid rows (0-based, of this block) that the sheet hides
 * @param hiddenCols grid columns (0-based, of this block) that the sheet hides
 */
public record SheetArea(String sheet, int sheetIndex, SheetVisibility visibility, int firstRow,
                        int firstCol, List<Integer> hiddenRows, List<Integer> hiddenCols) {
  public SheetArea {
    hiddenRows = hiddenRows == null ? List.of() : List.copyOf(hiddenRows);
    hiddenCols = hiddenCols == null ? List.of() : List.copyOf(hiddenCols);
  }

  /** The A1-style address ("C7") of grid row {@code r}, column {@code c} of this block. */
  public String cellRef(int r, int c) {
    return columnName(firstCol + c) + (firstRow + r + 1);
  }

  /** Excel's name of a 0-based column: A … Z, AA … */
  public static String columnName(int col) {
    StringBuilder sb = new StringBuilder();
    for (int n = col + 1; n > 0; n = (n - 1) / 26) {
      sb.append((char) ('A' + (n - 1) % 26));
    }
    return sb.reverse().toString();
  }
}
