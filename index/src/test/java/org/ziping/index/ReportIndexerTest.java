package org.ziping.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.report.ReportJson;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Report;

/** Incremental indexing: one document per report, unchanged files skipped, changes replace. */
class ReportIndexerTest {
  @TempDir Path work;

  private ReportIndexer.Run index(Path idx, List<Path> files, StringWriter log) throws Exception {
    try (ReportIndexer ix = new ReportIndexer(idx, Optional.empty(), new PrintWriter(log, true))) {
      return ix.index(files);
    }
  }

  private static List<String> ids(Path idx) throws Exception {
    List<String> ids = new ArrayList<>();
    try (ReportSearcher s = new ReportSearcher(idx)) {
      s.forEach("", SearchFilters.NONE, r -> ids.add(r.id()));
    }
    return ids;
  }

  @Test
  void oneDocumentPerReportWithStableIds() throws Exception {
    Path idx = Fixtures.buildIndex(work);
    List<String> ids = ids(idx);
    assertEquals(6, ids.size());
    assertTrue(ids.contains(Fixtures.SHA_003 + "-1"));
    assertTrue(ids.contains(Fixtures.SHA_003 + "-2"));
  }

  @Test
  void unchangedFilesAreSkippedAndChangedFilesReplaceTheirReports() throws Exception {
    Path idx = Fixtures.buildIndex(work);
    List<Path> in = Fixtures.files(work.resolve("in"));
    StringWriter log = new StringWriter();
    ReportIndexer.Run again = index(idx, in, log);
    assertEquals(new ReportIndexer.Run(5, 0, 5, 0, 0, List.of()), again);
    assertEquals(6, ids(idx).size());

    // 003 loses its second report and its unit changes: the file's documents are replaced
    Path f003 = in.stream().filter(p -> p.getFileName().toString().startsWith("003"))
        .findFirst().orElseThrow();
    ExtractedDocument d = ReportJson.mapper().readValue(f003.toFile(), ExtractedDocument.class);
    Report first = d.reports().get(0);
    Report changed = first.with(b -> b.unit = "湛江市社会保险基金管理局（修订）");
    Files.writeString(f003, ReportJson.write(new ExtractedDocument(1, d.source(), List.of(changed),
        List.of())));
    ReportIndexer.Run third = index(idx, in, log);
    assertEquals(1, third.indexed());
    assertEquals(4, third.unchanged());
    assertEquals(1, third.reports());
    List<String> ids = ids(idx);
    assertEquals(5, ids.size());
    assertTrue(!ids.contains(Fixtures.SHA_003 + "-2"));
    try (ReportSearcher s = new ReportSearcher(idx)) {
      assertEquals("湛江市社会保险基金管理局（修订）",
          s.byId(Fixtures.SHA_003 + "-1").orElseThrow().summary().unit());
    }
  }

  @Test
  void theSameOriginalFromAnotherPathIsNotDuplicated() throws Exception {
    Path idx = Fixtures.buildIndex(work);
    Path copy = Files.createDirectories(work.resolve("copy"))
        .resolve("002_again.json");
    Files.copy(Fixtures.dir().resolve("002_217e79579315e879.json"), copy);
    ReportIndexer.Run run = index(idx, List.of(copy), new StringWriter());
    assertEquals(1, run.indexed());
    assertEquals(6, ids(idx).size());
  }

  @Test
  void badInputsFailWithAReasonAndTheOthersAreIndexed() throws Exception {
    Path bad = work.resolve("broken.json");
    Files.writeString(bad, "{ not json");
    Path txt = work.resolve("report.txt");
    Files.writeString(txt, "正宁县社会保险局");
    Path missing = work.resolve("missing.json");
    Path emptyFolder = Files.createDirectories(work.resolve("nothing-here"));
    Path good = Fixtures.dir().resolve("001_7518ab3a3420526e.json");
    StringWriter log = new StringWriter();
    ReportIndexer.Run run = index(work.resolve("idx"), List.of(bad, txt, missing, emptyFolder, good),
        log);
    assertEquals(4, run.failed());
    assertEquals(1, run.indexed());
    assertEquals(1, run.reports());
    assertTrue(log.toString().contains("report.txt: no extraction available"), log.toString());
    assertTrue(log.toString().contains("missing.json: not a readable file"), log.toString());
    assertTrue(log.toString().contains("nothing-here: a folder holding no input files"),
        log.toString());
  }

  @Test
  void threeThreadsLeaveTheIndexOneThreadLeaves() throws Exception {
    // the fixtures, plus copies of 002 at other paths: a later path replaces an earlier one's
    // documents (same report ids) whichever thread reads it
    Path in = Files.createDirectories(work.resolve("many"));
    List<Path> files = new ArrayList<>();
    for (Path f : Fixtures.files()) {
      files.add(Files.copy(f, in.resolve(f.getFileName())));
    }
    for (int i = 0; i < 4; i++) {
      files.add(Files.copy(Fixtures.dir().resolve("002_217e79579315e879.json"),
          in.resolve("002_copy" + i + ".json")));
    }
    List<String> runs = new ArrayList<>();
    for (int threads : new int[] {1, 3}) {
      Path idx = work.resolve("idx" + threads);
      try (ReportIndexer ix = new ReportIndexer(idx, Optional.empty(),
          new PrintWriter(new StringWriter()))) {
        ReportIndexer.Run run = ix.index(files, threads);
        assertEquals(9, run.indexed());
      }
      List<String> docs = new ArrayList<>();
      try (ReportSearcher s = new ReportSearcher(idx)) {
        s.forEach("", SearchFilters.NONE, r -> docs.add(r.id() + " " + r.input()));
      }
      docs.sort(null);
      runs.add(String.join("\n", docs));
    }
    assertEquals(runs.get(0), runs.get(1));
    assertTrue(runs.get(0).contains("002_copy3.json"), runs.get(0));
    assertEquals(6, runs.get(0).lines().count());
  }

  @Test
  void commitsFollowTheIntervalNotTheFileCount() throws Exception {
    List<Path> files = Fixtures.files(); // 5 files
    long[] commits = new long[2];
    Duration[] intervals = {Duration.ZERO, Duration.ofHours(1)};
    for (int k = 0; k < 2; k++) {
      Path idx = work.resolve("idx-commit" + k);
      try (ReportIndexer ix = new ReportIndexer(idx, Optional.empty(),
          new PrintWriter(new StringWriter()))) {
        long before = generation(idx);
        assertEquals(5, ix.commitEvery(intervals[k]).mergeTail(false).index(files).indexed());
        commits[k] = generation(idx) - before;
      }
    }
    // zero: after each file but the last, then the final commit; an hour: the final commit only
    assertEquals(5, commits[0]);
    assertEquals(1, commits[1]);
  }

  private static long generation(Path idx) throws Exception {
    try (Directory d = FSDirectory.open(idx)) {
      return DirectoryReader.indexExists(d) ? SegmentInfos.readLatestCommit(d).getGeneration() : 0;
    }
  }
}
