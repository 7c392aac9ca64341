package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestConfig;
import org.ziping.report.ReportJson;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Report;
import org.ziping.report.SourceRef;
import org.ziping.testing.Corpus;

/**
 * JSON written before the report stored its facts, overall execution rate and evidence sources is
 * completed where it is read back, to exactly what the extraction writes now.
 */
class StoredDocumentsTest {
  private static final StandardExtraction EXTRACTION = new StandardExtraction();

  /** The JSON an older version wrote: the same records without the ones derived and added since. */
  private static ExtractedDocument older(ExtractedDocument d, boolean keepEvidenceSources)
      throws Exception {
    List<Report> reports = d.reports().stream().map(r -> r.with(b -> {
      b.facts = null;
      b.overallExecution = null;
      if (!keepEvidenceSources) {
        b.pageOccurrences = null;
        b.evidenceTables = null;
      }
    })).toList();
    return ReportJson.mapper().readValue(ReportJson.write(d.withReports(reports)), ExtractedDocument.class);
  }

  @Test
  void olderJsonGetsTheFactsAndRateTheParseStageWouldHaveStored() throws Exception {
    for (String seed : List.of("000", "002", "003", "004")) {
      ExtractedDocument now = EXTRACTION.extract(Corpus.file(seed, "txt"));
      assertTrue(now.reports().stream().allMatch(r -> r.overallExecution() != null), seed);
      ExtractedDocument old = older(now, true);
      assertTrue(old.reports().stream()
          .allMatch(r -> r.facts().isEmpty() && r.overallExecution() == null), seed);
      assertEquals(ReportJson.write(now), ReportJson.write(StoredDocuments.complete(old)), seed);
    }
  }

  @Test
  void aStoredRateIsKeptAndAReportWithoutOneGetsNone() throws Exception {
    ExtractedDocument now = EXTRACTION.extract(Corpus.file("001", "txt"));
    Report r = now.reports().get(0);
    assertNull(r.overallExecution(), "001 states no overall figures");
    assertEquals(ReportJson.write(now), ReportJson.write(StoredDocuments.complete(now)));
    Report stored = EXTRACTION.extract(Corpus.file("003", "txt")).reports().get(0);
    Report hybrid = r.with(b -> b.overallExecution = stored.overallExecution());
    assertSame(stored.overallExecution(), StoredDocuments.complete(hybrid).overallExecution());
  }

  @Test
  void evidenceSourcesAreReadFromTheSourceOnlyWhenNoneIsStored() throws Exception {
    ExtractedDocument now = EXTRACTION.extract(Corpus.file("002", "pdf"));
    assertFalse(now.reports().get(0).pageOccurrences().isEmpty());
    // stored: nothing is read (a null reader would throw)
    assertSame(now, StoredDocuments.withEvidenceSources(now, null));
    ExtractedDocument old = older(now, false);
    assertTrue(StoredDocuments.needsEvidenceSources(old));
    ExtractedDocument placed = StoredDocuments.withEvidenceSources(
        StoredDocuments.complete(old), DocumentReader.standard(IngestConfig.defaults()));
    assertEquals(ReportJson.write(now), ReportJson.write(placed));
    // the source is not on this machine: the document stays as it is
    ExtractedDocument elsewhere = new ExtractedDocument(old.schemaVersion(),
        new SourceRef("/nowhere/002.pdf", "pdf", old.source().sha256(), old.source().pages()),
        old.reports(), old.errors());
    assertSame(elsewhere, StoredDocuments.withEvidenceSources(elsewhere, null));
  }
}
