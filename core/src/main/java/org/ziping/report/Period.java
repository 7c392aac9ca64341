package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The part of the year a {@link Fact} is stated for, next to its year. The JSON values are part of
 * the output contract.
 */
public enum Period {
  /** 年初: at the start of the year (the initial budget). */
  YEAR_START("year-start"),
  /** 全年 / 本年: over the whole year (full-year budget, spending, scores). */
  FULL_YEAR("full-year"),
  /** 年末 / 期末: at the end of the year (balances). */
  YEAR_END("year-end");

  private final String json;

  Period(String json) {
    this.json = json;
  }

  @JsonValue
  public String json() {
    return json;
  }

  @JsonCreator
  public static Period fromJson(String value) {
    for (Period p : values()) {
      if (p.json.equals(value)) {
        return p;
      }
    }
    return null;
  }
}
