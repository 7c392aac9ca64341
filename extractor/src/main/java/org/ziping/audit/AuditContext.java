package org.ziping.audit;

import java.util.Objects;

/**
 * What a rule knows about the report besides its records: the report identity that goes into
 * every finding id ({@code <file sha256>#<report index>}), so that the same finding can be
 * matched from one run, or one version of a file, to the next.
 */
public record AuditContext(String reportIdentity) {
  public AuditContext {
    Objects.requireNonNull(reportIdentity, "reportIdentity");
  }

  /** Identity of report {@code index} (from 0) of the file with hash {@code sha256}. */
  public static AuditContext of(String sha256, int index) {
    return new AuditContext((sha256 == null ? "unknown" : sha256) + "#" + index);
  }
}
