package org.ziping.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes the thin grid rows that come from row borders drawn at two heights: a merged cell whose
 * bottom border stops short of its neighbours' (Chromium prints a row-spanning cell cut by a page
 * break so), which puts two row boundaries a few points apart where the table has one.
 *
 * <p>A grid row is such a sliver when it is at most {@link #MAX_HEIGHT} high and every cell
 * covering it either comes from above and ends in it, or starts in it and goes on below, with at
 * least one of each kind: no cell has the row to itself, so it holds no row of text. The sliver is
 * dropped from the logical grid: cells ending in it end one row earlier, cells starting in it start
 * one row later, rows below move up by one. Cell rectangles (and so the glyphs each cell gets) are
 * unchanged; only row numbers and row spans change.
 *
 * <p>Limits: a real row of the table that is this thin and staggered in the same way (a row of no
 * text between merged cells) is dropped as well; its cells keep their text.
 */
final class StaggeredRows {
  /** Highest sliver, in points: less than one line of text with the usual cell padding. */
  static final float MAX_HEIGHT = 15f;

  private StaggeredRows() {}

  /** The cells with row numbers and spans of the grid without its slivers. */
  static List<PageTable.Region> collapse(List<PageTable.Region> cells, float[] ys) {
    int rows = ys.length - 1;
    boolean[] sliver = new boolean[rows];
    boolean any = false;
    for (int r = 1; r < rows - 1; r++) {
      sliver[r] = ys[r + 1] - ys[r] <= MAX_HEIGHT && isSliver(cells, r);
      any |= sliver[r];
    }
    if (!any) {
      return cells;
    }
    int[] logical = new int[rows];
    int removed = 0;
    for (int r = 0; r < rows; r++) {
      logical[r] = r - removed;
      if (sliver[r]) {
        removed++;
      }
    }
    List<PageTable.Region> out = new ArrayList<>(cells.size());
    for (PageTable.Region c : cells) {
      int first = c.row();
      int last = c.row() + c.rowSpan() - 1;
      if (sliver[last] && first < last) {
        last--;
      }
      if (sliver[first] && first < last) {
        first++;
      }
      int row = logical[first];
      int span = logical[last] - row + 1;
      out.add(new PageTable.Region(row, c.col(), span, c.colSpan(), c.x0(), c.y0(), c.x1(),
          c.y1()));
    }
    return out;
  }

  private static boolean isSliver(List<PageTable.Region> cells, int r) {
    boolean ending = false;
    boolean starting = false;
    for (PageTable.Region c : cells) {
      int first = c.row();
      int last = c.row() + c.rowSpan() - 1;
      if (first > r || last < r) {
        continue;
      }
      if (first < r && last == r) {
        ending = true;
      } else if (first == r && last > r) {
        starting = true;
      } else {
        return false;
      }
    }
    return ending && starting;
  }
}
