package org.ziping.render;

import java.util.Map;
import org.ziping.report.DocumentKind;
import org.ziping.report.Severity;

/**
 * Words for codes people read: short names of the audit rules, document kinds and severities, in Chinese and English, shown beside the stable rule
 * id (which stays the key in every output). An unknown id is shown as it is.
 */
public final class RuleNames {
  private RuleNames() {}

  private record Name(String zh, String en) {}

  private static final Map<String, Name> NAMES = Map.ofEntries(
      Map.entry("EXEC_RATE_MISMATCH", new Name("执行率与重算不符", "execution rate differs from recomputation")),
      Map.entry("EXEC_RATE_OVER_100", new Name("执行率超过100%", "execution rate above 100%")),
      Map.entry("LOW_EXECUTION_HIGH_SCORE", new Name("低执行率高自评分", "low execution, high self-score")),
      Map.entry("SCORE_ABOVE_MAX", new Name("得分超过分值", "score above its maximum")),
      Map.entry("SCORE_SUM_MISMATCH", new Name("总分与各项得分之和不符", "total differs from the sum of item scores")),
      Map.entry("MAX_SUM_NOT_100", new Name("分值合计不为满分", "maxima do not add up to the scale")),
      Map.entry("FULL_SCORE_TARGET_MISSED", new Name("未达目标仍得满分", "full score although the target was missed")),
      Map.entry("PART_SUM_MISMATCH", new Name("分项之和与合计不符", "parts do not add up to the total")),
      Map.entry("VALUE_CONFLICT", new Name("同一数值前后不一致", "one quantity stated with different values")),
      Map.entry("PERCENT_MISMATCH", new Name("百分比与重算不符", "percentage differs from recomputation")),
      Map.entry("GRADE_SCORE_MISMATCH", new Name("等级与得分不符", "grade disagrees with the score")),
      Map.entry("UNIT_CONVERSION_MISMATCH", new Name("元与万元换算不符", "yuan and 万元 figures disagree")),
      Map.entry("DISCLOSURE_CODE_SUM", new Name("科目合计与下级科目之和不符", "a 类/款 row or the 合计 row differs from the sum of its sub-rows")),
      Map.entry("DISCLOSURE_COLUMN_SUM", new Name("合计列与分项列之和不符", "a total column differs from the sum of its part columns")),
      Map.entry("DISCLOSURE_BALANCE", new Name("收支总表收支不平衡", "income and expenditure totals of a summary table differ")),
      Map.entry("DISCLOSURE_CROSS_TABLE", new Name("表间同一数字不一致", "one figure differs between two tables")),
      Map.entry("DISCLOSURE_TEXT_TABLE", new Name("说明文字与表格数字不符", "the explanatory text differs from the tables")),
      Map.entry("DISCLOSURE_COMPLETION_RATE", new Name("决算完成预算比例与重算不符", "a stated completion of the budget differs from 决算 ÷ budget")),
      Map.entry("DISCLOSURE_CHANGE", new Name("增减额或增减率与上年数不符", "a stated change does not follow from last year's figure")));

  /** The rule's name in the language, the id itself when unknown. */
  public static String name(String ruleId, Lang lang) {
    Name n = ruleId == null ? null : NAMES.get(ruleId);
    return n == null ? (ruleId == null ? "" : ruleId) : lang.t(n.zh(), n.en());
  }

  /** The document kind as a word: 部门整体支出/department …; "" when unknown. */
  public static String kind(DocumentKind kind, Lang lang) {
    if (kind == null) {
      return "";
    }
    return switch (kind) {
      case DEPARTMENT -> lang.t("部门整体支出", "department");
      case PROJECT -> lang.t("项目支出", "project");
      case SPECIAL -> lang.t("专项资金", "special fund");
      case BUDGET_DISCLOSURE -> lang.t("部门预算公开", "budget disclosure");
      case FINAL_ACCOUNTS -> lang.t("部门决算", "final accounts");
      case PERFORMANCE_TARGET -> lang.t("绩效目标申报表", "performance target");
      case TEMPLATE -> lang.t("模板", "template");
      case OTHER -> lang.t("其他", "other");
    };
  }

  /** The severity as a word: 错误/警告/提示 or error/warning/info; "" when unknown. */
  public static String severity(Severity severity, Lang lang) {
    if (severity == null) {
      return "";
    }
    return switch (severity) {
      case ERROR -> lang.t("错误", "error");
      case WARNING -> lang.t("警告", "warning");
      case INFO -> lang.t("提示", "info");
    };
  }
}
