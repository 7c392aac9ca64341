package org.ziping.index.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.index.ReportIndexer;
import org.ziping.index.ReportSearcher;
import org.ziping.index.ReportSummary;
import org.ziping.index.SearchFilters;
import org.ziping.report.ReportJson;
import org.ziping.report.ExtractedDocument;

/**
 * JSON Lines of extracted documents (the Spark job's {@code reports/}) index as the same
 * documents read from {@code extract}'s JSON files: the goldens of {@code golden/reports/}, each
 * re-serialised on one line by the project's mapper, against the goldens themselves.
 */
class JsonLinesIndexTest {
  @TempDir static Path work;
  static List<Path> goldens;
  static Path jsonIndex;

  @BeforeAll
  static void indexTheGoldenJson() throws Exception {
    Path golden = root().resolve("golden/reports");
    try (Stream<Path> s = Files.list(golden)) {
      goldens = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(goldens.size() >= 30, "the goldens: " + goldens.size());
    jsonIndex = work.resolve("json-index");
    try (ReportIndexer ix = new ReportIndexer(jsonIndex, Optional.empty(),
        new PrintWriter(new StringWriter()))) {
      ReportIndexer.Run run = ix.index(goldens);
      assertEquals(0, run.failed(), run.failures().toString());
    }
  }

  static Path root() {
    String prop = System.getProperty("ziping.root");
    Path p = prop != null ? Paths.get(prop) : Paths.get("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("golden/reports"))) {
      p = p.getParent();
    }
    return p;
  }

  /** The goldens, each on one line (the Spark job's serialisation, {@link ReportJson#line}). */
  static List<String> lines() throws Exception {
    List<String> out = new ArrayList<>();
    for (Path g : goldens) {
      out.add(ReportJson.line(ReportJson.mapper().readValue(g.toFile(), ExtractedDocument.class)));
    }
    return out;
  }

  /** A Spark output folder: two text parts, _SUCCESS, and the hidden checksums beside them. */
  static Path sparkReports(Path out, List<String> lines) throws Exception {
    Path reports = Files.createDirectories(out.resolve("reports"));
    int half = lines.size() / 2;
    Files.writeString(reports.resolve("part-00000-4f1c.txt"),
        String.join("\n", lines.subList(0, half)) + "\n");
    Files.writeString(reports.resolve("part-00001-4f1c.txt"),
        String.join("\n", lines.subList(half, lines.size())) + "\n");
    Files.writeString(reports.resolve("_SUCCESS"), "");
    Files.write(reports.resolve(".part-00000-4f1c.txt.crc"), new byte[] {0, 1, 2, (byte) 0xff});
    Files.write(reports.resolve(".part-00001-4f1c.txt.crc"), new byte[] {0, 1, 2, (byte) 0xff});
    Files.write(reports.resolve("._SUCCESS.crc"), new byte[] {0, 1, 2, (byte) 0xff});
    return reports;
  }

  /** Every report of the index by id: its summary without the input path, and its stored JSON. */
  static TreeMap<String, String> documents(Path idx) throws Exception {
    TreeMap<String, String> out = new TreeMap<>();
    try (ReportSearcher s = new ReportSearcher(idx)) {
      List<String> ids = new ArrayList<>();
      s.forEach("", SearchFilters.NONE, true, r -> ids.add(r.id()));
      for (String id : ids) {
        ReportSearcher.StoredReport r = s.byId(id).orElseThrow();
        ObjectNode summary = ReportJson.mapper().valueToTree(r.summary());
        summary.remove("input");
        out.put(id, summary + "\n" + r.reportJson());
      }
    }
    return out;
  }

  static long hits(Path idx, String query) throws Exception {
    try (ReportSearcher s = new ReportSearcher(idx)) {
      return s.forEach(query, SearchFilters.NONE, true, r -> { });
    }
  }

  @Test
  void aSparkReportsFolderIndexesAsTheGoldenJson() throws Exception {
    Path reports = sparkReports(work.resolve("spark"), lines());
    Path idx = work.resolve("spark-index");
    var r = CommandsTest.run(new IndexCommand(), reports.toString(), "--index", idx.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains(goldens.size() + " input(s): " + goldens.size() + " indexed"),
        r.err());

    TreeMap<String, String> expected = documents(jsonIndex);
    TreeMap<String, String> actual = documents(idx);
    assertEquals(expected.keySet(), actual.keySet());
    assertEquals(expected, actual);
    for (String q : new String[] {"养老保险", "取暖费", "*:*"}) {
      long want = hits(jsonIndex, q);
      assertTrue(want > 0, q);
      assertEquals(want, hits(idx, q), q);
    }
    try (ReportSearcher s = new ReportSearcher(idx)) {
      List<ReportSummary> all = new ArrayList<>();
      s.forEach("", SearchFilters.NONE, true, all::add);
      // keyed by the document's source, not by the part file holding it
      assertTrue(all.stream().allMatch(x -> x.input().equals(x.sourceFile())), all.toString());
    }

    // unchanged: nothing indexed again
    var again = CommandsTest.run(new IndexCommand(), reports.toString(), "--index", idx.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.err().contains(goldens.size() + " input(s): 0 indexed (0 reports), "
        + goldens.size() + " unchanged, 0 failed"), again.err());
    assertEquals(expected, documents(idx));
  }

  @Test
  void aChangedLineReplacesItsSourcesReports() throws Exception {
    List<String> lines = lines();
    Path file = work.resolve("changed.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n");
    Path idx = work.resolve("changed-index");
    try (ReportIndexer ix = new ReportIndexer(idx, Optional.empty(),
        new PrintWriter(new StringWriter()))) {
      assertEquals(goldens.size(), ix.index(List.of(file)).indexed());
    }
    int at = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("\"file\":\"corpus/003_") && lines.get(i).contains(".txt\"")) {
        at = i;
      }
    }
    assertTrue(at >= 0, "003's txt line");
    ExtractedDocument d = ReportJson.mapper().readValue(lines.get(at), ExtractedDocument.class);
    assertEquals(2, d.reports().size());
    String oldSha = d.source().sha256();
    String newSha = "0".repeat(64);
    var source = new org.ziping.report.SourceRef(d.source().file(), d.source().format(), newSha,
        d.source().pages());
    lines.set(at, ReportJson.line(new ExtractedDocument(d.schemaVersion(), source,
        List.of(d.reports().get(0)), d.errors())));
    Files.writeString(file, String.join("\n", lines) + "\n");
    try (ReportIndexer ix = new ReportIndexer(idx, Optional.empty(),
        new PrintWriter(new StringWriter()))) {
      ReportIndexer.Run run = ix.index(List.of(file));
      assertEquals(1, run.indexed());
      assertEquals(goldens.size() - 1, run.unchanged());
      assertEquals(1, run.reports());
    }
    TreeMap<String, String> docs = documents(idx);
    assertFalse(docs.containsKey(oldSha + "-1"));
    assertFalse(docs.containsKey(oldSha + "-2"));
    assertTrue(docs.containsKey(newSha + "-1"));
    assertEquals(documents(jsonIndex).size() - 1, docs.size());
  }

  @Test
  void aMalformedLineIsNamedAndTheOthersAreIndexed() throws Exception {
    List<String> lines = lines();
    Path file = work.resolve("broken.jsonl");
    Files.writeString(file, lines.get(0) + "\n{ not json\n\n" + lines.get(1) + "\n"
        + lines.get(2) + lines.get(3) + "\n[1, 2]\n" + lines.get(4) + "\n");
    StringWriter log = new StringWriter();
    try (ReportIndexer ix = new ReportIndexer(work.resolve("broken-index"), Optional.empty(),
        new PrintWriter(log, true))) {
      ReportIndexer.Run run = ix.index(List.of(file));
      assertEquals(6, run.files(), run.toString());
      assertEquals(3, run.indexed(), run.toString());
      assertEquals(3, run.failed(), run.toString());
      assertTrue(run.failures().get(0).startsWith(file + ": line 2: not the JSON of an "
          + "extracted document"), run.failures().toString());
      // two documents on one line: refused, not half read
      assertTrue(run.failures().get(1).startsWith(file + ": line 5: "), run.failures().toString());
      assertTrue(run.failures().get(2).startsWith(file + ": line 6: "), run.failures().toString());
    }
    assertTrue(log.toString().contains("broken.jsonl: line 2: "), log.toString());
  }

  @Test
  void withJsonlEveryFileIsJsonLinesAndSideFilesAreSkipped() throws Exception {
    List<String> lines = lines();
    Path dir = Files.createDirectories(work.resolve("plain"));
    Files.writeString(dir.resolve("batch-a.txt"), String.join("\n", lines.subList(0, 3)) + "\n");
    Files.writeString(dir.resolve("_SUCCESS"), "");
    Files.writeString(dir.resolve("batch-a.txt.crc"), "not json");
    Files.writeString(dir.resolve(".hidden"), "not json");
    Path idx = work.resolve("plain-index");
    var r = CommandsTest.run(new IndexCommand(), dir.toString(), "--jsonl", "--index",
        idx.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("3 input(s): 3 indexed"), r.err());
  }

  @Test
  void aJsonlFileInAFolderIsReadByLinesBesideTheJsonFiles() throws Exception {
    List<String> lines = lines();
    Path dir = Files.createDirectories(work.resolve("mixed"));
    Files.copy(goldens.get(0), dir.resolve(goldens.get(0).getFileName()));
    Files.writeString(dir.resolve("more.jsonl"), String.join("\n", lines.subList(1, 3)));
    Path idx = work.resolve("mixed-index");
    var r = CommandsTest.run(new IndexCommand(), dir.toString(), "--index", idx.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("3 input(s): 3 indexed"), r.err());
  }
}
