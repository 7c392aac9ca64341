package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One report of a file (a file may hold several): the record every stage after parse reads. The
 * parse stage fills it, facts and overall execution rate included; the audit adds the findings;
 * the extraction adds what a reader needs to show the findings' evidence in the source
 * ({@code pageOccurrences}, {@code evidenceTables}). Build one with {@link #builder()}, change a
 * copy with {@link #toBuilder()}.
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

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this report's values. */
  public Builder toBuilder() {
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
    return b;
  }

  /** Builds a {@link Report}; a list not set is empty, anything else not set is null. */
  public static final class Builder {
    private String title;
    private String unit;
    private Integer year;
    private DocumentKind kind;
    private List<KindEvidence> kindEvidence;
    private List<UnitEvidence> unitEvidence;
    private String reportDate;
    private String budgetCode;
    private Location location;
    private List<Section> sections;
    private List<Amount> amounts;
    private List<Quantity> quantities;
    private List<BudgetRow> budgetRows;
    private List<Indicator> indicators;
    private List<ScoreItem> scoreItems;
    private Score score;
    private List<Breakdown> breakdowns;
    private List<Ratio> ratios;
    private List<DisclosureTable> disclosureTables;
    private List<Fact> facts;
    private OverallExecution overallExecution;
    private List<Finding> findings;
    private List<PageOccurrence> pageOccurrences;
    private List<EvidenceTable> evidenceTables;
    private String text;

    private Builder() {}

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder unit(String v) {
      unit = v;
      return this;
    }

    public Builder year(Integer v) {
      year = v;
      return this;
    }

    public Builder kind(DocumentKind v) {
      kind = v;
      return this;
    }

    public Builder kindEvidence(List<KindEvidence> v) {
      kindEvidence = v;
      return this;
    }

    public Builder unitEvidence(List<UnitEvidence> v) {
      unitEvidence = v;
      return this;
    }

    public Builder reportDate(String v) {
      reportDate = v;
      return this;
    }

    public Builder budgetCode(String v) {
      budgetCode = v;
      return this;
    }

    public Builder location(Location v) {
      location = v;
      return this;
    }

    public Builder sections(List<Section> v) {
      sections = v;
      return this;
    }

    public Builder amounts(List<Amount> v) {
      amounts = v;
      return this;
    }

    public Builder quantities(List<Quantity> v) {
      quantities = v;
      return this;
    }

    public Builder budgetRows(List<BudgetRow> v) {
      budgetRows = v;
      return this;
    }

    public Builder indicators(List<Indicator> v) {
      indicators = v;
      return this;
    }

    public Builder scoreItems(List<ScoreItem> v) {
      scoreItems = v;
      return this;
    }

    public Builder score(Score v) {
      score = v;
      return this;
    }

    public Builder breakdowns(List<Breakdown> v) {
      breakdowns = v;
      return this;
    }

    public Builder ratios(List<Ratio> v) {
      ratios = v;
      return this;
    }

    public Builder disclosureTables(List<DisclosureTable> v) {
      disclosureTables = v;
      return this;
    }

    public Builder facts(List<Fact> v) {
      facts = v;
      return this;
    }

    public Builder overallExecution(OverallExecution v) {
      overallExecution = v;
      return this;
    }

    public Builder findings(List<Finding> v) {
      findings = v;
      return this;
    }

    public Builder pageOccurrences(List<PageOccurrence> v) {
      pageOccurrences = v;
      return this;
    }

    public Builder evidenceTables(List<EvidenceTable> v) {
      evidenceTables = v;
      return this;
    }

    public Builder text(String v) {
      text = v;
      return this;
    }

    public Report build() {
      return new Report(title, unit, year, kind, kindEvidence, unitEvidence, reportDate,
          budgetCode, location, sections, amounts, quantities, budgetRows, indicators, scoreItems,
          score, breakdowns, ratios, disclosureTables, facts, overallExecution, findings,
          pageOccurrences, evidenceTables, text);
    }
  }
}
