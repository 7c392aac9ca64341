package org.ziping.audit.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ziping.audit.RuleId;
import org.ziping.report.Decimals;
import org.ziping.report.Severity;
import org.ziping.report.DisclosureColumnRole;
import org.ziping.report.DecimalInterval;
import org.ziping.report.DisclosureTable;
import org.ziping.report.Evidence;
import org.ziping.report.Report;

/**
 * DISCLOSURE_COLUMN_SUM (error; warning when a part's header is not a standard one): in one row of
 * a standard disclosure table, a total column (合计/小计) is not the sum of the columns its header
 * groups under it: 合计 = 基本支出 + 项目支出 (支出总表, 一般公共预算支出表), 合计 = 人员经费 +
 * 公用经费 (基本支出表), 合计 = the sources of income (收入总表), 合计 = 一般公共预算 + 政府性基金 +
 * 国有资本经营 (财政拨款收支总表), “三公”经费合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费
 * and 公务用车 小计 = 购置费 + 运行费 (三公经费表).
 *
 * <p>Data: the {@code group} of each {@link DisclosureTable.Column} (set by the reader from the
 * header: the cells one header row below the cell spanning the total and its siblings). A header
 * group with a 其中 column has no parts. Preconditions: the total cell and at least one part cell of
 * the row are figures; no part cell is unreadable; blank part cells count 0.
 *
 * <p>Tolerance: the total's interval against the sum of the parts' intervals.
 */
public final class DisclosureColumnSum extends AbstractRule {
  public DisclosureColumnSum() {
    super(RuleId.DISCLOSURE_COLUMN_SUM, DisclosureCells.KINDS);
  }

  @Override
  void find(Report report, RuleFindings out) {
    for (DisclosureTable t : report.disclosureTables()) {
      for (DisclosureTable.Column total : t.columns()) {
        List<DisclosureTable.Column> parts = new ArrayList<>();
        for (DisclosureTable.Column c : t.columns()) {
          if (Objects.equals(c.group(), total.col())) {
            parts.add(c);
          }
        }
        if (parts.size() < 2) {
          continue;
        }
        for (DisclosureTable.Row r : t.rows()) {
          check(t, total, parts, r, out);
        }
      }
    }
  }

  private static boolean standard(DisclosureTable.Column c) {
    DisclosureColumnRole role = DisclosureColumnRole.fromJson(c.role());
    return role.isStandardPart() || role == DisclosureColumnRole.TOTAL
        && (c.header().contains("公务用车") || c.header().contains("三公"));
  }

  private static void check(DisclosureTable t, DisclosureTable.Column total,
                            List<DisclosureTable.Column> parts, DisclosureTable.Row r,
                            RuleFindings out) {
    if (r.at(total.col()) == null || r.unreadAt(total.col())) {
      return;
    }
    DecimalInterval sum = DecimalInterval.exact(BigDecimal.ZERO);
    StringBuilder terms = new StringBuilder();
    List<Evidence> ev = new ArrayList<>();
    ev.add(DisclosureCells.evidence(t, r, total.col()));
    boolean any = false;
    boolean allStandard = true;
    for (DisclosureTable.Column p : parts) {
      if (r.unreadAt(p.col())) {
        return;
      }
      sum = sum.add(DisclosureCells.cell(r, p.col()));
      terms.append(terms.length() > 0 ? "+" : "").append(DisclosureCells.shown(r, p.col()));
      if (r.at(p.col()) != null) {
        any = true;
        ev.add(DisclosureCells.evidence(t, r, p.col()));
      }
      allStandard &= standard(p);
    }
    DecimalInterval tot = DisclosureCells.cell(r, total.col());
    if (!any || sum.overlaps(tot)) {
      return;
    }
    String unit = DisclosureCells.unit(t);
    DecimalInterval sumShown = DisclosureCells.inUnit(t, sum);
    StringBuilder names = new StringBuilder();
    for (DisclosureTable.Column p : parts) {
      String h = p.header();
      names.append(names.length() > 0 ? "+" : "").append(h.substring(h.lastIndexOf('/') + 1));
    }
    String row = r.code() != null ? r.code() + (r.name() == null ? "" : " " + r.name())
        : r.name() == null ? "第" + (r.row() + 1) + "行" : r.name();
    String msg = "「" + t.title() + "」" + row + "：「" + total.header() + "」"
        + DisclosureCells.shown(r, total.col()) + unit + "与" + names + "=" + terms + "="
        + Decimals.plain(sumShown.mid()) + unit + "不一致（合计区间" + DisclosureCells.inUnit(t, tot)
        + "，分项之和区间" + sumShown + "，相差"
        + Decimals.plain(sumShown.mid().subtract(r.at(total.col()).value()).abs()) + unit + "）";
    out.add(allStandard ? Severity.ERROR : Severity.WARNING, msg, ev);
  }
}
