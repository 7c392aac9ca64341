package org.ziping.parse;

import java.util.ArrayList;
import java.util.List;
import org.ziping.parse.disclosure.DisclosureTableReader;
import org.ziping.parse.facts.DerivedRecords;
import org.ziping.parse.facts.Vocabulary;
import org.ziping.parse.figures.BreakdownFinder;
import org.ziping.parse.figures.CodedTableBreakdowns;
import org.ziping.parse.figures.FigureScanner;
import org.ziping.parse.figures.Figures;
import org.ziping.parse.figures.ProseBudgetFinder;
import org.ziping.parse.figures.RatioFinder;
import org.ziping.parse.scores.BudgetTableParser;
import org.ziping.parse.scores.IndicatorTable;
import org.ziping.parse.scores.IndicatorTableParser;
import org.ziping.parse.scores.ProseScoreParser;
import org.ziping.parse.scores.ScoreSummaryTable;
import org.ziping.parse.scores.TotalScoreParser;
import org.ziping.report.Breakdown;
import org.ziping.report.BudgetRow;
import org.ziping.report.DisclosureTable;
import org.ziping.report.DocumentKind;
import org.ziping.report.Indicator;
import org.ziping.report.Report;
import org.ziping.report.Score;
import org.ziping.report.ScoreItem;

/**
 * Runs the figure, table and score parsers over one report's scope and fills the report's
 * amounts, quantities, budget rows (tables first, then sentences), indicators, score items (prose
 * items — or, when neither prose nor an indicator table gives any, a score summary table's items —
 * then the score groups of the indicator table), score, breakdowns and ratios. The figures
 * are scanned once and shared by the finders that read them.
 */
final class FigureParsers {
  private final FigureScanner scanner = new FigureScanner();
  private final BreakdownFinder breakdowns = new BreakdownFinder();
  private final RatioFinder ratios = new RatioFinder();
  private final CodedTableBreakdowns codedTables = new CodedTableBreakdowns();
  private final ProseBudgetFinder proseBudget = new ProseBudgetFinder();
  private final BudgetTableParser budgetTables = new BudgetTableParser();
  private final IndicatorTableParser indicatorTables = new IndicatorTableParser();
  private final ProseScoreParser proseScores = new ProseScoreParser();
  private final TotalScoreParser totals = new TotalScoreParser();
  private final DisclosureTableReader disclosure = new DisclosureTableReader();
  private final ScoreSummaryTable summaryTables = new ScoreSummaryTable();

  /**
   * The breakdowns of the prose and table finders, and those a coded table makes complete; a
   * "total" that is a unit price, an average or a standard (单价50万元以上…（其中：单价100万元以上…）)
   * is not a sum of parts and is left out.
   */
  private List<Breakdown> breakdowns(ReportScope scope, Figures figures) {
    List<Breakdown> all = new ArrayList<>();
    for (Breakdown b : breakdowns.find(scope, figures)) {
      String label = b.total() == null || b.total().label() == null ? "" : b.total().label();
      if (!Vocabulary.NOT_A_TOTAL.matcher(label).find()) {
        all.add(b);
      }
    }
    all.addAll(codedTables.find(scope, figures));
    return all;
  }

  /**
   * The typed standard tables of a budget or final-accounts disclosure; read only in those
   * documents and in unclassified ones (a self-evaluation's tables are forms, not these tables).
   */
  private List<DisclosureTable> disclosureTables(ReportScope scope, Report r) {
    DocumentKind k = r.kind();
    if (k != DocumentKind.BUDGET_DISCLOSURE
        && k != DocumentKind.FINAL_ACCOUNTS
        && k != DocumentKind.OTHER) {
      return List.of();
    }
    return disclosure.read(scope);
  }

  Report fill(ReportScope scope, Report r) {
    Figures figures = scanner.scan(scope);
    List<BudgetRow> rows = new ArrayList<>(budgetTables.parse(scope));
    rows.addAll(proseBudget.find(scope, figures));
    IndicatorTable table = indicatorTables.read(scope);
    List<ScoreItem> items = new ArrayList<>(proseScores.parse(scope));
    ScoreSummaryTable.Summary summary = summaryTables.read(scope);
    // a summary table (一级指标 | 分值 | 得分, side by side or transposed) stands for the report's
    // scores only when neither the prose nor an indicator table gives any: the same first-level
    // scores restated would count twice
    if (items.stream().noneMatch(i -> !i.group()) && table.indicators().isEmpty()) {
      items.addAll(summary.items());
    }
    if (table.declaredTotal() == null && summary.total() != null) {
      table = new IndicatorTable(table.indicators(), summary.total(), summary.maxTotal(),
          summary.totalLocation(), table.groups());
    }
    items.addAll(table.groups());
    Score score = totals.parse(scope, table, items, rows);
    List<Indicator> indicators = table.indicators();
    Report filled = r.with(b -> {
      b.amounts = figures.amounts();
      b.quantities = figures.quantities();
      b.budgetRows = rows;
      b.indicators = indicators;
      b.scoreItems = items;
      b.score = score;
      b.breakdowns = breakdowns(scope, figures);
      b.ratios = ratios.find(scope, figures);
      b.disclosureTables = disclosureTables(scope, r);
    });
    return DerivedRecords.complete(filled);
  }
}
