package org.ziping.ingest.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Places the cells of an HTML table on a grid, as the HTML standard's table model does: rows are
 * the table's own {@code <tr>} (directly or in {@code <thead>}, {@code <tbody>}, {@code <tfoot>};
 * never those of nested tables), cells its {@code <td>} and {@code <th>}; each cell takes the first
 * grid column of its row not covered by a {@code rowspan} from above and covers {@code colspan}
 * columns and {@code rowspan} rows.
 *
 * <p>Spans are clamped as browsers do: a {@code colspan} below 1 or unreadable is 1, above 1000 is
 * 1000; a {@code rowspan} of 0 reaches the end of the table, one reaching beyond the last row stops
 * there. Rows without any cell (and not covered from above) are dropped, since they show nothing.
 *
 * <p>Limits: {@code <col span>} and {@code <colgroup>} widths are not used (they do not move
 * cells); a table whose rows sit in several {@code <tbody>} elements is one grid, so a
 * {@code rowspan} may cross from one body into the next (browsers stop it at the body's end).
 */
final class TableLayout {
  /** One cell on the grid. */
  record Placed(Element cell, int row, int col, int rowSpan, int colSpan) {}

  private TableLayout() {}

  /** The table's own rows, in order. */
  static List<Element> rows(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element c : table.children()) {
      String t = Dom.tag(c);
      if (t.equals("tr")) {
        rows.add(c);
      } else if (t.equals("thead") || t.equals("tbody") || t.equals("tfoot")) {
        for (Element r : c.children()) {
          if (Dom.tag(r).equals("tr")) {
            rows.add(r);
          }
        }
      }
    }
    return rows;
  }

  static List<Element> cells(Element row) {
    List<Element> cells = new ArrayList<>();
    for (Element c : row.children()) {
      if (Dom.tag(c).equals("td") || Dom.tag(c).equals("th")) {
        cells.add(c);
      }
    }
    return cells;
  }

  /** The cells of {@code table} placed on its grid, row by row. */
  static List<Placed> place(Element table) {
    List<Element> trs = rows(table);
    List<boolean[]> taken = new ArrayList<>();
    List<Placed> out = new ArrayList<>();
    int row = 0;
    for (int i = 0; i < trs.size(); i++) {
      List<Element> cells = cells(trs.get(i));
      boolean covered = row < taken.size() && anyTrue(taken.get(row));
      if (cells.isEmpty() && !covered) {
        continue;
      }
      int rowsLeft = countRows(trs, i);
      int col = 0;
      for (Element cell : cells) {
        while (isTaken(taken, row, col)) {
          col++;
        }
        int colSpan = clamp(cell.attr("colspan"), 1, 1000, 1);
        int rs = clamp(cell.attr("rowspan"), 0, 65534, 1);
        int rowSpan = rs == 0 ? rowsLeft : Math.min(rs, rowsLeft);
        for (int r = row; r < row + rowSpan; r++) {
          for (int c = col; c < col + colSpan; c++) {
            take(taken, r, c);
          }
        }
        out.add(new Placed(cell, row, col, Math.max(1, rowSpan), colSpan));
        col += colSpan;
      }
      row++;
    }
    return out;
  }

  /** Rows from {@code i} to the end that will be kept (those with cells). */
  private static int countRows(List<Element> trs, int i) {
    int n = 0;
    for (int k = i; k < trs.size(); k++) {
      if (k == i || !cells(trs.get(k)).isEmpty()) {
        n++;
      }
    }
    return n;
  }

  private static int clamp(String attr, int min, int max, int dflt) {
    String s = attr.strip();
    int end = 0;
    while (end < s.length() && Character.isDigit(s.charAt(end))) {
      end++;
    }
    if (end == 0 || end > 6) {
      return end > 6 ? max : dflt;
    }
    int v = Integer.parseInt(s.substring(0, end));
    if (v < min) {
      return dflt;
    }
    return Math.min(v, max);
  }

  private static boolean anyTrue(boolean[] a) {
    for (boolean b : a) {
      if (b) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTaken(List<boolean[]> taken, int r, int c) {
    return r < taken.size() && c < taken.get(r).length && taken.get(r)[c];
  }

  private static void take(List<boolean[]> taken, int r, int c) {
    while (taken.size() <= r) {
      taken.add(new boolean[8]);
    }
    boolean[] a = taken.get(r);
    if (c >= a.length) {
      a = Arrays.copyOf(a, Math.max(c + 1, a.length * 2));
      taken.set(r, a);
    }
    a[c] = true;
  }
}
