package org.ziping.report;

/**
 * Where a {@link BudgetRow} was read. The JSON values are part of the output contract
 * ({@link JsonEnum}): {@code table}, {@code prose}.
 */
public enum BudgetRowOrigin implements JsonEnum {
  /** A row of a budget (预算执行) table. */
  TABLE,
  /** A sentence that states a budget line's figures. */
  PROSE;
}
