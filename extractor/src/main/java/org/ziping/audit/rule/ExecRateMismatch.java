package org.ziping.audit.rule;

import java.util.ArrayList;
import java.util.List;
import org.ziping.audit.RuleId;
import org.ziping.report.Decimals;
import org.ziping.report.DecimalInterval;
import org.ziping.audit.Rates;
import org.ziping.report.Severity;
import org.ziping.report.BudgetRow;
import org.ziping.report.Evidence;
import org.ziping.report.Ratio;
import org.ziping.report.Report;

/**
 * EXEC_RATE_MISMATCH (error): a declared execution rate that its own figures do not give.
 * A rate stated in prose whose figures stand in earlier sentences (paired by context, not by the
 * sentence) is a warning.
 *
 * <p>Data: every {@link BudgetRow} with a declared rate, an actual and a budget; every
 * {@link Ratio} of kind {@code rate} with part and whole. Algorithm: recompute actual ÷ budget × 100
 * as an interval, the budget being the full-year (adjusted) budget when the row has one, else the
 * initial budget; a finding when it does not overlap the declared rate's interval. The message
 * says which denominator the declared figure does match: 年初预算数, 全年预算数 or none (002:
 * 891.47÷891.47 = 100.00% against a declared 196.62% = 891.47÷453.39, the initial budget).
 *
 * <p>Limits: the row must carry both figures; a rate stated in prose without its figures cannot
 * be checked here (the parser gives it as a Quantity, not a row).
 */
public final class ExecRateMismatch extends AbstractRule {
  public ExecRateMismatch() {
    super(RuleId.EXEC_RATE_MISMATCH, FIGURES);
  }

  @Override
  void find(Report report, RuleFindings out) {
    for (BudgetRow r : report.budgetRows()) {
      if (r.declaredRate() == null || r.actual() == null || Rates.denominator(r) == null) {
        continue;
      }
      DecimalInterval declared = DecimalInterval.ofShown(r.declaredRate());
      DecimalInterval recomputed = Rates.recomputed(r);
      if (recomputed == null || recomputed.overlaps(declared)) {
        continue;
      }
      List<Evidence> ev = new ArrayList<>();
      ev.add(Rates.rowEvidence(r, "执行率", r.declaredRate()));
      ev.add(Rates.rowEvidence(r, "实际支出数", r.actual()));
      ev.add(Rates.rowEvidence(r, Rates.denominatorName(r), Rates.denominator(r)));
      String matches = "申报值与任何预算数均不一致";
      if (r.fullYearBudget() != null && r.initialBudget() != null) {
        DecimalInterval byInitial = Rates.rate(r.actual(), r.initialBudget());
        if (byInitial != null && byInitial.overlaps(declared)) {
          matches = "申报值与 实际支出÷" + Rates.INITIAL_NAME + " 一致（" + Decimals.shown(r.actual()) + "÷"
              + Decimals.shown(r.initialBudget()) + "=" + Decimals.rounded(byInitial.mid(), 2) + "%，区间"
              + byInitial + "）";
          ev.add(Rates.rowEvidence(r, Rates.INITIAL_NAME, r.initialBudget()));
        }
      }
      String msg = Rates.label(r) + "执行率" + Decimals.shown(r.declaredRate()) + "%与实际支出"
          + Decimals.shown(r.actual()) + "÷" + Rates.denominatorName(r) + Decimals.shown(Rates.denominator(r))
          + "=" + Decimals.rounded(recomputed.mid(), 2) + "%不一致（申报区间" + declared + "，重算区间"
          + recomputed + "）；" + matches;
      out.add(Severity.ERROR, msg, ev);
    }
    for (Ratio r : report.ratios()) {
      if (!"rate".equals(r.kind()) || r.declared() == null || r.part() == null || r.whole() == null
          || Rates.sameAsRow(report, r)) {
        continue; // a sentence read both as a budget row and as a ratio is reported once, as the row
      }
      DecimalInterval declared = DecimalInterval.ofShown(r.declared());
      DecimalInterval recomputed = Rates.rate(r.part(), r.whole());
      if (recomputed == null || recomputed.overlaps(declared)) {
        continue;
      }
      boolean oneSentence = withinOneSentence(r.text());
      String msg = (r.label() == null ? "执行率" : r.label()) + Decimals.shown(r.declared()) + "%与"
          + r.part().label() + Decimals.shown(r.part().value()) + "÷" + r.whole().label()
          + Decimals.shown(r.whole().value()) + "=" + Decimals.rounded(recomputed.mid(), 2)
          + "%不一致（申报区间" + declared + "，重算区间" + recomputed + "）"
          + (oneSentence ? "" : "；执行率与其数字不在同一句中，配对依据上下文，请核对");
      out.add(oneSentence ? Severity.ERROR : Severity.WARNING, msg,
          List.of(Rates.ratioEvidence(r),
          Rates.amountEvidence(r.part()), Rates.amountEvidence(r.whole())));
    }
  }

  /**
   * Whether a prose rate's quote (from its first figure to the rate) lies within one sentence: no
   * sentence end before its last character. Figures of earlier sentences are paired by context
   * (a heuristic), so a mismatch resting on them is a warning, not an error.
   */
  static boolean withinOneSentence(String quote) {
    if (quote == null) {
      return false;
    }
    String q = quote.stripTrailing();
    for (int i = 0; i < q.length() - 1; i++) {
      if (SENTENCE_END.indexOf(q.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static final String SENTENCE_END = "。！？!?";
}
