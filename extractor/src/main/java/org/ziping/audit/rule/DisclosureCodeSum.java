package org.ziping.audit.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ziping.audit.RuleId;
import org.ziping.report.Decimals;
import org.ziping.report.Severity;
import org.ziping.report.Breakdown;
import org.ziping.report.DecimalInterval;
import org.ziping.report.DisclosureTable;
import org.ziping.report.Evidence;
import org.ziping.report.Location;
import org.ziping.report.Report;

/**
 * DISCLOSURE_CODE_SUM (error): in a standard disclosure table, a 类 row is not the sum of its 款
 * rows, a 款 row not the sum of its 项 rows, or the 合计 row not the sum of the 类 rows, in one
 * column (功能分类 codes 3/5/7 digits, 经济分类 codes 3/5 digits; 类/款/项 written in separate cells
 * are joined).
 *
 * <p>Data: {@link DisclosureTable} rows of the report (a table continued over a page break is one
 * table). Preconditions, so that the rows certainly belong together: the rows with codes stand in
 * one segment of the table and every code appears once; a group is closed inside the table (a later
 * coded row outside it, or the 合计 row after it); every row of the group is coded and extends a
 * code of the group by two digits (no level skipped, no uncoded row in between, no code cell that
 * could not be read); every child cell of the column is a figure or blank (blank counts 0); the
 * parent cell is a figure. The 合计 row is checked against the 类 rows only when it stands before
 * or after all coded rows and every other data row is coded. A group PART_SUM_MISMATCH already
 * checks (a {@code table-code} breakdown of the same cell) is left to it.
 *
 * <p>Tolerance: the parent's interval against the sum of the children's intervals. One child is
 * enough (a 款 with a single 项 must equal it).
 */
public final class DisclosureCodeSum extends AbstractRule {
  public DisclosureCodeSum() {
    super(RuleId.DISCLOSURE_CODE_SUM, DisclosureCells.KINDS);
  }

  @Override
  void find(Report report, RuleFindings out) {
    Set<String> covered = new HashSet<>();
    for (Breakdown b : report.breakdowns()) {
      if ("table-code".equals(b.kind()) && b.total() != null && b.total().location() != null) {
        Location l = b.total().location();
        covered.add(l.table() + ":" + l.row() + ":" + l.col());
      }
    }
    for (DisclosureTable t : report.disclosureTables()) {
      check(t, covered, out);
    }
  }

  private static void check(DisclosureTable t, Set<String> covered, RuleFindings out) {
    List<DisclosureTable.Row> rows = coded(t);
    if (rows.isEmpty()) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (DisclosureTable.Row r : rows) {
      if (r.code() != null && !seen.add(r.code())) {
        return;
      }
    }
    for (DisclosureTable.Column col : t.columns()) {
      int c = col.col();
      for (int i = 0; i < rows.size(); i++) {
        DisclosureTable.Row p = rows.get(i);
        if (p.code() == null || p.code().length() == 7 || p.at(c) == null
            || covered.contains(p.table() + ":" + p.row() + ":" + c)) {
          continue;
        }
        List<DisclosureTable.Row> children = children(rows, i);
        if (children != null && !children.isEmpty()) {
          compare(t, p, children, c, p.code() + (p.name() == null ? "" : " " + p.name()), out);
        }
      }
      DisclosureTable.Row total = totalRow(rows);
      if (total != null && total.at(c) != null) {
        List<DisclosureTable.Row> classes = new ArrayList<>();
        for (DisclosureTable.Row r : rows) {
          if (r.code() != null && r.code().length() == 3) {
            classes.add(r);
          }
        }
        if (!classes.isEmpty() && !covered.contains(total.table() + ":" + total.row() + ":" + c)) {
          compare(t, total, classes, c, total.name(), out);
        }
      }
    }
  }

  /**
   * The rows of a one-sided table; empty when the table is two-sided or when two rows of one grid
   * row carry codes (two code lists side by side).
   */
  private static List<DisclosureTable.Row> coded(DisclosureTable t) {
    Set<String> at = new HashSet<>();
    for (DisclosureTable.Row r : t.rows()) {
      if (r.side() != null || (r.code() != null && !at.add(r.table() + ":" + r.row()))) {
        return List.of();
      }
    }
    return at.isEmpty() ? List.of() : t.rows();
  }

  /**
   * The children of row {@code i} (codes two digits longer), or null when the group is not certain:
   * not closed inside the table, an uncoded or unreadable row inside it, a level skipped, an
   * unreadable cell.
   */
  private static List<DisclosureTable.Row> children(List<DisclosureTable.Row> rows, int i) {
    String code = rows.get(i).code();
    List<String> group = new ArrayList<>();
    group.add(code);
    List<DisclosureTable.Row> kids = new ArrayList<>();
    for (int k = i + 1; k < rows.size(); k++) {
      DisclosureTable.Row r = rows.get(k);
      if (r.code() == null) {
        // the 合计 row closes the group; any other uncoded row makes it uncertain
        return "total".equals(r.role()) && !r.unreadAt(-1) ? kids : null;
      }
      if (!r.code().startsWith(code)) {
        return kids;
      }
      if (!group.contains(r.code().substring(0, r.code().length() - 2))) {
        return null;
      }
      group.add(r.code());
      if (r.code().length() == code.length() + 2) {
        kids.add(r);
      }
    }
    return null;
  }

  /** The 合计 row when it stands before or after all coded rows and all other rows are coded. */
  private static DisclosureTable.Row totalRow(List<DisclosureTable.Row> rows) {
    DisclosureTable.Row total = null;
    int at = -1;
    int first = -1;
    int last = -1;
    for (int i = 0; i < rows.size(); i++) {
      DisclosureTable.Row r = rows.get(i);
      if (r.code() != null) {
        if (r.code().length() > 3) {
          boolean parent = false;
          for (int k = i - 1; k >= 0 && !parent; k--) {
            parent = r.code().substring(0, r.code().length() - 2).equals(rows.get(k).code());
          }
          if (!parent) {
            return null;
          }
        }
        first = first < 0 ? i : first;
        last = i;
      } else if ("total".equals(r.role()) && total == null && !r.unreadAt(-1)) {
        total = r;
        at = i;
      } else {
        return null;
      }
    }
    if (total == null || first < 0 || (at > first && at < last)) {
      return null;
    }
    return total;
  }

  private static void compare(DisclosureTable t, DisclosureTable.Row parent,
                              List<DisclosureTable.Row> parts, int c, String what,
                              RuleFindings out) {
    DecimalInterval sum = DecimalInterval.exact(BigDecimal.ZERO);
    StringBuilder terms = new StringBuilder();
    List<Evidence> ev = new ArrayList<>();
    ev.add(DisclosureCells.evidence(t, parent, c));
    for (DisclosureTable.Row r : parts) {
      if (r.unreadAt(c)) {
        return;
      }
      sum = sum.add(DisclosureCells.cell(r, c));
      terms.append(terms.length() > 0 ? "+" : "").append(DisclosureCells.shown(r, c));
      if (r.at(c) != null) {
        ev.add(DisclosureCells.evidence(t, r, c));
      }
    }
    DecimalInterval total = DisclosureCells.cell(parent, c);
    if (sum.overlaps(total)) {
      return;
    }
    DisclosureTable.Column col = DisclosureCells.column(t, c);
    String unit = DisclosureCells.unit(t);
    DecimalInterval sumShown = DisclosureCells.inUnit(t, sum);
    String level = parent.code() == null ? "各类" : parent.code().length() == 3 ? "各款" : "各项";
    String msg = "「" + t.title() + "」" + what + "「" + (col == null ? "" : col.header()) + "」"
        + DisclosureCells.shown(parent, c) + unit + "与其下" + level + "之和" + terms + "="
        + Decimals.plain(sumShown.mid()) + unit + "不一致（合计区间"
        + DisclosureCells.inUnit(t, total) + "，分项之和区间" + sumShown + "，相差"
        + Decimals.plain(sumShown.mid().subtract(parent.at(c).value()).abs()) + unit + "）";
    out.add(Severity.ERROR, msg, ev);
  }
}
