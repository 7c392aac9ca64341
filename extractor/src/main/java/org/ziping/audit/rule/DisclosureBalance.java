package org.ziping.audit.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ziping.audit.AuditContext;
import org.ziping.audit.AuditRule;
import org.ziping.audit.Findings;
import org.ziping.audit.Severity;
import org.ziping.report.DecimalInterval;
import org.ziping.report.DisclosureTable;
import org.ziping.report.DocumentKind;
import org.ziping.report.Evidence;
import org.ziping.report.Finding;
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
 * <p>Tolerance: interval overlap.
 */
public final class DisclosureBalance implements AuditRule {
  public static final String ID = "DISCLOSURE_BALANCE";
  private static final Pattern GRAND = Pattern.compile("(收入|支出|收支)?总计");
  private static final Pattern TOTAL = Pattern.compile("(本年)?(收入|支出)?合计");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<DocumentKind> kinds() {
    return DisclosureCells.KINDS;
  }

  @Override
  public List<Finding> check(Report report, AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (DisclosureTable t : report.disclosureTables()) {
      if (!"income-expenditure-summary".equals(t.type()) && !"fiscal-summary".equals(t.type())) {
        continue;
      }
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
          + Findings.plain(in.at(inCol).value().subtract(ex.at(exCol).value()).abs()) + unit + "）";
      out.add(Findings.of(ID, Severity.ERROR, ctx, msg, ev));
    }
    return out;
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
