package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a document is. The first three are the self-evaluation reports ziping is built for; the
 * others are the documents published next to them on the same websites, which share their tables
 * but carry no self-scores.
 *
 * <p>The JSON values are part of the output contract: {@code department}, {@code project} and
 * {@code special} keep the meaning they had before the other kinds existed.
 */
public enum DocumentKind {
  /** 部门（单位）整体支出绩效自评报告. */
  DEPARTMENT("department"),
  /** 项目支出绩效自评报告 / 自评表. */
  PROJECT("project"),
  /** 专项资金绩效自评报告. */
  SPECIAL("special"),
  /** 部门预算公开 / 单位预算公开: next year's budget, tables of planned figures. */
  BUDGET_DISCLOSURE("budget-disclosure"),
  /** 部门决算公开: last year's final accounts. */
  FINAL_ACCOUNTS("final-accounts"),
  /** 项目支出绩效目标申报表 / 绩效目标表: targets declared before the year, no scores. */
  PERFORMANCE_TARGET("performance-target"),
  /** A blank form or model text: placeholders (XX, ××, ＿＿) instead of figures. */
  TEMPLATE("template"),
  /** Anything else. */
  OTHER("other");

  private static final Set<DocumentKind> SELF_EVALUATION = EnumSet.of(DEPARTMENT, PROJECT, SPECIAL);

  private final String json;

  DocumentKind(String json) {
    this.json = json;
  }

  @JsonValue
  public String json() {
    return json;
  }

  /** The kind of a JSON value, or null for null or an unknown value. */
  @JsonCreator
  public static DocumentKind fromJson(String value) {
    if (value == null) {
      return null;
    }
    for (DocumentKind k : values()) {
      if (k.json.equals(value)) {
        return k;
      }
    }
    return null;
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
