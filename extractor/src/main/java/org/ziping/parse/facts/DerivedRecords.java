package org.ziping.parse.facts;

import org.ziping.report.OverallExecution;
import org.ziping.report.Report;
import org.ziping.report.Score;

/**
 * The records the parse stage derives from the parsed ones and stores in the report, so that the
 * audit, the renderers and the index read them instead of computing them again: the typed facts
 * ({@link FactExtractor}), the grade band of the score ({@link Grades}) and the overall execution
 * rate ({@link OverallExecutionFinder}, computed from the facts).
 *
 * <p>{@link #complete} is also how a report read back from JSON written by an older version (no
 * facts, no overall execution rate) gets them: a report that has facts keeps them, a report
 * without a stored rate gets it looked for again (a report that has none gets none again).
 */
public final class DerivedRecords {
  private DerivedRecords() {}

  /** The report with its facts, grade band and overall execution rate. */
  public static Report complete(Report r) {
    Report withFacts = r;
    if (r.facts().isEmpty()) {
      Score s = r.score();
      Score banded = s != null && s.band() == null && s.grade() != null
          ? s.withBand(Grades.band(s.grade())) : s;
      withFacts = r.with(b -> {
        b.facts = FactExtractor.of(r);
        b.score = banded;
      });
    }
    if (withFacts.overallExecution() != null) {
      return withFacts;
    }
    OverallExecution rate = OverallExecutionFinder.of(withFacts).orElse(null);
    return withFacts.with(b -> b.overallExecution = rate);
  }
}
