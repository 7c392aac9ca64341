package org.ziping.audit.rule;

import org.ziping.audit.RuleId;
import org.ziping.report.Report;
import org.ziping.report.Score;

/**
 * A rule about the report's declared total self-score ({@link Score#declaredTotal()}): it runs on
 * the self-evaluation kinds (the only documents that carry self-scores) and only when the report
 * states a total, and its check gets that score.
 */
abstract class DeclaredTotalRule extends AbstractRule {
  DeclaredTotalRule(RuleId id) {
    super(id, SELF_EVALUATION);
  }

  @Override
  final void find(Report report, RuleFindings out) {
    Score score = report.score();
    if (score != null && score.declaredTotal() != null) {
      find(score, report, out);
    }
  }

  /** Adds the findings on {@code score}, the report's score, whose declared total is stated. */
  abstract void find(Score score, Report report, RuleFindings out);
}
