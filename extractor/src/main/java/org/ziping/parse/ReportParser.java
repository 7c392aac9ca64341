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
 * adds those). Recognises the web-page furniture around the body ({@link PageFurniture}) and leaves
 * it out of every report, splits the rest into reports ({@link ReportSplitter}), decides each
 * report's kind with its evidence ({@link KindClassifier}) and runs the parsers of each part over
 * its {@link ReportScope}. The same code serves every format: it sees only the model.
 */
public final class ReportParser {
  private final ReportSplitter splitter = new ReportSplitter();
  private final SectionParser sections = new SectionParser();
  private final MetadataParser metadata = new MetadataParser();
  private final KindClassifier kinds = new KindClassifier();
  private final FigureParsers figures = new FigureParsers();

  /** The reports of a document and what the parse could not decide. */
  public record Parsed(List<Report> reports, List<String> warnings) {
    public Parsed {
      reports = List.copyOf(reports);
      warnings = List.copyOf(warnings);
    }
  }

  public List<Report> parse(DocumentModel doc) {
    return parseDocument(doc).reports();
  }

  /** The reports of a document, with the parse warnings (a unit that could not be decided). */
  public Parsed parseDocument(DocumentModel doc) {
    List<Report> out = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    String previousUnit = null;
    PageFurniture.Result furniture = PageFurniture.find(doc);
    ReportScope whole = ReportScope.whole(doc, furniture.blocks());
    List<ReportSplitter.Part> parts = splitter.split(doc, furniture.blocks());
    for (int p = 0; p < parts.size(); p++) {
      ReportSplitter.Part part = parts.get(p);
      ReportScope scope = whole.sub(part.firstBlock(), part.endBlock());
      Set<Integer> titles = new HashSet<>(part.titleBlocks());
      PageFurniture.Result pageFields = p == 0 ? furniture : PageFurniture.Result.none();
      KindClassifier.Decision kind = kinds.classify(scope, part.title(), part.titleBlocks(),
          pageFields);
      String named = part.title() != null ? part.title() : kind.title();
      String title = named != null ? named : pageFields.value(PageFurniture.Field.TITLE);
      MetadataParser.Metadata md = metadata.parse(scope, title, previousUnit, pageFields);
      previousUnit = md.unit();
      md.warnings().forEach(w -> warnings.add("report " + (out.size() + 1) + ": " + w));
      List<Section> secs = sections.parse(scope, titles);
      Report r = figures.fill(scope, Report.of(b -> {
        b.title = title;
        b.unit = md.unit();
        b.year = md.year();
        b.kind = kind.kind();
        b.kindEvidence = kind.evidence();
        b.unitEvidence = md.evidence();
        b.reportDate = md.reportDate();
        b.budgetCode = md.budgetCode();
        b.location = Location.of(scope.start(), scope.end(), doc.blocks().isEmpty() ? null
            : doc.blocks().get(part.firstBlock()).page());
        b.sections = secs;
        b.text = doc.text().substring(scope.start(), scope.end());
      }));
      out.add(r);
    }
    return new Parsed(out, warnings);
  }
}
