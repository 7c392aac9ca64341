package org.ziping.audit;

import java.util.List;
import org.ziping.report.Finding;
import org.ziping.report.Report;

/** One check of audit-rules.md. Implementations are stateless and never modify the report. */
public interface AuditRule {
  /** The stable rule id of audit-rules.md, e.g. {@code EXEC_RATE_MISMATCH}. */
  String id();

  /** The findings of this rule on one report, empty when the report is consistent. */
  List<Finding> check(Report report, AuditContext ctx);
}
