package org.ziping.parse.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * are not read). At least two parts are needed. The table's 合计/总计 row is the sum of its 类
 * rows under the same conditions, only when the table lists a real hierarchy (some 5-digit code),
 * and only when no neighbouring table is coded. A table that writes a code twice, or writes 款 and
 * 项 in columns of their own, is not read.
 *
 * <p>Data source: the table blocks of the scope and the amounts the figure scanner read from their
 * cells. Limits: codes split over three columns (类/款/项 in separate cells) are not read; a parent
 * whose children are all omitted (zero) gives nothing.
 */
public final class CodedTableBreakdowns {
  private static final Pattern CODE = Pattern.compile("\\d{3}(\\d{2}){0,2}");
  private static final Pattern NUMBER = Pattern.compile("[-−]?[\\d,，]+(\\.\\d+)?%?");
  private static final Pattern TOTAL = Pattern.compile("(支出)?(合计|总计)");
  private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

  /** The coded breakdowns of the scope's tables, in table order. */
  public List<Breakdown> find(ReportScope scope, Figures figures) {
    List<Breakdown> out = new ArrayList<>();
    for (Block t : scope.tables()) {
      int tn = scope.tableNumber(t);
      TableGrid g = t.table();
      int codeCol = codeColumn(g);
      if (codeCol < 0 || codedColumns(g) > 1 || splitCodes(g) || duplicateCodes(g, codeCol)) {
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
        List<Integer> children = new ArrayList<>();
        for (int k = r + 1; k < g.rows() && codes[k] != null && codes[k].startsWith(parent); k++) {
          if (codes[k].length() == parent.length() + 2) {
            children.add(k);
          }
        }
        for (int c = 0; c < g.cols(); c++) {
          Amount total = at.get(key(r, c));
          Optional<List<Amount>> parts = columnParts(g, at, children, c);
          if (total != null && parts.isPresent()) {
            add(scope, t, tn, r, c, label(g, r, codeCol, parent), total, parts.get(), out);
          }
        }
      }
      totalRow(scope, t, tn, g, codes, at, out);
    }
    return out;
  }

  private static void add(ReportScope scope, Block t, int tn, int r, int c, String label,
                          Amount total, List<Amount> parts, List<Breakdown> out) {
    if (parts.size() < 2) {
      return;
    }
    Amount last = parts.get(parts.size() - 1);
    int start = Math.min(total.location().start(), parts.get(0).location().start());
    int end = Math.max(total.location().end(), last.location().end());
    out.add(new Breakdown(label, "table-code", total, parts, scope.text(start, end),
        new Location(start, end, t.page(), tn, r, c)));
  }

  /**
   * The table's 合计/总计 row against its 3-digit (类) rows, per money column, when the whole table
   * is certain: the total row stands before or after all coded rows, every other data row is coded
   * and no level is skipped, every 类 row has a figure or a blank in the column, and no table within
   * three blocks before or after it holds coded rows (a table continued on the next page would
   * leave 类 rows out).
   */
  private static void totalRow(ReportScope scope, Block t, int tn, TableGrid g, String[] codes,
                               Map<Long, Amount> at, List<Breakdown> out) {
    int total = -1;
    for (int r = 0; r < g.rows() && total < 0; r++) {
      if (codes[r] == null && isTotal(g, r) && hasAmount(g, at, r)) {
        total = r;
      }
    }
    if (total < 0 || !wholeTableCertain(g, codes, at, total) || neighbourCoded(scope, t)) {
      return;
    }
    List<Integer> classRows = new ArrayList<>();
    for (int k = 0; k < g.rows(); k++) {
      if (codes[k] != null && codes[k].length() == 3) {
        classRows.add(k);
      }
    }
    for (int c = 0; c < g.cols(); c++) {
      Amount sum = at.get(key(total, c));
      Optional<List<Amount>> parts = columnParts(g, at, classRows, c);
      if (sum != null && parts.isPresent()) {
        add(scope, t, tn, total, c, "合计", sum, parts.get(), out);
      }
    }
  }

  /**
   * The amounts of {@code rows} in column {@code c}, in row order; empty when one of those cells
   * is neither an amount nor blank (a figure the extraction could not read would make the sum
   * wrong).
   */
  private static Optional<List<Amount>> columnParts(TableGrid g, Map<Long, Amount> at,
                                                    List<Integer> rows, int c) {
    List<Amount> parts = new ArrayList<>();
    for (int k : rows) {
      Amount a = at.get(key(k, c));
      if (a != null) {
        parts.add(a);
      } else if (!blank(g, k, c)) {
        return Optional.empty();
      }
    }
    return Optional.of(parts);
  }

  private static boolean isTotal(TableGrid g, int r) {
    for (Cell cell : g.row(r)) {
      if (cell.row() == r && TOTAL.matcher(cell.text().replaceAll("\\s+", "")).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean wholeTableCertain(TableGrid g, String[] codes, Map<Long, Amount> at,
                                           int total) {
    int first = -1;
    int last = -1;
    List<String> seen = new ArrayList<>();
    for (int r = 0; r < g.rows(); r++) {
      if (codes[r] != null) {
        if (codes[r].length() > 3 && !seen.contains(codes[r].substring(0, codes[r].length() - 2))) {
          return false;
        }
        seen.add(codes[r]);
        first = first < 0 ? r : first;
        last = r;
      }
    }
    boolean hierarchy = seen.stream().anyMatch(c -> c.length() > 3);
    if (first < 0 || !hierarchy || (total > first && total < last)) {
      return false;
    }
    for (int r = Math.min(first, total + 1); r <= Math.max(last, total - 1); r++) {
      if (r != total && codes[r] == null && hasAmount(g, at, r)) {
        return false;
      }
    }
    return true;
  }

  /** 款 and 项 written in their own columns ("201 | 01 | 02"): the code column is not the whole code. */
  private static boolean splitCodes(TableGrid g) {
    for (int c = 0; c < g.cols(); c++) {
      int n = 0;
      for (int r = 0; r < g.rows(); r++) {
        Cell cell = g.cellAt(r, c);
        if (cell != null && cell.row() == r && cell.col() == c
            && TWO_DIGITS.matcher(cell.text().strip()).matches()) {
          n++;
        }
      }
      if (n >= 3) {
        return true;
      }
    }
    return false;
  }

  /** A code met twice: the column does not list a code hierarchy once. */
  private static boolean duplicateCodes(TableGrid g, int codeCol) {
    Set<String> seen = new HashSet<>();
    for (int r = 0; r < g.rows(); r++) {
      String c = code(g, r, codeCol);
      if (c != null && !seen.add(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAmount(TableGrid g, Map<Long, Amount> at, int r) {
    for (int c = 0; c < g.cols(); c++) {
      if (at.containsKey(key(r, c))) {
        return true;
      }
    }
    return false;
  }

  private static boolean neighbourCoded(ReportScope scope, Block t) {
    List<Block> blocks = scope.doc().blocks();
    for (int i = Math.max(0, t.index() - 3); i <= Math.min(blocks.size() - 1, t.index() + 3); i++) {
      Block b = blocks.get(i);
      if (i != t.index() && b.table() != null) {
        for (int c = 0; c < b.table().cols(); c++) {
          if (codedRows(b.table(), c) > 0) {
            return true;
          }
        }
      }
    }
    return false;
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
