package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Consumer;

/**
 * One report of a file (a file may hold several): the record every stage after parse reads. The
 * parse stage fills it, facts and overall execution rate included; the audit adds the findings;
 * the extraction adds what a reader needs to show the findings' evidence in the source
 * ({@code pageOccurrences}, {@code evidenceTables}). Build one with
 * {@code Report.of(b -> { b.title = …; b.facts = …; })}, change a copy with
 * {@code report.with(b -> b.findings = …)}.
 *
 * <p>Lists are never null: a list the JSON leaves out reads as empty. The lists that were always
 * written stay written when empty ({@code []}); {@code disclosureTables}, {@code pageOccurrences}
 * and {@code evidenceTables} are left out of the JSON when empty.
 *
 * @param kind       what the document is ({@link DocumentKind}; JSON {@code department},
 *                   {@code project}, {@code special}, {@code budget-disclosure}, …); null when
 *                   absent or a value this version does not know
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
 * @param facts      the typed facts of the report (subject, measure, year, value interval,
 *                   provenance), built from the records above; what the audit reads
 * @param overallExecution the report's overall budget execution rate with its figures, computed
 *                   once by the parse stage; null when the report gives none
 * @param findings   the audit's findings, most serious first
 * @param pageOccurrences for each distinct location with a page among the findings' evidence,
 *                   where its figure stands among the text of the page (PDF)
 * @param evidenceTables the tables the findings' evidence stands in, for documents without pages
 * @param text       the report's stretch of the extracted text (from {@code location.start} to
 *                   {@code location.end}), for full-text search of prose no figure quotes and for
 *                   quoting the evidence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(String title, String unit, Integer year, DocumentKind kind,
                     List<KindEvidence> kindEvidence, List<UnitEvidence> unitEvidence,
                     String reportDate, String budgetCode, Location location,
                     List<Section> sections, List<Amount> amounts, List<Quantity> quantities,
                     List<BudgetRow> budgetRows, List<Indicator> indicators,
                     List<ScoreItem> scoreItems, Score score, List<Breakdown> breakdowns,
                     List<Ratio> ratios,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY)
                     List<DisclosureTable> disclosureTables,
                     List<Fact> facts, OverallExecution overallExecution, List<Finding> findings,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY)
                     List<PageOccurrence> pageOccurrences,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY)
                     List<EvidenceTable> evidenceTables,
                     String text) {
  public Report {
    kindEvidence = copy(kindEvidence);
    unitEvidence = copy(unitEvidence);
    sections = copy(sections);
    amounts = copy(amounts);
    quantities = copy(quantities);
    budgetRows = copy(budgetRows);
    indicators = copy(indicators);
    scoreItems = copy(scoreItems);
    breakdowns = copy(breakdowns);
    ratios = copy(ratios);
    disclosureTables = copy(disclosureTables);
    facts = copy(facts);
    findings = copy(findings);
    pageOccurrences = copy(pageOccurrences);
    evidenceTables = copy(evidenceTables);
  }

  private static <T> List<T> copy(List<T> l) {
    return l == null ? List.of() : List.copyOf(l);
  }

  /** A report with the values {@code values} sets on an empty {@link Builder}. */
  public static Report of(Consumer<Builder> values) {
    Builder b = new Builder();
    values.accept(b);
    return b.build();
  }

  /** A copy of this report with the values {@code changes} sets on a {@link Builder} of its own. */
  public Report with(Consumer<Builder> changes) {
    Builder b = new Builder();
    b.title = title;
    b.unit = unit;
    b.year = year;
    b.kind = kind;
    b.kindEvidence = kindEvidence;
    b.unitEvidence = unitEvidence;
    b.reportDate = reportDate;
    b.budgetCode = budgetCode;
    b.location = location;
    b.sections = sections;
    b.amounts = amounts;
    b.quantities = quantities;
    b.budgetRows = budgetRows;
    b.indicators = indicators;
    b.scoreItems = scoreItems;
    b.score = score;
    b.breakdowns = breakdowns;
    b.ratios = ratios;
    b.disclosureTables = disclosureTables;
    b.facts = facts;
    b.overallExecution = overallExecution;
    b.findings = findings;
    b.pageOccurrences = pageOccurrences;
    b.evidenceTables = evidenceTables;
    b.text = text;
    changes.accept(b);
    return b.build();
  }

  /**
   * The values of a report being built, one public field a component (named and typed as the
   * component), set by the function given to {@link #of} or {@link #with}; a list not set is
   * empty, anything else not set is null. A bag of fields rather than a setter a component: the
   * record's constructor is the one place that checks and copies.
   */
  public static final class Builder {
    public String title;
    public String unit;
    public Integer year;
    public DocumentKind kind;
    public List<KindEvidence> kindEvidence;
    public List<UnitEvidence> unitEvidence;
    public String reportDate;
    public String budgetCode;
    public Location location;
    public List<Section> sections;
    public List<Amount> amounts;
    public List<Quantity> quantities;
    public List<BudgetRow> budgetRows;
    public List<Indicator> indicators;
    public List<ScoreItem> scoreItems;
    public Score score;
    public List<Breakdown> breakdowns;
    public List<Ratio> ratios;
    public List<DisclosureTable> disclosureTables;
    public List<Fact> facts;
    public OverallExecution overallExecution;
    public List<Finding> findings;
    public List<PageOccurrence> pageOccurrences;
    public List<EvidenceTable> evidenceTables;
    public String text;

    private Builder() {}

    private Report build() {
      return new Report(title, unit, year, kind, kindEvidence, unitEvidence, reportDate,
          budgetCode, location, sections, amounts, quantities, budgetRows, indicators, scoreItems,
          score, breakdowns, ratios, disclosureTables, facts, overallExecution, findings,
          pageOccurrences, evidenceTables, text);
    }
  }
}
