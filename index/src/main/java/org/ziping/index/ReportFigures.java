package org.ziping.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ziping.report.Amount;
import org.ziping.report.BudgetRow;
import org.ziping.report.Ratio;
import org.ziping.report.Report;

/**
 * A report's overall budget, actual spending and execution rate, picked from the extracted
 * figures for the index's range filters and the export.
 *
 * <p>Algorithm, first that applies:
 * <ol>
 *   <li>the budget table's total row: a row labelled 合计/总计/全年支出/支出合计/总支出/预算支出, or
 *       the only row; budget = full-year budget, else initial budget; actual = actual spending;
 *       rate = the declared rate, else the recomputed one;</li>
 *   <li>the amounts: budget from the first amount labelled like 全年预算/调整后预算, else
 *       年初预算/预算; actual from the first labelled like 实际支出/支出执行数/决算/本年支出;
 *       labels with 收入 (income budgets) are passed over;</li>
 *   <li>the rate: a stated 执行率 ratio (its declared percentage), else actual ÷ budget.</li>
 * </ol>
 * Yuan figures come from {@link Amount#yuan()}, or from a row's unit (元, 万元, 亿元).
 *
 * <p>Known limits: labels are matched by pattern, so a report whose total row carries another
 * label, or that states only per-project figures, gets no overall figures (null, never a guess);
 * the extraction stating the overall figures itself would be better.
 */
public record ReportFigures(BigDecimal budgetYuan, BigDecimal actualYuan, BigDecimal execRate,
                            BigDecimal execRateRecomputed) {

  private static final Pattern TOTAL_ROW =
      Pattern.compile("合计|总计|全年支出|支出合计|总支出|预算支出|部门预算|全部");
  private static final Pattern FULL_YEAR_BUDGET = Pattern.compile("全年预算|调整后预算|预算调整");
  private static final Pattern ANY_BUDGET = Pattern.compile("年初预算|支出预算|预算数|预算安排|预算");
  private static final Pattern ACTUAL = Pattern.compile("实际支出|支出执行|执行数|决算|本年支出|实际使用");
  private static final Pattern RATE = Pattern.compile("执行率|使用率|支出率");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public static ReportFigures of(Report r) {
    BigDecimal budget = null;
    BigDecimal actual = null;
    BigDecimal declared = null;
    BigDecimal recomputed = null;
    Optional<BudgetRow> total = totalRow(r.budgetRows());
    if (total.isPresent()) {
      BudgetRow row = total.get();
      BigDecimal b = row.fullYearBudget() != null ? row.fullYearBudget() : row.initialBudget();
      budget = toYuan(b, row.unit());
      actual = toYuan(row.actual(), row.unit());
      declared = row.declaredRate();
      recomputed = row.recomputedRate();
    }
    if (budget == null) {
      budget = amount(r.amounts(), FULL_YEAR_BUDGET);
      if (budget == null) {
        budget = amount(r.amounts(), ANY_BUDGET);
      }
    }
    if (actual == null) {
      actual = amount(r.amounts(), ACTUAL);
    }
    if (declared == null && r.ratios() != null) {
      for (Ratio ra : r.ratios()) {
        if ("rate".equals(ra.kind()) && ra.declared() != null
            && (ra.label() == null || RATE.matcher(ra.label()).find())) {
          declared = ra.declared();
          break;
        }
      }
    }
    if (recomputed == null && budget != null && actual != null && budget.signum() > 0) {
      recomputed = actual.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
    }
    return new ReportFigures(budget, actual, declared != null ? declared : recomputed, recomputed);
  }

  private static Optional<BudgetRow> totalRow(List<BudgetRow> rows) {
    if (rows == null || rows.isEmpty()) {
      return Optional.empty();
    }
    for (BudgetRow row : rows) {
      if (row.label() != null && TOTAL_ROW.matcher(row.label()).find()) {
        return Optional.of(row);
      }
    }
    return rows.size() == 1 ? Optional.of(rows.get(0)) : Optional.empty();
  }

  private static BigDecimal amount(List<Amount> amounts, Pattern label) {
    if (amounts == null) {
      return null;
    }
    for (Amount a : amounts) {
      if (a.label() != null && label.matcher(a.label()).find() && !a.label().contains("收入")) {
        BigDecimal y = a.yuan() != null ? a.yuan() : toYuan(a.value(), a.unit());
        if (y != null) {
          return y;
        }
      }
    }
    return null;
  }

  static BigDecimal toYuan(BigDecimal v, String unit) {
    if (v == null) {
      return null;
    }
    if (unit == null || unit.equals("元")) {
      return v;
    }
    return switch (unit) {
      case "万元" -> v.multiply(BigDecimal.valueOf(10_000)).stripTrailingZeros();
      case "亿元" -> v.multiply(BigDecimal.valueOf(100_000_000)).stripTrailingZeros();
      case "千元" -> v.multiply(BigDecimal.valueOf(1_000)).stripTrailingZeros();
      default -> null;
    };
  }
}
