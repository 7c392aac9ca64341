package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Where a {@link BudgetRow} was read. The JSON values are part of the output contract
 * ({@link JsonEnum}): {@code table}, {@code prose}.
 */
public enum BudgetRowOrigin implements JsonEnum {
  /** A row of a budget (预算执行) table. */
  TABLE,
  /** A sentence that states a budget line's figures. */
  PROSE;

  /** The origin of a JSON value, or null for null or an unknown value. */
  @JsonCreator
  public static BudgetRowOrigin fromJson(String value) {
    return JsonEnum.fromJson(BudgetRowOrigin.class, value);
  }
}
