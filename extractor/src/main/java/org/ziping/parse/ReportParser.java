package org.ziping.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ziping.model.DocumentModel;
import org.ziping.report.Location;
import org.ziping.report.Report;
import org.ziping.report.Section;

/**
 * The parse stage: a {@link DocumentModel} in, its reports out (without findings; the audit stage
 * adds those). Splits the file into reports ({@link ReportSplitter}) and runs the parsers of each
 * part over its {@link ReportScope}. The same code serves every format: it sees only the model.
 */
public final class ReportParser {
  private final ReportSplitter splitter = new ReportSplitter();
  private final SectionParser sections = new SectionParser();
  private final MetadataParser metadata = new MetadataParser();
  private final FigureParsers figures = new FigureParsers();

  public List<Report> parse(DocumentModel doc) {
    List<Report> out = new ArrayList<>();
    String previousUnit = null;
    ReportScope whole = ReportScope.whole(doc);
    for (ReportSplitter.Part part : splitter.split(doc)) {
      ReportScope scope = whole.sub(part.firstBlock(), part.endBlock());
      Set<Integer> titles = new HashSet<>(part.titleBlocks());
      MetadataParser.Metadata md = metadata.parse(scope, part.title(), previousUnit);
      previousUnit = md.unit();
      ReportKind kind = part.kind() != null ? part.kind()
          : ReportKind.fromBody(scope.normalized(scope.start(), scope.end()));
      List<Section> secs = sections.parse(scope, titles);
      Report r = figures.fill(scope, new Report(part.title(), md.unit(), md.year(),
          kind == null ? null : kind.json(), md.reportDate(), md.budgetCode(),
          Location.of(scope.start(), scope.end(), doc.blocks().isEmpty() ? null
              : doc.blocks().get(part.firstBlock()).page()),
          secs, List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(),
          List.of(), doc.text().substring(scope.start(), scope.end())));
      out.add(r);
    }
    return out;
  }
}
