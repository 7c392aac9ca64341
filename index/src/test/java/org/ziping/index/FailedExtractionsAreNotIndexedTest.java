package org.ziping.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.report.ReportJson;
import org.ziping.report.ErrorEntry;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.SourceRef;

/**
 * Issue 10: a file from which nothing was read (2,000 pages without a text layer, a text longer
 * than a report holds) is written by {@code extract} as a document with no report and an error;
 * {@code index} counts it as failed with that reason and indexes nothing of it, beside a good file.
 */
class FailedExtractionsAreNotIndexedTest {
  @TempDir Path work;

  @Test
  void aDocumentWithNoReportAndAnErrorFailsAndIsNotIndexed() throws Exception {
    List<Path> inputs = new ArrayList<>();
    String[][] failures = {
        {"blank.pdf", "no text could be read from this file (2000 pages without a text layer; "
            + "OCR is off); no report"},
        {"huge.txt", "text of 199.0 MB (at least 52,172,077 characters) is more than a report "
            + "holds (limit 1,000,000 characters); not parsed"}};
    for (String[] f : failures) {
      ExtractedDocument d = new ExtractedDocument(ExtractedDocument.SCHEMA_VERSION,
          new SourceRef(f[0], "pdf", "0".repeat(64), null), List.of(),
          List.of(new ErrorEntry(f[0], "ingest", f[1])));
      Path json = work.resolve(f[0] + ".json");
      Files.writeString(json, ReportJson.write(d));
      inputs.add(json);
    }
    inputs.add(Fixtures.dir().resolve("001_7518ab3a3420526e.json"));
    StringWriter log = new StringWriter();
    ReportIndexer.Run run;
    try (ReportIndexer ix = new ReportIndexer(work.resolve("idx"), Optional.empty(),
        new PrintWriter(log, true))) {
      run = ix.index(inputs);
    }
    assertEquals(2, run.failed(), log.toString());
    assertEquals(1, run.indexed(), log.toString());
    assertTrue(log.toString().contains("blank.pdf.json: extraction failed: no text could be read"),
        log.toString());
    assertTrue(log.toString().contains("more than a report holds"), log.toString());
    List<String> sources = new ArrayList<>();
    try (ReportSearcher s = new ReportSearcher(work.resolve("idx"))) {
      s.forEach("", SearchFilters.NONE, r -> sources.add(r.id()));
    }
    assertEquals(1, sources.size(), sources.toString());
  }
}
