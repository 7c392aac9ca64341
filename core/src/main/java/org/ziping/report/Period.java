package org.ziping.report;

/**
 * The part of the year a {@link Fact} is stated for, next to its year. The JSON values are part of
 * the output contract ({@link JsonEnum}): {@code year-start}, {@code full-year}, {@code year-end}.
 */
public enum Period implements JsonEnum {
  /** 年初: at the start of the year (the initial budget). */
  YEAR_START,
  /** 全年 / 本年: over the whole year (full-year budget, spending, scores). */
  FULL_YEAR,
  /** 年末 / 期末: at the end of the year (balances). */
  YEAR_END;
}
