package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One report of a file (a file may hold several).
 *
 * @param kind       {@code department} (部门整体支出), {@code project} (项目支出) or {@code special}
 *                   (专项资金)
 * @param reportDate ISO date or year-month the report is dated, as far as given
 * @param location   the stretch of the document text the report covers
 * @param breakdowns totals with their stated components (for PART_SUM_MISMATCH)
 * @param ratios     stated percentages with the figures they can be recomputed from
 * @param facts      the typed facts of the report (subject, measure, year, value interval,
 *                   provenance), built from the records above; what the audit reads
 * @param text       the report's stretch of the extracted text (from {@code location.start} to
 *                   {@code location.end}), for full-text search of prose no figure quotes
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(String title, String unit, Integer year, String kind, String reportDate,
                     String budgetCode, Location location, List<Section> sections,
                     List<Amount> amounts, List<Quantity> quantities, List<BudgetRow> budgetRows,
                     List<Indicator> indicators, List<ScoreItem> scoreItems, Score score,
                     List<Breakdown> breakdowns, List<Ratio> ratios, List<Fact> facts,
                     List<Finding> findings,
                     String text) {
  public Report withFindings(List<Finding> f) {
    return new Report(title, unit, year, kind, reportDate, budgetCode, location, sections, amounts,
        quantities, budgetRows, indicators, scoreItems, score, breakdowns, ratios, facts, f, text);
  }

  /** The same report with these facts and this score. */
  public Report withFacts(List<Fact> f, Score s) {
    return new Report(title, unit, year, kind, reportDate, budgetCode, location, sections, amounts,
        quantities, budgetRows, indicators, scoreItems, s, breakdowns, ratios, f, findings, text);
  }
}
