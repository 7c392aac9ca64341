package org.ziping.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.index.ReportIndexer;
import org.ziping.index.ReportSearcher;
import org.ziping.index.SearchFilters;
import org.ziping.report.ReportJson;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Report;

/** Generated reports: the extract format, varied, read by the indexer, written once. */
class ScaledReportsTest {
  @TempDir Path work;

  @Test
  void generatedReportsAreVariedExtractedDocumentsTheIndexReads() throws Exception {
    int n = 250;
    List<Path> files = ScaledReports.ensure(work, n, Seeds.extractedSeeds());
    assertEquals(3, files.size(), "100 reports per file");
    List<Report> reports = new ArrayList<>();
    Set<String> shas = new HashSet<>();
    for (Path f : files) {
      ExtractedDocument d = ReportJson.mapper().readValue(f.toFile(), ExtractedDocument.class);
      reports.addAll(d.reports());
      shas.add(d.source().sha256());
    }
    assertEquals(n, reports.size());
    assertEquals(files.size(), shas.size(), "each file its own source hash, so ids differ");
    Set<String> units = new HashSet<>();
    Set<Integer> years = new HashSet<>();
    for (Report r : reports) {
      units.add(r.unit());
      years.add(r.year());
    }
    assertTrue(units.size() > n / 2, "other places: " + units.size() + " units");
    assertTrue(years.size() >= 5, "shifted years: " + years);
    // report i is a function of i: two reports of one seed differ, the same i is the same text
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    ScaledReports gen = ScaledReports.of(Seeds.extractedSeeds());
    gen.report(7, a);
    gen.report(7, b);
    assertEquals(a.toString(), b.toString());
    StringBuilder c = new StringBuilder();
    gen.report(7 + 6 * 5, c);
    assertNotEquals(a.toString(), c.toString());

    long mtime = Files.getLastModifiedTime(files.get(0)).toMillis();
    assertEquals(files, ScaledReports.ensure(work, n, Seeds.extractedSeeds()));
    assertEquals(mtime, Files.getLastModifiedTime(files.get(0)).toMillis(), "written once");

    Path idx = work.resolve("index");
    try (ReportIndexer ix = new ReportIndexer(idx, Optional.empty(),
        new PrintWriter(new StringWriter()))) {
      ReportIndexer.Run run = ix.index(files, 2);
      assertEquals(0, run.failed(), run.failures().toString());
      assertEquals(n, run.reports());
    }
    try (ReportSearcher s = new ReportSearcher(idx)) {
      assertTrue(s.search("养老保险", SearchFilters.NONE, 0, 10).total() > 0);
    }
  }
}
