package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which parsed record a {@link Fact} was taken from. JSON values are part of the output contract. */
public enum FactOrigin {
  /** A money figure of {@link Report#amounts()} (a sentence, or a table cell). */
  AMOUNT("amount"),
  /** A figure of a {@link BudgetRow} (a budget table row, or a budget sentence). */
  BUDGET_ROW("budget-row"),
  /** A cell of an {@link Indicator} row. */
  INDICATOR("indicator"),
  /** A prose {@link ScoreItem}. */
  SCORE_ITEM("score-item"),
  /** The report's {@link Score}. */
  SCORE("score"),
  /** A percentage of {@link Report#quantities()}. */
  QUANTITY("quantity");

  private final String json;

  FactOrigin(String json) {
    this.json = json;
  }

  @JsonValue
  public String json() {
    return json;
  }

  @JsonCreator
  public static FactOrigin fromJson(String value) {
    for (FactOrigin o : values()) {
      if (o.json.equals(value)) {
        return o;
      }
    }
    return null;
  }
}
