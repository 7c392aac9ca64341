package org.ziping.audit;

/** Finding severities of audit-rules.md, in report order (most serious first). */
public enum Severity {
  ERROR("error"), WARNING("warning"), INFO("info");

  private final String id;

  Severity(String id) {
    this.id = id;
  }

  /** The lower-case name used in {@link org.ziping.report.Finding#severity()}. */
  public String id() {
    return id;
  }

  /** Rank of a severity name: 0 error, 1 warning, 2 info, 3 anything unknown. */
  public static int rank(String id) {
    for (Severity s : values()) {
      if (s.id.equals(id)) {
        return s.ordinal();
      }
    }
    return values().length;
  }
}
