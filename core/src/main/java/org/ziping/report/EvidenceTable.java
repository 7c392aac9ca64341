package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A table of the source document as the extraction read it, kept because a finding's evidence
 * stands in one of its cells and the document has no pages to show it on (a Word, web, text or
 * spreadsheet file): a reader can draw the table with the cited cell outlined without reading the
 * document again ({@link Report#evidenceTables()}, the web page's evidence view).
 *
 * @param table the table's number among the document's tables, from 0 ({@link Location#table()})
 * @param rows  number of grid rows
 * @param cols  number of grid columns of the widest row
 * @param cells the anchor cells in row-major order (never null); a position covered by a span
 *              holds no cell of its own
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvidenceTable(int table, int rows, int cols, List<EvidenceTable.Cell> cells) {
  public EvidenceTable {
    cells = cells == null ? List.of() : List.copyOf(cells);
  }

  /**
   * One anchor cell.
   *
   * @param row     0-based row of its top-left corner
   * @param col     0-based grid column of its top-left corner
   * @param rowSpan rows it covers when more than one, else null
   * @param colSpan grid columns it covers when more than one, else null
   * @param text    its text as extracted (paragraphs inside the cell joined by newline)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Cell(int row, int col, Integer rowSpan, Integer colSpan, String text) {
    public Cell {
      rowSpan = rowSpan == null || rowSpan <= 1 ? null : rowSpan;
      colSpan = colSpan == null || colSpan <= 1 ? null : colSpan;
    }

    /** The rows it covers, at least 1. */
    public int rowsCovered() {
      return rowSpan == null ? 1 : rowSpan;
    }

    /** The grid columns it covers, at least 1. */
    public int colsCovered() {
      return colSpan == null ? 1 : colSpan;
    }

    /** Whether this cell's span covers grid row {@code r}, column {@code c}. */
    public boolean covers(int r, int c) {
      return r >= row && r < row + rowsCovered() && c >= col && c < col + colsCovered();
    }
  }

  /** The cell whose span covers row {@code r}, column {@code c}, or null when nothing covers it. */
  public Cell cellAt(int r, int c) {
    return cells.stream().filter(x -> x.covers(r, c)).findFirst().orElse(null);
  }

  /** The anchor cells of row {@code r}, left to right. */
  public List<Cell> row(int r) {
    return cells.stream().filter(c -> c.row() == r).toList();
  }
}
