package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The overall budget execution rate of a report, computed once by the parse stage
 * ({@code org.ziping.parse.facts.OverallExecutionFinder}) and stored in the report
 * ({@link Report#overallExecution()}): what LOW_EXECUTION_HIGH_SCORE, the audit report's summary,
 * the index's execution-rate field, its search filter and the web page all show.
 *
 * @param rate        the true values the rate can have, in percent: actual ÷ budget × 100 over the
 *                    intervals the two figures stand for, or the declared rate's interval
 * @param declared    true when the rate is a figure the report states (执行率96.5%), false when
 *                    it was recomputed from the budget and the actual spending
 * @param source      the record it was taken from (a total budget row, a stated rate with its
 *                    figures, or the report's whole budget and spending amounts)
 * @param denominator which budget {@code budgetYuan} is: {@code full-year-budget} (全年预算数 /
 *                    调整后预算), {@code initial-budget} (年初预算数) or {@code budget} (预算 without
 *                    saying which); null when {@code budgetYuan} is null or its kind is not said
 * @param budgetYuan  the budget the rate divides by, in yuan; for a declared rate, the whole
 *                    report's budget among the facts when there is exactly one (else null)
 * @param actualYuan  the actual spending, in yuan (likewise)
 * @param description how it was obtained, for messages ("全年支出 实际支出数18577.58÷全年预算数18577.58")
 * @param evidence    the figures it rests on, each with its quoted text and location (never null)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OverallExecution(DecimalInterval rate, boolean declared, Source source,
                               Measure denominator, BigDecimal budgetYuan, BigDecimal actualYuan,
                               String description, List<Evidence> evidence) {

  public OverallExecution {
    Objects.requireNonNull(rate, "rate");
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** The rate rounded half-up to two decimals, as summaries show it and the index holds it. */
  public BigDecimal rounded() {
    return rate.mid().setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * Which record an overall execution rate was taken from. JSON values are part of the contract
   * ({@link JsonEnum}): {@code budget-row}, {@code ratio}, {@code amounts}.
   */
  public enum Source implements JsonEnum {
    /** The budget row that is the report's total (全年支出, 合计, 部门整体支出 …), or its only row. */
    BUDGET_ROW,
    /** A stated execution rate ({@link Ratio} of kind {@code rate}) with its figures. */
    RATIO,
    /** The report's one whole-report actual spending and budget amounts. */
    AMOUNTS;
  }
}
