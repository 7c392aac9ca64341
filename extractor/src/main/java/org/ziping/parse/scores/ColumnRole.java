package org.ziping.parse.scores;

/** What a table column holds, as told by its header word (see {@link TableHeaders#roleOf(String)}). */
public enum ColumnRole {
  /** 一级指标. */
  LEVEL1,
  /** 二级指标. */
  LEVEL2,
  /** 三级指标, 指标名称. */
  LEVEL3,
  /** 年度指标值, 指标值, 目标值, 预期目标. */
  TARGET,
  /** 实际完成值, 完成值, 实际完成情况, 完成情况 (an indicator's achieved value). */
  ACTUAL,
  /** 分值, 权重, 满分. */
  MAX_SCORE,
  /** 得分, 自评得分, 自评分, 评分. */
  SCORE,
  /** 偏差原因…, 扣分原因…, 备注, 说明. */
  NOTE,
  /** 评分标准: read but not reported. */
  CRITERIA,
  /** 年初预算数, 年初预算. */
  INITIAL_BUDGET,
  /** 全年预算数, 调整预算数, 调整后预算. */
  FULL_YEAR_BUDGET,
  /** 实际支出数, 执行数, 决算数 (money actually spent). */
  SPENT,
  /** 执行率, 预算执行率. */
  DECLARED_RATE
}
