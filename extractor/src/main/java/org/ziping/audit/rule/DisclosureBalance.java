package org.ziping.audit.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ziping.audit.RuleId;
import org.ziping.report.Decimals;
import org.ziping.report.Severity;
import org.ziping.report.DecimalInterval;
import org.ziping.report.DisclosureTable;
import org.ziping.report.Evidence;
import org.ziping.report.Report;

/**
 * DISCLOSURE_BALANCE (error): in a 收支总表 or 财政拨款收支总表, the income side's bottom line
 * (收入总计, else 收入合计; 总计 on the income side) differs from the expenditure side's (支出总计 …)
 * in the same grid row. Both sides of the standard summary table close on the same total (income
 * including carry-over from last year equals spending including carry-over to next year).
 *
 * <p>Data: the rows of a two-sided {@link DisclosureTable} (columns under a 收入 and a 支出 header).
 * Preconditions: both bottom lines stand in one grid row of one table block (the standard layout);
 * the expenditure side's figure is its total column when it has one, else its first figure.
 *
 * <p>Also, per side: the bottom line 总计 is the side's 本年收入合计 / 本年支出合计 plus the carry-over
 * rows between them (使用非财政拨款结余, 年初结转和结余; 结余分配, 年末结转和结余): "收入合计 = 支出合计
 * (+ 结转结余)" read row by row. Checked only when every row between is named with 结转, 结余 or 结余分配
 * (a row such as 一、一般公共预算财政拨款 under 年初财政拨款结转和结余 is a part of the row above it, and
 * the side is then not summed).
 *
 * <p>Tolerance: interval overlap.
 */
public final class DisclosureBalance extends AbstractRule {
  private static final Pattern GRAND = Pattern.compile("(收入|支出|收支)?总计");
  private static final Pattern TOTAL = Pattern.compile("(本年)?(收入|支出)?合计");
  private static final Pattern CURRENT = Pattern.compile("(本年|当年)(收入|支出)(合计|小计)");
  private static final Pattern CARRY = Pattern.compile("[^一二三四五六七八九十\\d]*(结转|结余)[^、.．]*");

  public DisclosureBalance() {
    super(RuleId.DISCLOSURE_BALANCE, DisclosureCells.KINDS);
  }

  @Override
  void find(Report report, RuleFindings out) {
    for (DisclosureTable t : report.disclosureTables()) {
      if (!"income-expenditure-summary".equals(t.type()) && !"fiscal-summary".equals(t.type())) {
        continue;
      }
      sideSum(t, "income", out);
      sideSum(t, "expenditure", out);
      DisclosureTable.Row in = bottom(DisclosureCells.side(t, "income"));
      DisclosureTable.Row ex = bottom(DisclosureCells.side(t, "expenditure"));
      if (in == null || ex == null || in.table() != ex.table() || in.row() != ex.row()) {
        continue;
      }
      int inCol = in.values().get(0).location().col();
      int exCol = ex.values().get(0).location().col();
      for (DisclosureTable.Column c : t.columns()) {
        if ("expenditure".equals(c.side()) && "total".equals(c.role()) && ex.at(c.col()) != null) {
          exCol = c.col();
          break;
        }
      }
      DecimalInterval a = DisclosureCells.cell(in, inCol);
      DecimalInterval b = DisclosureCells.cell(ex, exCol);
      if (a.overlaps(b)) {
        continue;
      }
      String unit = DisclosureCells.unit(t);
      List<Evidence> ev = List.of(DisclosureCells.evidence(t, in, inCol),
          DisclosureCells.evidence(t, ex, exCol));
      String msg = "「" + t.title() + "」收入方" + in.name() + DisclosureCells.shown(in, inCol) + unit
          + "与支出方" + ex.name() + DisclosureCells.shown(ex, exCol) + unit + "不相等（区间"
          + DisclosureCells.inUnit(t, a) + "与" + DisclosureCells.inUnit(t, b) + "，相差"
          + Decimals.plain(in.at(inCol).value().subtract(ex.at(exCol).value()).abs()) + unit + "）";
      out.add(Severity.ERROR, msg, ev);
    }
  }

  /** 总计 = 本年…合计 + the carry-over rows between them, on one side, in its first figure column. */
  private static void sideSum(DisclosureTable t, String side, RuleFindings out) {
    List<DisclosureTable.Row> rows = DisclosureCells.side(t, side);
    int current = -1;
    int grand = -1;
    for (int i = 0; i < rows.size(); i++) {
      String n = rows.get(i).name();
      if (n != null && CURRENT.matcher(n).matches()) {
        current = current < 0 ? i : -2;
      } else if (n != null && GRAND.matcher(n).matches()) {
        grand = i;
      }
    }
    if (current < 0 || grand <= current) {
      return;
    }
    DisclosureTable.Row cur = rows.get(current);
    DisclosureTable.Row tot = rows.get(grand);
    int col = tot.values().get(0).location().col();
    if (cur.at(col) == null || cur.unreadAt(col)) {
      return;
    }
    DecimalInterval sum = DisclosureCells.cell(cur, col);
    StringBuilder terms = new StringBuilder(cur.name()).append(DisclosureCells.shown(cur, col));
    List<Evidence> ev = new ArrayList<>();
    ev.add(DisclosureCells.evidence(t, tot, col));
    ev.add(DisclosureCells.evidence(t, cur, col));
    for (int i = current + 1; i < grand; i++) {
      DisclosureTable.Row r = rows.get(i);
      if (r.name() == null || !CARRY.matcher(r.name()).matches() || r.unreadAt(col)) {
        return;
      }
      sum = sum.add(DisclosureCells.cell(r, col));
      terms.append("+").append(r.name()).append(DisclosureCells.shown(r, col));
      if (r.at(col) != null) {
        ev.add(DisclosureCells.evidence(t, r, col));
      }
    }
    DecimalInterval total = DisclosureCells.cell(tot, col);
    if (sum.overlaps(total)) {
      return;
    }
    String unit = DisclosureCells.unit(t);
    String msg = "「" + t.title() + "」" + ("income".equals(side) ? "收入方" : "支出方") + tot.name()
        + DisclosureCells.shown(tot, col) + unit + "与" + terms + "="
        + Decimals.plain(DisclosureCells.inUnit(t, sum).mid()) + unit + "不一致（总计区间"
        + DisclosureCells.inUnit(t, total) + "，分项之和区间" + DisclosureCells.inUnit(t, sum) + "）";
    out.add(Severity.ERROR, msg, ev);
  }

  /** The side's 总计 row (the last), else its last 合计 row; it must hold a figure. */
  private static DisclosureTable.Row bottom(List<DisclosureTable.Row> rows) {
    DisclosureTable.Row grand = null;
    DisclosureTable.Row total = null;
    for (DisclosureTable.Row r : rows) {
      if (r.name() == null || r.values().isEmpty()) {
        continue;
      }
      if (GRAND.matcher(r.name()).matches()) {
        grand = r;
      } else if (TOTAL.matcher(r.name()).matches()) {
        total = r;
      }
    }
    return grand != null ? grand : total;
  }
}
