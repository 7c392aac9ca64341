package org.ziping.report;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a document is. The first three are the self-evaluation reports ziping is built for; the
 * others are the documents published next to them on the same websites, which share their tables
 * but carry no self-scores.
 *
 * <p>The JSON values are part of the output contract: {@code department}, {@code project} and
 * {@code special} keep the meaning they had before the other kinds existed; the others are
 * {@code budget-disclosure}, {@code final-accounts}, {@code performance-target}, {@code template}
 * and {@code other} ({@link JsonEnum}: the constant's name in lower case, {@code -} for {@code _}).
 */
public enum DocumentKind implements JsonEnum {
  /** 部门（单位）整体支出绩效自评报告. */
  DEPARTMENT,
  /** 项目支出绩效自评报告 / 自评表. */
  PROJECT,
  /** 专项资金绩效自评报告. */
  SPECIAL,
  /** 部门预算公开 / 单位预算公开: next year's budget, tables of planned figures. */
  BUDGET_DISCLOSURE,
  /** 部门决算公开: last year's final accounts. */
  FINAL_ACCOUNTS,
  /** 项目支出绩效目标申报表 / 绩效目标表: targets declared before the year, no scores. */
  PERFORMANCE_TARGET,
  /** A blank form or model text: placeholders (XX, ××, ＿＿) instead of figures. */
  TEMPLATE,
  /** Anything else. */
  OTHER;

  private static final Set<DocumentKind> SELF_EVALUATION = EnumSet.of(DEPARTMENT, PROJECT, SPECIAL);

  /** The kind of a JSON value, or null for null or an unknown value. */
  public static DocumentKind fromJson(String value) {
    return JsonEnum.fromJson(DocumentKind.class, value);
  }

  /** One of the three self-evaluation kinds (the only ones that carry self-scores). */
  public boolean selfEvaluation() {
    return SELF_EVALUATION.contains(this);
  }

  /** The three self-evaluation kinds. */
  public static Set<DocumentKind> selfEvaluationKinds() {
    return EnumSet.copyOf(SELF_EVALUATION);
  }
}
