package org.ziping.parse.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ziping.report.Amount;
import org.ziping.report.BudgetRow;
import org.ziping.report.DecimalInterval;
import org.ziping.report.Evidence;
import org.ziping.report.Fact;
import org.ziping.report.FactOrigin;
import org.ziping.report.Measure;
import org.ziping.report.Money;
import org.ziping.report.OverallExecution;
import org.ziping.report.OverallExecution.Source;
import org.ziping.report.Ratio;
import org.ziping.report.Report;

/**
 * Finds the overall budget execution rate of a report ({@link OverallExecution}), once, in the
 * parse stage: the rate LOW_EXECUTION_HIGH_SCORE, the audit report's summary table, the index's
 * execution-rate field, its search filter and the web page read from the report.
 *
 * <p>Sources, first that applies: (1) the budget row that is the total (全年支出, 合计, 总计,
 * 部门整体支出 …, see {@link LabelKey#isTotalLabel}), or the only budget row: actual ÷ full-year
 * (else initial) budget recomputed, else its declared rate; (2) a {@link Ratio} of kind
 * {@code rate}: the only one, or the one labelled 综合/整体/总体/部门/全年/合计, recomputed from part
 * and whole, else declared; (3) money facts without subject of the report's year (年初支出预算数
 * 34817.01, 支出决算数 9137.21): one distinct actual-spending value over one distinct budget value
 * (full-year before initial before unqualified), income figures excluded. Recomputed rates come
 * first because a declared rate can be wrong (002 declares 104.97 where its figures give 100.00).
 * Data: the report's budget rows, ratios and facts (the facts are built first,
 * {@link FactExtractor}).
 *
 * <p>Known limit: when several candidates of a kind disagree the report is skipped (empty)
 * rather than guessed.
 */
public final class OverallExecutionFinder {
  private OverallExecutionFinder() {}

  /** The overall execution rate of a report whose facts are built, or empty when none is found. */
  public static Optional<OverallExecution> of(Report report) {
    List<BudgetRow> rows = report.budgetRows();
    List<BudgetRow> totals = new ArrayList<>();
    for (BudgetRow r : rows) {
      if (LabelKey.isTotalLabel(r.label()) && (r.year() == null || r.year().equals(report.year()))) {
        totals.add(r);
      }
    }
    if (totals.isEmpty() && rows.size() == 1) {
      totals.add(rows.get(0));
    }
    for (BudgetRow r : totals) {
      BigDecimal budget = r.fullYearBudget() != null ? r.fullYearBudget() : r.initialBudget();
      String budgetName = r.fullYearBudget() != null ? "全年预算数" : "年初预算数";
      Measure denominator = r.fullYearBudget() != null ? Measure.FULL_YEAR_BUDGET
          : Measure.INITIAL_BUDGET;
      DecimalInterval rate = quotient(r.actual(), budget);
      if (rate != null) {
        return Optional.of(new OverallExecution(rate, false, Source.BUDGET_ROW, denominator,
            yuan(budget, r.unit()), yuan(r.actual(), r.unit()),
            label(r) + " 实际支出数" + r.actual().toPlainString() + "÷" + budgetName
                + budget.toPlainString(),
            List.of(rowEvidence(r, "实际支出数", "actual", r.actual()),
                rowEvidence(r, budgetName,
                    r.fullYearBudget() != null ? "fullYearBudget" : "initialBudget", budget))));
      }
    }
    Fact[] whole = wholeFigures(report);
    for (BudgetRow r : totals) {
      if (r.declaredRate() != null) {
        return Optional.of(new OverallExecution(DecimalInterval.ofShown(r.declaredRate()), true,
            Source.BUDGET_ROW, measure(whole[1]), yuan(whole[1]), yuan(whole[0]),
            label(r) + " 执行率" + r.declaredRate().toPlainString() + "%",
            List.of(rowEvidence(r, "执行率", "declaredRate", r.declaredRate()))));
      }
    }
    Optional<OverallExecution> fromRatio = fromRatios(report, whole);
    if (fromRatio.isPresent()) {
      return fromRatio;
    }
    return fromFacts(whole);
  }

  private static Measure measure(Fact f) {
    return f == null ? null : f.measure();
  }

  private static BigDecimal yuan(Fact f) {
    return f == null ? null : f.interval().mid().stripTrailingZeros();
  }

  /**
   * The whole report's actual spending and budget among the money facts: {actual, budget}, each
   * null when absent or ambiguous.
   */
  private static Fact[] wholeFigures(Report report) {
    List<Fact> facts = report.facts();
    Fact actual = unique(report, facts, Measure.ACTUAL);
    Fact budget = unique(report, facts, Measure.FULL_YEAR_BUDGET);
    if (budget == null) {
      budget = unique(report, facts, Measure.INITIAL_BUDGET);
    }
    if (budget == null) {
      budget = unique(report, facts, Measure.BUDGET);
    }
    return new Fact[] {actual, budget};
  }

  private static String label(BudgetRow r) {
    return r.label() == null ? "预算行" : r.label();
  }

  private static Evidence rowEvidence(BudgetRow r, String column, String field,
                                      BigDecimal value) {
    return new Evidence(label(r) + " · " + column, value, r.text(), r.figureLocation(field));
  }

  private static Evidence evidence(Amount a) {
    return new Evidence(a.label(), a.value(), a.text(), a.location());
  }

  private static DecimalInterval quotient(BigDecimal actual, BigDecimal budget) {
    if (actual == null || budget == null) {
      return null;
    }
    return quotient(DecimalInterval.ofShown(actual), DecimalInterval.ofShown(budget));
  }

  private static DecimalInterval quotient(DecimalInterval n, DecimalInterval d) {
    try {
      return n.divide(d).times100();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private static BigDecimal yuan(BigDecimal v, String unit) {
    if (v == null) {
      return null;
    }
    Integer exp = Money.exponent(new Amount(null, v, unit, null, null, null));
    return exp == null ? null : v.movePointRight(exp).stripTrailingZeros();
  }

  private static Optional<OverallExecution> fromRatios(Report report, Fact[] whole) {
    List<Ratio> rates = new ArrayList<>();
    for (Ratio r : report.ratios()) {
      if ("rate".equals(r.kind())) {
        rates.add(r);
      }
    }
    Ratio pick = null;
    if (rates.size() == 1) {
      pick = rates.get(0);
    } else {
      for (Ratio r : rates) {
        if (r.label() != null && Vocabulary.OVERALL_RATE.matcher(r.label()).find()) {
          pick = r;
          break;
        }
      }
    }
    if (pick == null) {
      return Optional.empty();
    }
    if (pick.part() != null && pick.whole() != null) {
      DecimalInterval p = Money.interval(pick.part());
      DecimalInterval w = Money.interval(pick.whole());
      DecimalInterval rate = p == null || w == null
          || !Money.baseUnit(pick.part()).equals(Money.baseUnit(pick.whole())) ? null : quotient(p, w);
      if (rate != null) {
        return Optional.of(new OverallExecution(rate, false, Source.RATIO,
            budgetMeasure(pick.whole(), report.year()), w.mid(), p.mid(),
            pick.part().label() + pick.part().value().toPlainString() + "÷" + pick.whole().label()
                + pick.whole().value().toPlainString(),
            List.of(evidence(pick.part()), evidence(pick.whole()))));
      }
    }
    if (pick.declared() != null) {
      return Optional.of(new OverallExecution(DecimalInterval.ofShown(pick.declared()), true,
          Source.RATIO, measure(whole[1]), yuan(whole[1]), yuan(whole[0]),
          (pick.label() == null ? "执行率" : pick.label()) + pick.declared().toPlainString() + "%",
          List.of(new Evidence(pick.label(), pick.declared(), pick.text(), pick.location()))));
    }
    return Optional.empty();
  }

  /** The budget measure a ratio's whole names (全年预算, 年初预算, 预算), null when it names none. */
  private static Measure budgetMeasure(Amount whole, Integer year) {
    Measure m = LabelKey.of(whole.label(), year).map(LabelKey::measure).orElse(null);
    return m == Measure.FULL_YEAR_BUDGET || m == Measure.INITIAL_BUDGET || m == Measure.BUDGET
        ? m : null;
  }

  private static Optional<OverallExecution> fromFacts(Fact[] whole) {
    Fact actual = whole[0];
    Fact budget = whole[1];
    if (actual == null || budget == null) {
      return Optional.empty();
    }
    DecimalInterval rate = quotient(actual.interval(), budget.interval());
    if (rate == null) {
      return Optional.empty();
    }
    return Optional.of(new OverallExecution(rate, false, Source.AMOUNTS, budget.measure(),
        yuan(budget), yuan(actual),
        actual.label() + actual.value().toPlainString() + "÷" + budget.label()
            + budget.value().toPlainString(),
        List.of(new Evidence(actual.label(), actual.value(), actual.text(), actual.location()),
            new Evidence(budget.label(), budget.value(), budget.text(), budget.location()))));
  }

  /** The one amount fact (by value) of a whole-report measure, null if none or ambiguous. */
  private static Fact unique(Report report, List<Fact> facts, Measure measure) {
    Fact found = null;
    for (Fact f : facts) {
      boolean wholeOrNone = f.subject() == null || Vocabulary.WHOLE.equals(f.subject());
      if (f.origin() != FactOrigin.AMOUNT || f.measure() != measure || !wholeOrNone
          || f.count() != null || f.label().contains("收入")
          || (report.year() != null && !report.year().equals(f.year()))) {
        continue;
      }
      if (found == null) {
        found = f;
      } else if (!found.interval().overlaps(f.interval())) {
        return null;
      }
    }
    return found;
  }
}
