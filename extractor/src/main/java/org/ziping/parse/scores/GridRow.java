package org.ziping.parse.scores;

import java.util.Arrays;
import org.ziping.model.Cell;
import org.ziping.model.TableGrid;

/**
 * One table row as a vector over the grid columns: for each column the anchor cell that starts
 * there in this row ({@link Kind#OWN}), an anchor from a row above whose row span covers it
 * ({@link Kind#MERGED}: a vertical merge), or nothing ({@link Kind#EMPTY}: no cell, an empty cell,
 * or a column covered by the column span of a cell to its left).
 *
 * <p>{@link #shiftRight(int)} moves every entry k columns to the right, for rows the source put
 * k columns too far left.
 */
final class GridRow {
  enum Kind { EMPTY, OWN, MERGED }

  final int row;
  final Cell[] cells;
  final Kind[] kinds;
  final int shift;

  private GridRow(int row, Cell[] cells, Kind[] kinds, int shift) {
    this.row = row;
    this.cells = cells;
    this.kinds = kinds;
    this.shift = shift;
  }

  static GridRow of(TableGrid grid, int r) {
    int n = grid.cols();
    Cell[] cells = new Cell[n];
    Kind[] kinds = new Kind[n];
    Arrays.fill(kinds, Kind.EMPTY);
    for (int c = 0; c < n; c++) {
      Cell a = grid.cellAt(r, c);
      if (a == null || Cells.key(a.text()).isEmpty()) {
        continue;
      }
      if (a.row() < r) {
        cells[c] = a;
        kinds[c] = Kind.MERGED;
      } else if (a.col() == c) {
        cells[c] = a;
        kinds[c] = Kind.OWN;
      }
    }
    return new GridRow(r, cells, kinds, 0);
  }

  int size() {
    return cells.length;
  }

  boolean empty(int c) {
    return c < 0 || c >= cells.length || kinds[c] == Kind.EMPTY;
  }

  boolean own(int c) {
    return c >= 0 && c < cells.length && kinds[c] == Kind.OWN;
  }

  boolean merged(int c) {
    return c >= 0 && c < cells.length && kinds[c] == Kind.MERGED;
  }

  /** Original text of column c (markup removed, trimmed), or "" when empty. */
  String text(Integer c) {
    return c == null || empty(c) ? "" : Cells.clean(cells[c].text());
  }

  Cell cell(Integer c) {
    return c == null || empty(c) ? null : cells[c];
  }

  /** True when no column holds an own cell. */
  boolean blank() {
    for (Kind k : kinds) {
      if (k == Kind.OWN) {
        return false;
      }
    }
    return true;
  }

  /** Number of empty columns at the right end. */
  int trailingEmpty() {
    int n = 0;
    for (int c = cells.length - 1; c >= 0 && kinds[c] == Kind.EMPTY; c--) {
      n++;
    }
    return n;
  }

  /** This row moved k columns to the right; the k rightmost columns must be empty. */
  GridRow shiftRight(int k) {
    int n = cells.length;
    Cell[] cs = new Cell[n];
    Kind[] ks = new Kind[n];
    Arrays.fill(ks, Kind.EMPTY);
    for (int c = 0; c + k < n; c++) {
      cs[c + k] = cells[c];
      ks[c + k] = kinds[c];
    }
    return new GridRow(row, cs, ks, shift + k);
  }
}
