package org.ziping.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ziping.report.Amount;
import org.ziping.report.BudgetRow;
import org.ziping.report.Evidence;
import org.ziping.report.Ratio;
import org.ziping.report.Report;

/**
 * The overall budget execution rate of a report, for LOW_EXECUTION_HIGH_SCORE and the summary
 * table of the audit report.
 *
 * <p>Sources, first that applies: (1) the budget row that is the total (全年支出, 合计, 总计,
 * 部门整体支出 …, see {@link QuantityKey#isTotalLabel}), or the only budget row: actual ÷
 * full-year (else initial) budget recomputed, else its declared rate; (2) a {@link Ratio} of kind
 * {@code rate}: the only one, or the one labelled 综合/整体/总体/部门/全年/合计, recomputed from part
 * and whole, else declared; (3) amounts without subject (年初支出预算数 34817.01, 支出决算数
 * 9137.21): one distinct actual-spending value over one distinct budget value (full-year before
 * initial before unqualified), income figures excluded.
 *
 * <p>Known limit: when several candidates of a kind disagree the report is skipped (empty)
 * rather than guessed.
 *
 * @param rate        the rate interval in percent
 * @param description how it was obtained, for messages ("全年支出 实际支出数18577.58÷全年预算数18577.58")
 */
public record Overall(DecimalInterval rate, String description, List<Evidence> evidence) {

  public static Optional<Overall> of(Report report) {
    List<BudgetRow> rows = Lists.of(report.budgetRows());
    List<BudgetRow> totals = new ArrayList<>();
    for (BudgetRow r : rows) {
      if (QuantityKey.isTotalLabel(r.label())) {
        totals.add(r);
      }
    }
    if (totals.isEmpty() && rows.size() == 1) {
      totals.add(rows.get(0));
    }
    for (BudgetRow r : totals) {
      DecimalInterval rate = Rates.recomputed(r);
      if (rate != null) {
        return Optional.of(new Overall(rate,
            Rates.label(r) + " 实际支出数" + Findings.shown(r.actual()) + "÷" + Rates.denominatorName(r)
                + Findings.shown(Rates.denominator(r)),
            List.of(Rates.rowEvidence(r, "实际支出数", r.actual()),
                Rates.rowEvidence(r, Rates.denominatorName(r), Rates.denominator(r)))));
      }
    }
    for (BudgetRow r : totals) {
      if (r.declaredRate() != null) {
        return Optional.of(new Overall(DecimalInterval.ofShown(r.declaredRate()),
            Rates.label(r) + " 执行率" + Findings.shown(r.declaredRate()) + "%",
            List.of(Rates.rowEvidence(r, "执行率", r.declaredRate()))));
      }
    }
    Optional<Overall> fromRatio = fromRatios(report);
    if (fromRatio.isPresent()) {
      return fromRatio;
    }
    return fromAmounts(report);
  }

  private static Optional<Overall> fromRatios(Report report) {
    List<Ratio> rates = new ArrayList<>();
    for (Ratio r : Lists.of(report.ratios())) {
      if ("rate".equals(r.kind())) {
        rates.add(r);
      }
    }
    Ratio pick = null;
    if (rates.size() == 1) {
      pick = rates.get(0);
    } else {
      for (Ratio r : rates) {
        if (r.label() != null && r.label().matches(".*(综合|整体|总体|部门|全年|合计).*")) {
          pick = r;
          break;
        }
      }
    }
    if (pick == null) {
      return Optional.empty();
    }
    DecimalInterval rate = pick.part() != null && pick.whole() != null
        ? Rates.rate(pick.part(), pick.whole()) : null;
    if (rate != null) {
      return Optional.of(new Overall(rate, pick.part().label() + Findings.shown(pick.part().value())
          + "÷" + pick.whole().label() + Findings.shown(pick.whole().value()),
          List.of(Rates.amountEvidence(pick.part()), Rates.amountEvidence(pick.whole()))));
    }
    if (pick.declared() != null) {
      return Optional.of(new Overall(DecimalInterval.ofShown(pick.declared()),
          (pick.label() == null ? "执行率" : pick.label()) + Findings.shown(pick.declared()) + "%",
          List.of(Rates.ratioEvidence(pick))));
    }
    return Optional.empty();
  }

  private static Optional<Overall> fromAmounts(Report report) {
    Amount actual = unique(report, QuantityKey.ACTUAL);
    Amount budget = unique(report, QuantityKey.FULL_YEAR);
    if (budget == null) {
      budget = unique(report, QuantityKey.INITIAL);
    }
    if (budget == null) {
      budget = unique(report, QuantityKey.BUDGET);
    }
    if (actual == null || budget == null) {
      return Optional.empty();
    }
    DecimalInterval rate = Rates.rate(actual, budget);
    if (rate == null) {
      return Optional.empty();
    }
    return Optional.of(new Overall(rate, actual.label() + Findings.shown(actual.value()) + "÷"
        + budget.label() + Findings.shown(budget.value()),
        List.of(Rates.amountEvidence(actual), Rates.amountEvidence(budget))));
  }

  /** The one amount (by value in yuan) of a whole-report measure, null if none or ambiguous. */
  private static Amount unique(Report report, String measure) {
    Amount found = null;
    DecimalInterval foundYuan = null;
    for (KeyedFigure f : KeyedFigure.of(report)) {
      QuantityKey k = f.key();
      if (!measure.equals(k.measure()) || !k.subject().isEmpty() || k.count() != null
          || "收入".equals(k.flow()) || (report.year() != null && k.year() != report.year())) {
        continue;
      }
      if (found == null) {
        found = f.amount();
        foundYuan = f.yuan();
      } else if (!foundYuan.overlaps(f.yuan())) {
        return null;
      }
    }
    return found;
  }
}
