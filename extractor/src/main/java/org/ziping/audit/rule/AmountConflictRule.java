package org.ziping.audit.rule;

import java.util.List;
import java.util.function.Function;
import org.ziping.audit.RuleId;
import org.ziping.report.Report;
import org.ziping.report.Severity;

/**
 * The rules of {@link AmountConflicts}' pairs: VALUE_CONFLICT takes the pairs stated in one unit,
 * UNIT_CONVERSION_MISMATCH those stated in two units, so a pair is reported by exactly one of
 * them. Each rule gives its side of the pairs and its severity to the constructor and words its
 * message; every finding quotes the two statements in document order.
 */
abstract class AmountConflictRule extends AbstractRule {
  private final Severity severity;
  private final Function<Report, List<AmountConflicts.Pair>> pairs;

  AmountConflictRule(RuleId id, Severity severity,
                     Function<Report, List<AmountConflicts.Pair>> pairs) {
    super(id, FIGURES);
    this.severity = severity;
    this.pairs = pairs;
  }

  @Override
  void find(Report report, RuleFindings out) {
    for (AmountConflicts.Pair p : pairs.apply(report)) {
      out.add(severity, message(p), p.evidence());
    }
  }

  /** The finding's message for one pair. */
  abstract String message(AmountConflicts.Pair p);
}
