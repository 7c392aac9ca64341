package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An audit finding (audit-rules.md): a stable {@code id} (hash of rule, report and evidence
 * values), the rule id, severity {@code error}, {@code warning} or {@code info}, a message in
 * Chinese with the numbers and both intervals, and the evidence.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String id, String rule, String severity, String message,
                      List<Evidence> evidence) {}
