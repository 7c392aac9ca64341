package org.ziping.audit;

import org.ziping.report.DecimalInterval;
import java.math.BigDecimal;
import org.ziping.report.Amount;
import org.ziping.report.Money;
import org.ziping.report.BudgetRow;
import org.ziping.report.Evidence;
import org.ziping.report.Ratio;
import org.ziping.report.Report;

/**
 * Execution-rate arithmetic shared by the rate rules: actual ÷ budget × 100 as an interval, the
 * denominator of a budget row (全年预算数 when given, else 年初预算数), and evidence builders.
 * A rate whose budget interval contains zero is not computable (null).
 */
public final class Rates {
  public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  public static final String INITIAL_NAME = "年初预算数";
  public static final String FULL_YEAR_NAME = "全年预算数";

  private Rates() {}

  /** actual ÷ budget × 100 from two figures of the same unit, read as shown; null if not computable. */
  public static DecimalInterval rate(BigDecimal actual, BigDecimal budget) {
    if (actual == null || budget == null) {
      return null;
    }
    return quotientPercent(DecimalInterval.ofShown(actual), DecimalInterval.ofShown(budget));
  }

  /** part ÷ whole × 100 of two amounts in their base units; null if not computable. */
  public static DecimalInterval rate(Amount part, Amount whole) {
    DecimalInterval p = Money.interval(part);
    DecimalInterval w = Money.interval(whole);
    if (p == null || w == null || !Money.baseUnit(part).equals(Money.baseUnit(whole))) {
      return null;
    }
    return quotientPercent(p, w);
  }

  /** n ÷ d × 100, null when d contains zero. */
  public static DecimalInterval quotientPercent(DecimalInterval n, DecimalInterval d) {
    try {
      return n.divide(d).times100();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /** The budget a row's rate is recomputed against: full-year budget, else initial budget. */
  public static BigDecimal denominator(BudgetRow r) {
    return r.fullYearBudget() != null ? r.fullYearBudget() : r.initialBudget();
  }

  public static String denominatorName(BudgetRow r) {
    return r.fullYearBudget() != null ? FULL_YEAR_NAME : INITIAL_NAME;
  }

  /** The rate a row's figures give, null when it lacks actual or budget. */
  public static DecimalInterval recomputed(BudgetRow r) {
    return rate(r.actual(), denominator(r));
  }

  public static Evidence rowEvidence(BudgetRow r, String column, BigDecimal value) {
    return new Evidence(label(r) + " · " + column, value, r.text(), r.locationOf(value));
  }

  public static Evidence amountEvidence(Amount a) {
    return new Evidence(a.label(), a.value(), a.text(), a.location());
  }

  public static Evidence ratioEvidence(Ratio r) {
    return new Evidence(r.label(), r.declared(), r.text(), r.location());
  }

  public static String label(BudgetRow r) {
    return r.label() == null ? "预算行" : r.label();
  }

  /**
   * True when a budget row of the report states the same spending and budget figures (and rate,
   * when both have one) as this ratio: one statement read twice.
   */
  public static boolean sameAsRow(Report report, Ratio r) {
    if (r.part() == null || r.whole() == null) {
      return false;
    }
    for (BudgetRow b : report.budgetRows()) {
      BigDecimal d = denominator(b);
      if (b.actual() != null && d != null && b.actual().compareTo(r.part().value()) == 0
          && d.compareTo(r.whole().value()) == 0
          && (b.declaredRate() == null || r.declared() == null
              || b.declaredRate().compareTo(r.declared()) == 0)) {
        return true;
      }
    }
    return false;
  }
}
