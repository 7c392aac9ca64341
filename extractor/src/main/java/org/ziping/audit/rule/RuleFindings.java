package org.ziping.audit.rule;

import java.util.ArrayList;
import java.util.List;
import org.ziping.audit.AuditContext;
import org.ziping.audit.Findings;
import org.ziping.audit.RuleId;
import org.ziping.report.Evidence;
import org.ziping.report.Finding;
import org.ziping.report.Severity;

/**
 * The findings of one rule on one report, in the order the rule adds them: each built by
 * {@link Findings#of} with the rule's id and the report's identity, so a rule names only the
 * severity, the message and the evidence. Filled by {@link AbstractRule#find}.
 */
final class RuleFindings {
  private final RuleId rule;
  private final AuditContext ctx;
  private final List<Finding> list = new ArrayList<>();

  RuleFindings(RuleId rule, AuditContext ctx) {
    this.rule = rule;
    this.ctx = ctx;
  }

  void add(Severity severity, String message, List<Evidence> evidence) {
    list.add(Findings.of(rule.name(), severity, ctx, message, evidence));
  }

  /** The findings added, in order (a list the caller may change). */
  List<Finding> list() {
    return list;
  }
}
