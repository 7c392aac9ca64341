package org.ziping.ingest.pdf;

import java.util.Arrays;
import java.util.List;

/**
 * A table found on one page: its grid lines and the cells with their spans.
 *
 * @param page  1-based page
 * @param xs    x of the column boundaries, ascending (columns = xs.length - 1)
 * @param ys    y of the row boundaries, ascending (grid rows = ys.length - 1)
 * @param cells anchor cells in row-major order, with logical rows (see {@link #rows()})
 * @param owner for every grid slot [row][col], the index in {@code cells} of the cell covering it
 * @param openTop    no ruling closes the top edge: the verticals run on above the first horizontal
 *                   (a row cut by the page break above, as browsers print it)
 * @param openBottom no ruling closes the bottom edge (a row cut by the page break below)
 */
record PageTable(int page, float[] xs, float[] ys, List<Region> cells, int[][] owner,
                        boolean openTop, boolean openBottom) {

  /** One cell of a page table: grid position, spans and its rectangle. */
  public record Region(int row, int col, int rowSpan, int colSpan, float x0, float y0, float x1,
                       float y1) {}

  /** Rows of the logical grid (the grid rows less those {@link StaggeredRows} dropped). */
  public int rows() {
    int n = 0;
    for (Region c : cells) {
      n = Math.max(n, c.row() + c.rowSpan());
    }
    return n;
  }

  public int cols() {
    return xs.length - 1;
  }

  public float left() {
    return xs[0];
  }

  public float right() {
    return xs[xs.length - 1];
  }

  public float top() {
    return ys[0];
  }

  public float bottom() {
    return ys[ys.length - 1];
  }

  /** True when the point lies inside the table's outer rectangle, widened by {@code tol}. */
  public boolean contains(float x, float y, float tol) {
    return x >= left() - tol && x <= right() + tol && y >= top() - tol && y <= bottom() + tol;
  }

  /** Index of the cell that covers the point (clamped to the grid), for a point inside. */
  public int cellAt(float x, float y) {
    return owner[slot(ys, y)][slot(xs, x)];
  }

  private static int slot(float[] bounds, float v) {
    int i = Arrays.binarySearch(bounds, v);
    int idx = i >= 0 ? i : -i - 2;
    return Math.max(0, Math.min(bounds.length - 2, idx));
  }
}
