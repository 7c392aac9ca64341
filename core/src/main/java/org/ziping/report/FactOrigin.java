package org.ziping.report;

/**
 * Which parsed record a {@link Fact} was taken from. JSON values are part of the output contract
 * ({@link JsonEnum}): {@code amount}, {@code budget-row}, {@code indicator}, {@code score-item},
 * {@code score}, {@code quantity}.
 */
public enum FactOrigin implements JsonEnum {
  /** A money figure of {@link Report#amounts()} (a sentence, or a table cell). */
  AMOUNT,
  /** A figure of a {@link BudgetRow} (a budget table row, or a budget sentence). */
  BUDGET_ROW,
  /** A cell of an {@link Indicator} row. */
  INDICATOR,
  /** A prose {@link ScoreItem}. */
  SCORE_ITEM,
  /** The report's {@link Score}. */
  SCORE,
  /** A percentage of {@link Report#quantities()}. */
  QUANTITY;
}
