package org.ziping.parse.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ziping.model.Block;
import org.ziping.model.Cell;
import org.ziping.model.TableGrid;
import org.ziping.parse.ReportScope;
import org.ziping.report.Amount;
import org.ziping.report.Breakdown;
import org.ziping.report.Location;

/**
 * Breakdowns a table makes complete by its 功能分类 (or 经济分类) codes: a row coded with 3 digits
 * (类) is the sum of the 5-digit rows (款) that extend its code, a 5-digit row the sum of its 7-digit
 * rows (项). Kind {@code table-code}.
 *
 * <p>Algorithm: in each table, the code column is the column whose cells most often hold exactly a
 * 3, 5 or 7 digit number (at least three such rows). For every coded row and every column holding
 * a money amount in that row, the parts are the amounts in the same column of the rows whose code
 * extends the row's code by two digits. A parent counts only when its group is closed inside the
 * table: a later row of the table has a code outside the group (a table cut by a page break, whose
 * remaining children are in the next table, gives no breakdown); every row of the group is coded
 * and extends a code of the group by two digits (no level skipped, no uncoded row between: a code
 * the extraction lost would make the sum wrong); every child has a figure or a blank in the column;
 * the table has one code column only (side-by-side groups, 工资福利支出 left and 商品和服务支出 right,
 * are not read). At least two parts are needed.
 *
 * <p>Data source: the table blocks of the scope and the amounts the figure scanner read from their
 * cells. Limits: codes split over three columns (类/款/项 in separate cells) are not read; a parent
 * whose children are all omitted (zero) gives nothing.
 */
public final class CodedTableBreakdowns {
  private static final Pattern CODE = Pattern.compile("\\d{3}(\\d{2}){0,2}");
  private static final Pattern NUMBER = Pattern.compile("[-−]?[\\d,，]+(\\.\\d+)?%?");

  /** The coded breakdowns of the scope's tables, in table order. */
  public List<Breakdown> find(ReportScope scope, Figures figures) {
    List<Breakdown> out = new ArrayList<>();
    for (Block t : scope.tables()) {
      int tn = scope.tableNumber(t);
      TableGrid g = t.table();
      int codeCol = codeColumn(g);
      if (codeCol < 0 || codedColumns(g) > 1) {
        continue;
      }
      Map<Long, Amount> at = new HashMap<>();
      for (Amount a : figures.amounts()) {
        Location l = a.location();
        if (l.table() != null && l.table() == tn && l.col() != codeCol) {
          at.put(key(l.row(), l.col()), a);
        }
      }
      String[] codes = new String[g.rows()];
      for (int r = 0; r < g.rows(); r++) {
        codes[r] = code(g, r, codeCol);
      }
      for (int r = 0; r < g.rows(); r++) {
        String parent = codes[r];
        if (parent == null || parent.length() == 7 || !closed(codes, r) || !certain(codes, r)) {
          continue;
        }
        for (int c = 0; c < g.cols(); c++) {
          Amount total = at.get(key(r, c));
          if (total == null) {
            continue;
          }
          List<Amount> parts = new ArrayList<>();
          boolean complete = true;
          for (int k = r + 1; k < g.rows(); k++) {
            String child = codes[k];
            if (child == null || !child.startsWith(parent)) {
              break;
            }
            if (child.length() == parent.length() + 2) {
              if (at.containsKey(key(k, c))) {
                parts.add(at.get(key(k, c)));
              } else if (!blank(g, k, c)) {
                complete = false;
              }
            }
          }
          if (!complete) {
            continue;
          }
          if (parts.size() >= 2) {
            Amount last = parts.get(parts.size() - 1);
            int end = last.location().end();
            int start = total.location().start();
            out.add(new Breakdown(label(g, r, codeCol, parent), "table-code", total, parts,
                scope.text(start, end), new Location(start, end, t.page(), tn, r, c)));
          }
        }
      }
    }
    return out;
  }

  /**
   * The parse of row {@code r}'s group is certain: its rows follow it without an uncoded row in
   * between (an uncoded row may be a child whose code the extraction lost), and each of its rows
   * extends the code of the row above it or of an earlier row of the group by two digits (no level
   * skipped, so no row of the group is missing).
   */
  private static boolean certain(String[] codes, int r) {
    List<String> seen = new ArrayList<>();
    seen.add(codes[r]);
    for (int k = r + 1; k < codes.length; k++) {
      String c = codes[k];
      if (c == null) {
        return false;
      }
      if (!c.startsWith(codes[r])) {
        return true;
      }
      String parent = c.substring(0, c.length() - 2);
      if (!seen.contains(parent)) {
        return false;
      }
      seen.add(c);
    }
    return false;
  }

  private static boolean blank(TableGrid g, int r, int c) {
    Cell cell = g.cellAt(r, c);
    return cell == null || cell.text().isBlank() || cell.text().strip().matches("[-—–]+|0(\\.0+)?");
  }

  /** How many columns hold codes in at least three rows (two side-by-side code groups: 2). */
  private static int codedColumns(TableGrid g) {
    int n = 0;
    for (int c = 0; c < g.cols(); c++) {
      if (codedRows(g, c) >= 3) {
        n++;
      }
    }
    return n;
  }

  /** The group of row {@code r} ends inside the table: a later coded row lies outside it. */
  private static boolean closed(String[] codes, int r) {
    for (int k = r + 1; k < codes.length; k++) {
      if (codes[k] != null && !codes[k].startsWith(codes[r])) {
        return true;
      }
    }
    return false;
  }

  private static String label(TableGrid g, int r, int codeCol, String code) {
    for (int c = codeCol + 1; c < g.cols(); c++) {
      Cell cell = g.cellAt(r, c);
      if (cell != null && cell.row() == r && !cell.text().isBlank()
          && !NUMBER.matcher(cell.text().strip()).matches()) {
        return code + " " + cell.text().strip();
      }
    }
    return code;
  }

  private static int codeColumn(TableGrid g) {
    int best = -1;
    int bestCount = 2;
    for (int c = 0; c < g.cols(); c++) {
      int n = codedRows(g, c);
      if (n > bestCount) {
        best = c;
        bestCount = n;
      }
    }
    return best;
  }

  private static int codedRows(TableGrid g, int c) {
    int n = 0;
    for (int r = 0; r < g.rows(); r++) {
      if (code(g, r, c) != null) {
        n++;
      }
    }
    return n;
  }

  private static String code(TableGrid g, int r, int c) {
    Cell cell = g.cellAt(r, c);
    if (cell == null || cell.row() != r || cell.col() != c) {
      return null;
    }
    String s = cell.text().strip();
    return CODE.matcher(s).matches() ? s : null;
  }

  private static long key(int r, int c) {
    return ((long) r << 32) | c;
  }
}
