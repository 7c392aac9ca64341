package org.ziping.audit.rule;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ziping.audit.RuleId;
import org.ziping.report.Decimals;
import org.ziping.report.DecimalInterval;
import org.ziping.audit.Rates;
import org.ziping.report.Severity;
import org.ziping.report.BudgetRow;
import org.ziping.report.Evidence;
import org.ziping.report.DocumentKind;
import org.ziping.report.Fact;
import org.ziping.report.FactOrigin;
import org.ziping.report.Measure;
import org.ziping.report.Ratio;
import org.ziping.report.Report;

/**
 * EXEC_RATE_OVER_100: spending above the budget.
 *
 * <p>Data and algorithm: each {@link BudgetRow} and each {@link Ratio} of kind {@code rate} gives
 * one warning when its declared rate interval lies entirely above 100, or else when its
 * recomputed rate (actual ÷ full-year, else initial budget) does. A percent
 * fact labelled 执行率/支出率 ({@link Measure#EXEC_RATE} of a quantity) above 100 whose value is not already a row's or ratio's declared rate gives
 * an info finding: the text states it without figures to recompute it from (002's fund rates
 * 150%, 168%, 149%).
 *
 * <p>Limit: "100%" is [99.5, 100.5] and never fires; a rate shown as 100.4% does not either.
 */
public final class ExecRateOver100 extends AbstractRule {
  /** Spending above budget matters in the self-evaluations and the final accounts. */
  private static final Set<DocumentKind> KINDS = EnumSet.of(
      DocumentKind.DEPARTMENT, DocumentKind.PROJECT, DocumentKind.SPECIAL,
      DocumentKind.FINAL_ACCOUNTS, DocumentKind.OTHER);

  public ExecRateOver100() {
    super(RuleId.EXEC_RATE_OVER_100, KINDS);
  }

  @Override
  void find(Report report, RuleFindings out) {
    // rates already reported with their row or ratio; a TreeSet compares as compareTo does
    Set<BigDecimal> covered = new TreeSet<>();
    for (BudgetRow r : report.budgetRows()) {
      if (r.declaredRate() != null) {
        covered.add(r.declaredRate());
        DecimalInterval d = DecimalInterval.ofShown(r.declaredRate());
        if (d.above(Rates.HUNDRED)) {
          out.add(Severity.WARNING, Rates.label(r) + "执行率" + Decimals.shown(r.declaredRate())
              + "%超过100%（申报区间" + d + "）：实际支出超出预算",
              List.of(Rates.rowEvidence(r, "执行率", r.declaredRate())));
          continue;
        }
      }
      DecimalInterval rec = Rates.recomputed(r);
      if (rec != null && rec.above(Rates.HUNDRED)) {
        out.add(Severity.WARNING, Rates.label(r) + "实际支出" + Decimals.shown(r.actual())
            + "÷" + Rates.denominatorName(r) + Decimals.shown(Rates.denominator(r)) + "="
            + Decimals.rounded(rec.mid(), 2) + "%超过100%（重算区间" + rec + "）：实际支出超出预算",
            List.of(Rates.rowEvidence(r, "实际支出数", r.actual()),
                Rates.rowEvidence(r, Rates.denominatorName(r), Rates.denominator(r))));
      }
    }
    for (Ratio r : report.ratios()) {
      if (!"rate".equals(r.kind()) || Rates.sameAsRow(report, r)) {
        continue; // reported with the budget row read from the same sentence
      }
      String label = r.label() == null ? "执行率" : r.label();
      if (r.declared() != null) {
        covered.add(r.declared());
        DecimalInterval d = DecimalInterval.ofShown(r.declared());
        if (d.above(Rates.HUNDRED)) {
          out.add(Severity.WARNING, label + Decimals.shown(r.declared())
              + "%超过100%（申报区间" + d + "）", List.of(Rates.ratioEvidence(r)));
          continue;
        }
      }
      DecimalInterval rec = r.part() == null || r.whole() == null ? null : Rates.rate(r.part(), r.whole());
      if (rec != null && rec.above(Rates.HUNDRED)) {
        out.add(Severity.WARNING, label + "重算为" + Decimals.shown(r.part().value()) + "÷"
            + Decimals.shown(r.whole().value()) + "=" + Decimals.rounded(rec.mid(), 2) + "%，超过100%（重算区间"
            + rec + "）", List.of(Rates.amountEvidence(r.part()), Rates.amountEvidence(r.whole())));
      }
    }
    for (Fact q : report.facts()) {
      if (q.origin() != FactOrigin.QUANTITY || q.measure() != Measure.EXEC_RATE
          || (q.value() != null && covered.contains(q.value()))) {
        continue;
      }
      DecimalInterval d = q.interval();
      if (d.above(Rates.HUNDRED)) {
        out.add(Severity.INFO, q.label() + Decimals.shown(q.value())
            + "%超过100%（区间" + d + "），文中无可用于重算的预算数与实际数",
            List.of(new Evidence(q.label(), q.value(), q.text(), q.location())));
      }
    }
  }
}
