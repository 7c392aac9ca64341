package org.ziping.pipeline;

import org.ziping.report.Report;

/** Placeholder wiring replaced when the audit stage is merged. */
final class ReportAuditor {
  static ReportAuditor standard() {
    return new ReportAuditor();
  }

  Report audit(Report r, String sha256, int index) {
    return r;
  }
}
