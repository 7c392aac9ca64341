package org.ziping.audit.rule;

import java.util.Set;
import org.ziping.audit.RuleId;
import org.ziping.report.DocumentKind;
import org.ziping.report.Report;

/**
 * The base of the rules that compare the facts of one record (a score with its maximum, a target
 * with its actual value): the report's facts are indexed by record and measure once
 * ({@link RecordFacts}) and handed to the rule's {@link #find(RecordFacts, RuleFindings)}, which
 * sees nothing of the report but its facts.
 */
abstract class RecordRule extends AbstractRule {
  RecordRule(RuleId id, Set<DocumentKind> kinds) {
    super(id, kinds);
  }

  @Override
  final void find(Report report, RuleFindings out) {
    find(new RecordFacts(report.facts()), out);
  }

  /** Adds to {@code out} a finding for each inconsistency this rule sees among the facts. */
  abstract void find(RecordFacts records, RuleFindings out);
}
