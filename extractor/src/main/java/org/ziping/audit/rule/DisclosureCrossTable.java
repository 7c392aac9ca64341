package org.ziping.audit.rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ziping.audit.RuleId;
import org.ziping.report.Severity;
import org.ziping.report.DecimalInterval;
import org.ziping.report.DisclosureTable;
import org.ziping.report.Evidence;
import org.ziping.report.Report;

/**
 * DISCLOSURE_CROSS_TABLE (warning): two standard tables of one disclosure state the same figure
 * differently. The figures compared, each from its standard place:
 * <ul>
 *   <li>一般公共预算 spending: the 合计 of the 一般公共预算（财政拨款）支出表 and the 一般公共预算 column
 *   of the 财政拨款收支总表's 本年支出合计 row;</li>
 *   <li>一般公共预算 basic spending: the 基本支出 column of that table's 合计 row and the 合计 of the
 *   一般公共预算基本支出表 (likewise 财政拨款 basic spending: 财政拨款收支总表's 基本支出 row and the
 *   财政拨款基本支出表);</li>
 *   <li>财政拨款 spending: the 合计 of the 财政拨款支出表 and the 财政拨款收支总表's 本年支出合计;</li>
 *   <li>一般公共预算 income: the 一般公共预算 row on the income side of the 收支总表 and of the
 *   财政拨款收支总表;</li>
 *   <li>all income and all spending: the 合计 of the 收入总表 / 支出总表 and the 本年收入合计 /
 *   本年支出合计 of the 收支总表.</li>
 * </ul>
 *
 * <p>When the 收支总表's 一般公共预算 income equals its income bottom line (all money is 一般公共预算),
 * the 支出总表's 合计 and 基本支出 合计 are also compared with the 一般公共预算 ones (基本支出 in the
 * 支出总表 against the 基本支出表).
 *
 * <p>Preconditions: a summary table's 总计/合计 row stands for this year's figure only when the table
 * has no 本年…合计 row and no carry-over row (结转, 结余) with a figure other than 0; a table whose
 * caption names 机关运行经费 is not a 一般公共预算 spending table; both tables state their unit.
 * Warning, not error: the two figures stand in different tables, linked by the standard format.
 *
 * <p>Tolerance: both converted to yuan intervals; a finding when they do not overlap.
 */
public final class DisclosureCrossTable extends AbstractRule {
  private static final Pattern CURRENT_TOTAL = Pattern.compile("本年(收入|支出)合计|当年(收入|支出)(合计|小计)");
  private static final Pattern ANY_TOTAL = Pattern.compile("(收入|支出)?(合计|总计)");
  private static final Pattern GENERAL_PUBLIC_ROW = Pattern.compile(
      "[一二三四五六七八九十\\d、.．\\s]*一般公共预算(财政)?(拨款)?(收入|资金)?");
  private static final Pattern BASIC_ROW = Pattern.compile("[一二三四五六七八九十\\d、.．\\s]*基本支出");
  private static final Pattern CARRY = Pattern.compile("结转|结余");

  private record Source(String key, String what, DisclosureTable table, DisclosureTable.Row row,
                        int col) {}

  public DisclosureCrossTable() {
    super(RuleId.DISCLOSURE_CROSS_TABLE, DisclosureCells.KINDS);
  }

  @Override
  void find(Report report, RuleFindings out) {
    Map<String, List<Source>> byKey = new LinkedHashMap<>();
    boolean gpOnly = generalPublicOnly(report);
    for (DisclosureTable t : report.disclosureTables()) {
      if (t.unit() == null) {
        continue;
      }
      for (Source s : sources(t)) {
        byKey.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s);
      }
      if (gpOnly && "expenditure".equals(t.type())) {
        // all money is 一般公共预算: the 支出总表's totals are the 一般公共预算 totals
        List<Source> more = new ArrayList<>();
        DisclosureTable.Row total = totalRow(t.rows());
        add(more, "gp-expenditure", "一般公共预算支出合计", t, total, column(t, "total", true));
        add(more, "gp-basic", "一般公共预算基本支出合计", t, total, column(t, "basic", false));
        for (Source s : more) {
          byKey.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s);
        }
      }
    }
    for (List<Source> list : byKey.values()) {
      for (int i = 1; i < list.size(); i++) {
        Source a = list.get(0);
        Source b = list.get(i);
        if (a.table() == b.table()) {
          continue;
        }
        DecimalInterval x = DisclosureCells.cell(a.row(), a.col());
        DecimalInterval y = DisclosureCells.cell(b.row(), b.col());
        if (x.overlaps(y)) {
          continue;
        }
        List<Evidence> ev = List.of(DisclosureCells.evidence(a.table(), a.row(), a.col()),
            DisclosureCells.evidence(b.table(), b.row(), b.col()));
        String msg = a.what() + "：「" + a.table().title() + "」为" + DisclosureCells.shown(a.row(), a.col())
            + DisclosureCells.unit(a.table()) + "，「" + b.table().title() + "」为"
            + DisclosureCells.shown(b.row(), b.col()) + DisclosureCells.unit(b.table())
            + "，两表不一致（折合元：" + x + "与" + y + "）";
        out.add(Severity.WARNING, msg, ev);
      }
    }
  }

  private static List<Source> sources(DisclosureTable t) {
    List<Source> out = new ArrayList<>();
    switch (t.type()) {
      case "general-public-expenditure" -> {
        if (t.title().contains("机关运行")) {
          break;
        }
        DisclosureTable.Row total = totalRow(t.rows());
        add(out, "gp-expenditure", "一般公共预算支出合计", t, total, column(t, "total", true));
        add(out, "gp-basic", "一般公共预算基本支出合计", t, total, column(t, "basic", false));
      }
      case "basic-expenditure" -> {
        DisclosureTable.Row total = totalRow(t.rows());
        if ("general-public".equals(t.fund())) {
          add(out, "gp-basic", "一般公共预算基本支出合计", t, total, column(t, "total", true));
        } else if ("fiscal".equals(t.fund())) {
          add(out, "fiscal-basic", "财政拨款基本支出合计", t, total, column(t, "total", true));
        }
      }
      case "fiscal-expenditure" -> {
        DisclosureTable.Row total = totalRow(t.rows());
        add(out, "fiscal-expenditure", "财政拨款支出合计", t, total, column(t, "total", true));
      }
      case "fiscal-summary" -> {
        List<DisclosureTable.Row> ex = DisclosureCells.side(t, "expenditure");
        DisclosureTable.Row current = currentTotal(t, ex);
        add(out, "gp-expenditure", "一般公共预算支出合计", t, current, sideColumn(t, "expenditure", "general-public"));
        add(out, "fiscal-expenditure", "财政拨款支出合计", t, current, sideTotal(t, "expenditure", current));
        for (DisclosureTable.Row r : ex) {
          if (r.name() != null && BASIC_ROW.matcher(r.name()).matches()) {
            add(out, "fiscal-basic", "财政拨款基本支出合计", t, r, sideTotal(t, "expenditure", r));
          }
        }
        incomeRow(out, t);
      }
      case "income-expenditure-summary" -> {
        incomeRow(out, t);
        add(out, "income", "本年收入合计", t, currentTotal(t, DisclosureCells.side(t, "income")),
            sideTotal(t, "income", null));
        add(out, "expenditure", "本年支出合计", t, currentTotal(t, DisclosureCells.side(t, "expenditure")),
            sideTotal(t, "expenditure", null));
      }
      case "income" -> add(out, "income", "本年收入合计", t, totalRow(t.rows()), column(t, "total", true));
      case "expenditure" -> add(out, "expenditure", "本年支出合计", t, totalRow(t.rows()),
          column(t, "total", true));
      default -> { }
    }
    return out;
  }

  /**
   * Whether all the document's money is 一般公共预算: the 收支总表's 一般公共预算 income row equals its
   * income bottom line (收入总计, else 收入合计), so no other source (事业收入, 政府性基金, 结转) funds
   * any spending.
   */
  private static boolean generalPublicOnly(Report report) {
    for (DisclosureTable t : report.disclosureTables()) {
      if (!"income-expenditure-summary".equals(t.type()) || t.unit() == null) {
        continue;
      }
      List<DisclosureTable.Row> income = DisclosureCells.side(t, "income");
      DisclosureTable.Row gp = null;
      DisclosureTable.Row bottom = null;
      DisclosureTable.Row total = null;
      for (DisclosureTable.Row r : income) {
        if (r.name() == null || r.values().isEmpty()) {
          continue;
        }
        if (gp == null && GENERAL_PUBLIC_ROW.matcher(r.name()).matches()) {
          gp = r;
        } else if (r.name().matches("(收入|收支)?总计")) {
          bottom = r;
        } else if (ANY_TOTAL.matcher(r.name()).matches()) {
          total = r;
        }
      }
      bottom = bottom != null ? bottom : total;
      if (gp != null && bottom != null) {
        int a = gp.values().get(0).location().col();
        int b = bottom.values().get(0).location().col();
        return a == b && DisclosureCells.cell(gp, a).overlaps(DisclosureCells.cell(bottom, b))
            && bottom.at(b).value().signum() > 0;
      }
    }
    return false;
  }

  private static void incomeRow(List<Source> out, DisclosureTable t) {
    for (DisclosureTable.Row r : DisclosureCells.side(t, "income")) {
      if (r.name() != null && GENERAL_PUBLIC_ROW.matcher(r.name()).matches()) {
        add(out, "gp-income", "一般公共预算收入", t, r, sideTotal(t, "income", r));
        return;
      }
    }
  }

  private static void add(List<Source> out, String key, String what, DisclosureTable t,
                          DisclosureTable.Row r, Integer col) {
    if (r != null && col != null && r.at(col) != null) {
      out.add(new Source(key, what, t, r, col));
    }
  }

  /** The one 合计/总计 row of a one-sided table. */
  private static DisclosureTable.Row totalRow(List<DisclosureTable.Row> rows) {
    DisclosureTable.Row found = null;
    for (DisclosureTable.Row r : rows) {
      if (r.side() == null && "total".equals(r.role()) && r.name() != null
          && ANY_TOTAL.matcher(r.name()).matches()) {
        if (found != null) {
          return null;
        }
        found = r;
      }
    }
    return found;
  }

  /**
   * This year's total row of a side: 本年…合计, else the side's 合计/总计 when no carry-over row
   * holds a figure other than 0.
   */
  private static DisclosureTable.Row currentTotal(DisclosureTable t, List<DisclosureTable.Row> side) {
    for (DisclosureTable.Row r : side) {
      if (r.name() != null && CURRENT_TOTAL.matcher(r.name()).matches()) {
        return r;
      }
    }
    for (DisclosureTable.Row r : t.rows()) {
      if (r.name() != null && CARRY.matcher(r.name()).find()) {
        for (var a : r.values()) {
          if (a.value().signum() != 0) {
            return null;
          }
        }
      }
    }
    DisclosureTable.Row found = null;
    for (DisclosureTable.Row r : side) {
      if (r.name() != null && ANY_TOTAL.matcher(r.name()).matches()) {
        found = r;
      }
    }
    return found;
  }

  /** The column of a role; with {@code single}, the only column when the table has one. */
  private static Integer column(DisclosureTable t, String role, boolean single) {
    for (DisclosureTable.Column c : t.columns()) {
      if (role.equals(c.role()) && (c.group() == null || !"total".equals(role))) {
        return c.col();
      }
    }
    return single && t.columns().size() == 1 ? t.columns().get(0).col() : null;
  }

  private static Integer sideColumn(DisclosureTable t, String side, String role) {
    for (DisclosureTable.Column c : t.columns()) {
      if (side.equals(c.side()) && role.equals(c.role())) {
        return c.col();
      }
    }
    return null;
  }

  /** The side's total column, else its only figure column in the row. */
  private static Integer sideTotal(DisclosureTable t, String side, DisclosureTable.Row r) {
    Integer total = sideColumn(t, side, "total");
    if (total != null) {
      return total;
    }
    List<Integer> cols = new ArrayList<>();
    for (DisclosureTable.Column c : t.columns()) {
      if (side.equals(c.side())) {
        cols.add(c.col());
      }
    }
    if (r != null && r.values().size() == 1) {
      return r.values().get(0).location().col();
    }
    return cols.size() == 1 ? cols.get(0) : null;
  }
}
