package org.ziping.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ziping.audit.Auditor;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestConfig;
import org.ziping.ingest.IngestException;
import org.ziping.ingest.OcrMode;
import org.ziping.model.DocumentModel;
import org.ziping.parse.ReportParser;
import org.ziping.report.ErrorEntry;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Report;
import org.ziping.report.SourceRef;

/**
 * Ingest, parse and audit of one file, wired in that order; data flows one way. Last, the
 * evidence of the findings is looked up in the document read ({@link EvidenceSources}), so that
 * the JSON holds what a reader needs to show it. A file that
 * cannot be read, or a report that cannot be parsed, becomes an entry in {@code errors} naming the
 * file, the stage and the reason; the rest of the output is kept.
 */
public final class StandardExtraction implements Extraction {
  private final DocumentReader reader;
  private final IngestConfig config;
  private final ReportParser parser = new ReportParser();
  private final Auditor auditor = new Auditor();

  public StandardExtraction() {
    this(IngestConfig.defaults());
  }

  public StandardExtraction(IngestConfig config) {
    this.reader = DocumentReader.standard(config);
    this.config = config;
  }

  @Override
  public StandardExtraction withOcr(OcrMode mode) {
    return new StandardExtraction(config.withOcr(mode));
  }

  @Override
  public ExtractedDocument extract(Path file) {
    return extract(file, stage -> { });
  }

  /**
   * The extraction of one file, telling {@code stages} when each stage begins ("ingest",
   * "parse", "audit"), so that a supervisor that stops a file over budget can say where.
   */
  public ExtractedDocument extract(Path file, Consumer<String> stages) {
    DocumentModel doc;
    stages.accept("ingest");
    try {
      doc = reader.read(file);
    } catch (IngestException e) {
      return new ExtractedDocument(ExtractedDocument.SCHEMA_VERSION,
          new SourceRef(file.toString(), null, null, null), List.of(),
          List.of(new ErrorEntry(file.toString(), "ingest", e.getMessage())));
    }
    return extract(doc, stages);
  }

  /** Parse and audit of an already ingested document. */
  public ExtractedDocument extract(DocumentModel doc) {
    return extract(doc, stage -> { });
  }

  private ExtractedDocument extract(DocumentModel doc, Consumer<String> stages) {
    var s = doc.source();
    SourceRef source = new SourceRef(s.file(), s.format(), s.sha256(), s.pages());
    List<ErrorEntry> errors = new ArrayList<>();
    for (String w : doc.warnings()) {
      errors.add(new ErrorEntry(s.file(), "warning", w));
    }
    if (doc.text().isBlank()) {
      errors.add(new ErrorEntry(s.file(), "ingest", "no text could be read from this file"
          + (s.pages() == null ? "" : " (" + s.pages() + " pages without a text layer; OCR is off)")
          + "; no report"));
      return new ExtractedDocument(ExtractedDocument.SCHEMA_VERSION, source, List.of(), errors);
    }
    List<Report> reports = new ArrayList<>();
    stages.accept("parse");
    try {
      ReportParser.Parsed parsed = parser.parseDocument(doc);
      reports.addAll(parsed.reports());
      for (String w : parsed.warnings()) {
        errors.add(ErrorEntry.warning(s.file(), "parse", w));
      }
    } catch (RuntimeException e) {
      errors.add(new ErrorEntry(s.file(), "parse", e.toString()));
    }
    stages.accept("audit");
    ExtractedDocument audited = auditor.audit(new ExtractedDocument(
        ExtractedDocument.SCHEMA_VERSION, source, reports, errors));
    return EvidenceSources.attach(audited, doc);
  }
}
