package org.ziping.model;

import java.util.List;

/**
 * A table as a grid of anchor cells with spans. Positions covered by a span hold no cell of their
 * own; {@link #cellAt(int, int)} resolves them to the anchor that covers them. Empty cells are kept
 * as cells with empty text: telling a merged cell from an empty one is the source's business, and
 * resolving labels through empty cells is the parser's.
 *
 * @param rows  number of rows
 * @param cols  number of columns of the widest row (grid columns)
 * @param cells anchor cells in row-major order
 */
public record TableGrid(int rows, int cols, List<Cell> cells) {
  public TableGrid {
    cells = List.copyOf(cells);
  }

  /** The cell whose span covers row {@code r}, column {@code c}, or null when nothing covers it. */
  public Cell cellAt(int r, int c) {
    for (Cell cell : cells) {
      if (r >= cell.row() && r < cell.row() + cell.rowSpan()
          && c >= cell.col() && c < cell.col() + cell.colSpan()) {
        return cell;
      }
    }
    return null;
  }

  /** Anchor cells of row {@code r}, left to right. */
  public List<Cell> row(int r) {
    return cells.stream().filter(c -> c.row() == r).toList();
  }
}
