package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One report of a file (a file may hold several).
 *
 * @param kind       what the document is, a {@link DocumentKind} JSON value: {@code department}
 *                   (部门整体支出), {@code project} (项目支出), {@code special} (专项资金), or a
 *                   document published beside them ({@code budget-disclosure},
 *                   {@code final-accounts}, {@code performance-target}, {@code template},
 *                   {@code other}); read it with {@link DocumentKind#fromJson}
 * @param kindEvidence the phrases (title words, table headers, score columns, placeholders) that
 *                   decided {@code kind}, with their locations
 * @param unitEvidence the candidates for {@code unit} and {@code year} (title, labelled field,
 *                   page header, opening sentence, 发文机构, signature, body), the one chosen and
 *                   why it won or the others lost
 * @param reportDate ISO date or year-month the report is dated, as far as given
 * @param location   the stretch of the document text the report covers
 * @param breakdowns totals with their stated components (for PART_SUM_MISMATCH)
 * @param ratios     stated percentages with the figures they can be recomputed from
 * @param disclosureTables the standard tables of a budget or final-accounts disclosure, typed
 *                   (never null; empty, and left out of the JSON, when the report has none)
 * @param facts      the typed facts of the report (subject, measure, year, value interval,
 *                   provenance), built from the records above; what the audit reads
 * @param text       the report's stretch of the extracted text (from {@code location.start} to
 *                   {@code location.end}), for full-text search of prose no figure quotes
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(String title, String unit, Integer year, String kind,
                     List<KindEvidence> kindEvidence, List<UnitEvidence> unitEvidence,
                     String reportDate,
                     String budgetCode, Location location, List<Section> sections,
                     List<Amount> amounts, List<Quantity> quantities, List<BudgetRow> budgetRows,
                     List<Indicator> indicators, List<ScoreItem> scoreItems, Score score,
                     List<Breakdown> breakdowns, List<Ratio> ratios,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY)
                     List<DisclosureTable> disclosureTables, List<Fact> facts,
                     List<Finding> findings,
                     String text) {
  public Report {
    kindEvidence = kindEvidence == null ? List.of() : List.copyOf(kindEvidence);
    disclosureTables = disclosureTables == null ? List.of() : List.copyOf(disclosureTables);
    unitEvidence = unitEvidence == null ? List.of() : List.copyOf(unitEvidence);
  }

  /** A report without kind evidence (reports built by hand, in tests or from older JSON). */
  public Report(String title, String unit, Integer year, String kind, String reportDate,
                String budgetCode, Location location, List<Section> sections,
                List<Amount> amounts, List<Quantity> quantities, List<BudgetRow> budgetRows,
                List<Indicator> indicators, List<ScoreItem> scoreItems, Score score,
                List<Breakdown> breakdowns, List<Ratio> ratios, List<Finding> findings,
                String text) {
    this(title, unit, year, kind, List.of(), List.of(), reportDate, budgetCode, location, sections, amounts,
        quantities, budgetRows, indicators, scoreItems, score, breakdowns, ratios, List.of(), List.of(),
        findings, text);
  }

  /** A report with facts but without kind evidence (reports built by hand, in tests). */
  public Report(String title, String unit, Integer year, String kind, String reportDate,
                String budgetCode, Location location, List<Section> sections,
                List<Amount> amounts, List<Quantity> quantities, List<BudgetRow> budgetRows,
                List<Indicator> indicators, List<ScoreItem> scoreItems, Score score,
                List<Breakdown> breakdowns, List<Ratio> ratios, List<Fact> facts,
                List<Finding> findings, String text) {
    this(title, unit, year, kind, List.of(), List.of(), reportDate, budgetCode, location, sections, amounts,
        quantities, budgetRows, indicators, scoreItems, score, breakdowns, ratios, List.of(), facts,
        findings, text);
  }

  /** The kind as an enum, or null when absent or unknown. */
  public DocumentKind documentKind() {
    return DocumentKind.fromJson(kind);
  }

  public Report withFindings(List<Finding> f) {
    return new Report(title, unit, year, kind, kindEvidence, unitEvidence, reportDate, budgetCode, location,
        sections, amounts, quantities, budgetRows, indicators, scoreItems, score, breakdowns, ratios,
        disclosureTables, facts, f, text);
  }

  /** The same report with these typed disclosure tables. */
  public Report withDisclosureTables(List<DisclosureTable> t) {
    return new Report(title, unit, year, kind, kindEvidence, unitEvidence, reportDate, budgetCode, location,
        sections, amounts, quantities, budgetRows, indicators, scoreItems, score, breakdowns, ratios, t,
        facts, findings, text);
  }

  /** The same report with these facts and this score. */
  public Report withFacts(List<Fact> f, Score s) {
    return new Report(title, unit, year, kind, kindEvidence, unitEvidence, reportDate, budgetCode, location,
        sections, amounts, quantities, budgetRows, indicators, scoreItems, s, breakdowns, ratios,
        disclosureTables, f, findings, text);
  }
}
