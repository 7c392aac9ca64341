package org.ziping.index;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ziping.index.region.Region;
import org.ziping.index.region.RegionResolver;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;
import org.ziping.report.Report;
import org.ziping.report.Score;

/**
 * Builds the {@link ReportSummary} of each report of an extracted document: the stable id
 * (source sha256 + "-" + number from 1; the input file's own sha256 when the document records
 * none), the region ({@link RegionResolver} over the unit, with the title and report text for
 * ties), the overall figures ({@link ReportFigures}) and the findings per severity.
 */
public final class ReportSummaries {
  private final RegionResolver regions;

  public ReportSummaries(RegionResolver regions) {
    this.regions = regions;
  }

  /**
   * The summaries of {@code doc}'s reports; {@code texts} holds each report's searchable text
   * ({@link ReportText#fullText}), in report order (built once by the indexer for the summary and
   * the document).
   */
  public List<ReportSummary> of(ExtractedDocument doc, String input, String inputSha256,
                                List<String> texts) {
    List<ReportSummary> out = new ArrayList<>();
    List<Report> reports = doc.reports();
    String sha = doc.source() != null && doc.source().sha256() != null
        && !doc.source().sha256().isBlank() ? doc.source().sha256() : inputSha256;
    String sourceFile = doc.source() != null && doc.source().file() != null
        ? doc.source().file() : input;
    for (int i = 0; i < reports.size(); i++) {
      out.add(summary(reports.get(i), texts.get(i), sha + "-" + (i + 1), sourceFile, sha, i + 1,
          input));
    }
    return out;
  }

  private ReportSummary summary(Report r, String text, String id, String sourceFile, String sha,
                                int no, String input) {
    String unitPlace = r.unit() != null ? r.unit() : r.title();
    Region region = regions.resolve(unitPlace, (r.title() == null ? "" : r.title()) + "\n" + text);
    ReportFigures fig = ReportFigures.of(r);
    Score sc = r.score();
    int err = 0;
    int warn = 0;
    int info = 0;
    TreeSet<String> rules = new TreeSet<>();
    List<ReportSummary.FindingLine> lines = new ArrayList<>();
    for (Finding f : r.findings()) {
      if (f.rule() != null) {
        rules.add(f.rule());
      }
      if (f.severity() != null) {
        switch (f.severity()) {
          case ERROR -> err++;
          case WARNING -> warn++;
          case INFO -> info++;
        }
      }
      lines.add(new ReportSummary.FindingLine(f.rule(),
          f.severity() == null ? null : f.severity().json(), f.message()));
    }
    return new ReportSummary(id, sourceFile, sha, no, input, r.title(), r.unit(), region, r.year(),
        r.kind() == null ? null : r.kind().json(), r.reportDate(), sc == null ? null : sc.declaredTotal(),
        sc == null ? null : sc.maxTotal(), sc == null ? null : sc.itemSum(),
        sc == null ? null : sc.grade(), fig.execRate(), fig.execRateRecomputed(),
        fig.budgetYuan(), fig.actualYuan(), List.copyOf(rules),
        new ReportSummary.FindingCounts(err, warn, info, lines.size()), lines);
  }
}
