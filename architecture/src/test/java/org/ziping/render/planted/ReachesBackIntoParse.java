package org.ziping.render.planted;

import org.ziping.parse.facts.FactExtractor;
import org.ziping.report.Report;

/**
 * A class planted in a package the boundary table forbids from reading the parse stage: render
 * computing facts again instead of reading the record. {@code StageBoundariesTest} checks that
 * its rules catch this import; it is test code, so the check of the main code never sees it.
 */
final class ReachesBackIntoParse {
  private ReachesBackIntoParse() {}

  static int factCount(Report r) {
    return FactExtractor.of(r).size();
  }
}
