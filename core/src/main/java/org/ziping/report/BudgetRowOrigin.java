package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a {@link BudgetRow} was read. The JSON values are part of the output contract. */
public enum BudgetRowOrigin {
  /** A row of a budget (预算执行) table. */
  TABLE("table"),
  /** A sentence that states a budget line's figures. */
  PROSE("prose");

  private final String json;

  BudgetRowOrigin(String json) {
    this.json = json;
  }

  @JsonValue
  public String json() {
    return json;
  }

  /** The origin of a JSON value, or null for null or an unknown value. */
  @JsonCreator
  public static BudgetRowOrigin fromJson(String value) {
    for (BudgetRowOrigin o : values()) {
      if (o.json.equals(value)) {
        return o;
      }
    }
    return null;
  }
}
