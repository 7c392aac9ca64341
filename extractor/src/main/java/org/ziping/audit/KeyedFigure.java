package org.ziping.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ziping.report.Amount;
import org.ziping.report.BudgetRow;
import org.ziping.report.Evidence;
import org.ziping.report.Report;

/**
 * A money figure of a report with its {@link QuantityKey} and its interval in yuan, the input of
 * VALUE_CONFLICT and UNIT_CONVERSION_MISMATCH.
 *
 * <p>Data source: every {@link Report#amounts()} entry with a unit (or a yuan value), and the
 * budget cells of {@link Report#budgetRows()} that carry a unit: 年初预算数 (initial), 全年预算数
 * (full-year) and 实际支出数 (actual), keyed by the row label (a total row such as 全年支出 or 合计
 * stands for the report's whole budget). Rows without a unit are left out: their scale is unknown.
 *
 * @param amount the figure as an amount (budget cells are turned into one, label "行 · 列")
 * @param yuan   the figure's interval in yuan
 */
public record KeyedFigure(QuantityKey key, Amount amount, DecimalInterval yuan) {

  /** The keyed, comparable money figures of a report, in report order. */
  public static List<KeyedFigure> of(Report report) {
    List<KeyedFigure> out = new ArrayList<>();
    for (Amount a : Lists.of(report.amounts())) {
      if (a.value() == null || !Money.isMoney(a) || (a.unit() == null && a.yuan() == null)) {
        continue;
      }
      Optional<QuantityKey> k = QuantityKey.of(a.label(), report.year());
      DecimalInterval y = Money.interval(a);
      if (k.isPresent() && y != null) {
        out.add(new KeyedFigure(k.get(), a, y));
      }
    }
    for (BudgetRow r : Lists.of(report.budgetRows())) {
      if (r.unit() == null || r.unit().isBlank()) {
        continue;
      }
      cell(report, r, r.initialBudget(), "年初预算数", QuantityKey.INITIAL, out);
      cell(report, r, r.fullYearBudget(), "全年预算数", QuantityKey.FULL_YEAR, out);
      cell(report, r, r.actual(), "实际支出数", QuantityKey.ACTUAL, out);
    }
    return out;
  }

  private static void cell(Report report, BudgetRow r, BigDecimal v, String column, String measure,
                           List<KeyedFigure> out) {
    if (v == null) {
      return;
    }
    Amount a = new Amount(r.label() + " · " + column, v, r.unit(), null, r.text(), r.location());
    Optional<QuantityKey> k = QuantityKey.ofRow(r.label(), measure, report.year());
    DecimalInterval y = Money.interval(a);
    if (k.isPresent() && y != null) {
      out.add(new KeyedFigure(k.get(), a, y));
    }
  }

  /** Evidence quoting this figure. */
  public Evidence evidence() {
    return new Evidence(amount.label(), amount.value(), amount.text(), amount.location());
  }

  /** "189万元". */
  public String shown() {
    return Findings.shown(amount.value()) + Money.unit(amount);
  }
}
