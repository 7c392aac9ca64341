package org.ziping.report;

/**
 * How sure a {@link Finding} is (audit-rules.md), in report order, most serious first:
 * {@code error} only for arithmetic on figures that certainly belong together, {@code warning} for
 * heuristics, {@code info} for a guess. The JSON values ({@link JsonEnum}) are part of the output
 * contract.
 */
public enum Severity implements JsonEnum {
  ERROR, WARNING, INFO;

  /** Rank for sorting: 0 error, 1 warning, 2 info, 3 for null (a finding of unknown severity). */
  public static int rank(Severity s) {
    return s == null ? values().length : s.ordinal();
  }
}
