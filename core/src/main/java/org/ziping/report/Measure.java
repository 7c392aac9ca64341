package org.ziping.report;

/**
 * What a {@link Fact} measures. The JSON values are part of the output contract ({@link JsonEnum}):
 * {@code initial-budget}, {@code full-year-budget}, {@code budget}, {@code actual},
 * {@code exec-rate}, {@code max-score}, {@code score}, {@code target}, {@code achieved},
 * {@code percent}, {@code moved-points}.
 */
public enum Measure implements JsonEnum {
  /** 年初预算数: the budget approved at the start of the year. */
  INITIAL_BUDGET("年初预算"),
  /** 全年预算数 / 调整预算数 / 调整后预算: the budget after the year's adjustments. */
  FULL_YEAR_BUDGET("全年预算"),
  /** 预算 / 安排 without saying which: may be the initial or the full-year budget. */
  BUDGET("预算"),
  /** 执行数 / 实际支出 / 决算数 / 本年支出: money actually spent. */
  ACTUAL("实际支出"),
  /** 执行率 / 支出率: actual ÷ budget, in percent. */
  EXEC_RATE("执行率"),
  /** 分值 / 权重: the points an item can earn (or the scale of the total). */
  MAX_SCORE("分值"),
  /** 得分 / 自评分: the points an item (or the report) earned. */
  SCORE("得分"),
  /** 年度指标值: an indicator's target, with its comparison ({@link Fact#op()}). */
  TARGET("指标值"),
  /** 实际完成值: an indicator's achieved value. */
  ACHIEVED("实际完成值"),
  /** A stated percentage of running text that names no other measure (满意度98%). */
  PERCENT("百分比"),
  /** 分值调整: points of one item moved to another (the subject names the receiving item). */
  MOVED_POINTS("调入分值");

  private final String chinese;

  Measure(String chinese) {
    this.chinese = chinese;
  }

  /** The measure's name in Chinese, for messages. */
  public String chinese() {
    return chinese;
  }

  /** A money measure (budgets and spending). */
  public boolean money() {
    return this == INITIAL_BUDGET || this == FULL_YEAR_BUDGET || this == BUDGET || this == ACTUAL;
  }
}
