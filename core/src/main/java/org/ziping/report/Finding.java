package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An audit finding (audit-rules.md): a stable {@code id} (hash of rule, report and evidence
 * values), the rule id, its {@link Severity} ({@code error}, {@code warning} or {@code info} in the
 * JSON; null only for a finding read from JSON with a severity this version does not know), a
 * message in Chinese with the numbers and both intervals, and the evidence (never null, empty when
 * none).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String id, String rule, Severity severity, String message,
                      List<Evidence> evidence) {
  public Finding {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }
}
