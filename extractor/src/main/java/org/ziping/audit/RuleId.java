package org.ziping.audit;

/**
 * The stable ids of the rules of audit-rules.md: a finding's {@code rule} is the constant's name
 * ({@link org.ziping.report.Finding#rule()}), and so is part of its hashed id
 * ({@link Findings}). One constant per rule class of {@code org.ziping.audit.rule}; a rule gives
 * its constant to {@code AbstractRule}.
 */
public enum RuleId {
  EXEC_RATE_MISMATCH,
  EXEC_RATE_OVER_100,
  LOW_EXECUTION_HIGH_SCORE,
  SCORE_ABOVE_MAX,
  SCORE_SUM_MISMATCH,
  MAX_SUM_NOT_100,
  FULL_SCORE_TARGET_MISSED,
  PART_SUM_MISMATCH,
  VALUE_CONFLICT,
  PERCENT_MISMATCH,
  GRADE_SCORE_MISMATCH,
  UNIT_CONVERSION_MISMATCH,
  DISCLOSURE_CODE_SUM,
  DISCLOSURE_COLUMN_SUM,
  DISCLOSURE_BALANCE,
  DISCLOSURE_CROSS_TABLE,
  DISCLOSURE_TEXT_TABLE,
  DISCLOSURE_CHANGE,
  DISCLOSURE_COMPLETION_RATE;

  /** The rule whose id is {@code name}, or null when no rule has it. */
  public static RuleId named(String name) {
    for (RuleId r : values()) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    return null;
  }
}
