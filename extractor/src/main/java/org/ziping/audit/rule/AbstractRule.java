package org.ziping.audit.rule;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.ziping.audit.AuditContext;
import org.ziping.audit.AuditRule;
import org.ziping.audit.RuleId;
import org.ziping.report.DocumentKind;
import org.ziping.report.Finding;
import org.ziping.report.Report;

/**
 * The shared part of every rule of this package: the rule's {@link RuleId} and the document kinds
 * it runs on, given once to the constructor ({@link AuditRule#SELF_EVALUATION},
 * {@link AuditRule#FIGURES}, {@link DisclosureCells#KINDS} or a rule's own set), and the frame of
 * {@link #check}: a rule's {@link #find} adds its findings to a {@link RuleFindings}, which builds
 * each with the rule's id and the report's identity. Each rule keeps only its check.
 */
abstract class AbstractRule implements AuditRule {
  private final RuleId id;
  private final Set<DocumentKind> kinds;

  AbstractRule(RuleId id, Set<DocumentKind> kinds) {
    this.id = id;
    this.kinds = Collections.unmodifiableSet(kinds);
  }

  @Override
  public final String id() {
    return id.name();
  }

  @Override
  public final Set<DocumentKind> kinds() {
    return kinds;
  }

  @Override
  public final List<Finding> check(Report report, AuditContext ctx) {
    RuleFindings out = new RuleFindings(id, ctx);
    find(report, out);
    return out.list();
  }

  /** Adds to {@code out} a finding for each inconsistency of {@code report} this rule sees. */
  abstract void find(Report report, RuleFindings out);
}
