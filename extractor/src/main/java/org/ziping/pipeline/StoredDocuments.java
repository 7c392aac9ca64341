package org.ziping.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestException;
import org.ziping.parse.facts.DerivedRecords;
import org.ziping.report.Evidence;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;
import org.ziping.report.Report;

/**
 * Extracted documents read back from JSON, made whole for the stages that read records only
 * (audit writers, index, web page): JSON written by an older version lacks records that the
 * extraction now stores, and this is the one place that computes them again.
 *
 * <ul>
 *   <li>{@link #complete}: each report gets the records the parse stage derives
 *       ({@link DerivedRecords}: typed facts, grade band, overall execution rate) when the JSON has
 *       none; findings are kept as stored.</li>
 *   <li>{@link #withEvidenceSources}: a document whose findings have located evidence but none of
 *       whose reports stores evidence sources ({@link EvidenceSources}) gets them from its source
 *       file, read again by the given reader (the settings of the original extraction are not
 *       known; the reader's are used).</li>
 * </ul>
 */
public final class StoredDocuments {
  private StoredDocuments() {}

  /** The document with every report completed ({@link DerivedRecords#complete}). */
  public static ExtractedDocument complete(ExtractedDocument doc) {
    List<Report> out = new ArrayList<>(doc.reports().size());
    for (Report r : doc.reports()) {
      out.add(complete(r));
    }
    return doc.withReports(out);
  }

  /** One report read back from JSON, completed ({@link DerivedRecords#complete}). */
  public static Report complete(Report r) {
    return DerivedRecords.complete(r);
  }

  /**
   * The document with evidence sources read from its source file when it stores none; the
   * document unchanged when it stores some, has no located evidence, or its source file is not
   * there.
   *
   * @throws IngestException when the source file is there but cannot be read
   */
  public static ExtractedDocument withEvidenceSources(ExtractedDocument doc, DocumentReader reader)
      throws IngestException {
    if (!needsEvidenceSources(doc) || doc.source() == null || doc.source().file() == null) {
      return doc;
    }
    Path file = Path.of(doc.source().file());
    if (!Files.isRegularFile(file)) {
      return doc;
    }
    return EvidenceSources.attach(doc, reader.read(file));
  }

  /** Whether findings have located evidence while no report stores evidence sources. */
  static boolean needsEvidenceSources(ExtractedDocument doc) {
    boolean located = false;
    for (Report r : doc.reports()) {
      if (!r.pageOccurrences().isEmpty() || !r.evidenceTables().isEmpty()) {
        return false;
      }
      for (Finding f : r.findings()) {
        for (Evidence e : f.evidence()) {
          located |= e.location() != null
              && (e.location().page() != null || e.location().table() != null);
        }
      }
    }
    return located;
  }
}
