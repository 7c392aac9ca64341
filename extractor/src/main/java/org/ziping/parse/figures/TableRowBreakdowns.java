package org.ziping.parse.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ziping.model.Block;
import org.ziping.model.Cell;
import org.ziping.model.TableGrid;
import org.ziping.parse.ReportScope;
import org.ziping.report.Amount;
import org.ziping.report.Breakdown;
import org.ziping.report.Location;

/**
 * Breakdowns of kind {@code table}: in a table column, a row labelled 其中… and the rows right
 * below it that hold amounts in that column are the parts of the nearest amount above (the total
 * row). The parts end at the first row without an amount in the column, or at a later 合计/总计/
 * 小计 row.
 *
 * <p>Limits: column-wise table breakdowns (a 合计 column and its 其中 columns) are not read; the
 * relation is found by position, so the audit treats it with less confidence than a coded table
 * ({@link CodedTableBreakdowns}).
 */
final class TableRowBreakdowns implements BreakdownAlgorithm {
  @Override
  public List<Breakdown> find(ScopeFigures in) {
    ReportScope scope = in.scope();
    String norm = scope.normalized();
    List<Breakdown> out = new ArrayList<>();
    for (Block t : scope.tables()) {
      int tn = scope.tableNumber(t);
      Map<Long, Amount> at = new HashMap<>();
      for (Amount a : in.figures().amounts()) {
        if (a.location().table() != null && a.location().table() == tn) {
          at.put(key(a.location().row(), a.location().col()), a);
        }
      }
      if (at.isEmpty()) {
        continue;
      }
      TableGrid g = t.table();
      for (int c = 0; c < g.cols(); c++) {
        for (int r = 1; r < g.rows(); r++) {
          if (!at.containsKey(key(r, c)) || !startsQizhong(g, r, c, norm)) {
            continue;
          }
          if (r > 1 && startsQizhong(g, r - 1, c, norm) && at.containsKey(key(r - 1, c))) {
            continue;
          }
          Amount total = null;
          for (int k = r - 1; k >= 0 && total == null; k--) {
            total = at.get(key(k, c));
          }
          if (total == null) {
            continue;
          }
          List<Amount> parts = new ArrayList<>();
          for (int k = r; k < g.rows() && at.containsKey(key(k, c)); k++) {
            Amount a = at.get(key(k, c));
            if (k > r && a.label().matches(".*(合计|总计|小计).*")) {
              break;
            }
            parts.add(a);
          }
          if (parts.size() >= 2) {
            Cell tc = g.cellAt(total.location().row(), c);
            Amount lastPart = parts.get(parts.size() - 1);
            int end = lastPart.location().end();
            out.add(new Breakdown(total.label(), "table", total, parts,
                scope.text(tc.start(), end), new Location(tc.start(), end,
                    t.page(), tn, total.location().row(), c, tc.ocr())));
          }
        }
      }
    }
    return out;
  }

  private static long key(int r, int c) {
    return ((long) r << 32) | c;
  }

  private static boolean startsQizhong(TableGrid g, int r, int c, String norm) {
    for (int k = 0; k < c; k++) {
      Cell x = g.cellAt(r, k);
      if (x != null && x.row() == r && norm.substring(x.start(), x.end()).strip().startsWith("其中")) {
        return true;
      }
    }
    return false;
  }
}
