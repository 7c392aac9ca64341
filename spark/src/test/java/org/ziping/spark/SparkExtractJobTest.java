package org.ziping.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.cli.Main;
import org.ziping.report.ReportJson;

/**
 * The Spark job in {@code local[2]} on the 30 corpus files and a broken Word file, against
 * {@code extract} on the same inputs in the same run: every JSONL line, parsed, is the tree of the
 * JSON {@code extract} writes for that input (the source path field removed), in input order, and
 * for a corpus file also the tree of its reviewed golden in {@code golden/reports/}; the
 * broken file is a line with its error (the same entry as {@code extract}'s) while the 30 others
 * are written with their reports; the findings and errors tables hold one row per finding and per
 * error entry of those lines, with the finding's evidence and location.
 */
class SparkExtractJobTest {
  private static final int CORPUS_FILES = 30;

  @TempDir
  static Path dir;

  static SparkSession spark;
  static Path corpus;
  static Path broken;
  static Path extractOut;
  static Path sparkOut;
  static String jobErr;
  static int jobCode;
  static String extractErr;
  static int extractCode;

  @BeforeAll
  static void runBoth() throws Exception {
    corpus = Path.of(System.getProperty("ziping.root", "..")).resolve("corpus").toAbsolutePath();
    assertTrue(Files.isDirectory(corpus), "the corpus folder " + corpus);
    // a Word file cut after its first 3,000 bytes: a zip without its central directory
    Path docx;
    try (Stream<Path> s = Files.list(corpus)) {
      docx = s.filter(p -> p.toString().endsWith(".docx")).sorted().findFirst().orElseThrow();
    }
    broken = Files.createDirectories(dir.resolve("broken")).resolve("broken-word-file.docx");
    Files.write(broken, Arrays.copyOf(Files.readAllBytes(docx), 3_000));

    extractOut = dir.resolve("extract");
    StringWriter err = new StringWriter();
    var cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    extractCode = cl.execute("extract", corpus.toString(), broken.toString(), "-o",
        extractOut.toString(), "--threads", "2");
    extractErr = err.toString();

    spark = SparkSession.builder().master("local[2]").appName("SparkExtractJobTest")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.hadoop.fs." + OtherSchemeFileSystem.SCHEME + ".impl",
            OtherSchemeFileSystem.class.getName())
        .getOrCreate();
    sparkOut = dir.resolve("spark");
    StringWriter jerr = new StringWriter();
    var job = SparkExtractJob.commandLine();
    job.setErr(new PrintWriter(jerr));
    jobCode = job.execute("-o", sparkOut.toString(), corpus.toString(), broken.toString());
    jobErr = jerr.toString();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** The JSONL lines, parts in order. */
  private static List<String> lines() throws Exception {
    List<String> out = new ArrayList<>();
    List<Path> parts;
    try (Stream<Path> s = Files.list(sparkOut.resolve("reports"))) {
      parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
    for (Path p : parts) {
      out.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
    }
    return out;
  }

  private static JsonNode withoutSourcePath(JsonNode n) {
    JsonNode copy = n.deepCopy();
    ((ObjectNode) copy.get("source")).remove("file");
    return copy;
  }

  @Test
  void theJsonLinesAreWhatExtractWritesInInputOrder() throws Exception {
    assertEquals(1, extractCode, "extract: the broken file fails: " + extractErr);
    assertEquals(SparkExtractJob.EXIT_OK, jobCode, "a broken file never fails the job: " + jobErr);
    List<String> lines = lines();
    assertEquals(CORPUS_FILES + 1, lines.size(), "one line per input");
    List<String> expectedOrder = new ArrayList<>();
    try (Stream<Path> s = Files.list(corpus)) {
      s.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted()
          .forEach(p -> expectedOrder.add(p.toString()));
    }
    expectedOrder.add(broken.toString());
    int reports = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      assertFalse(line.contains("\n"));
      JsonNode spark = ReportJson.mapper().readTree(line);
      String file = spark.get("source").get("file").asText();
      assertEquals(expectedOrder.get(i), file, "line " + i);
      Path written = extractOut.resolve(Path.of(file).getFileName() + ".json");
      JsonNode extract = ReportJson.mapper().readTree(Files.readString(written));
      assertEquals(withoutSourcePath(extract), withoutSourcePath(spark), file);
      if (i < CORPUS_FILES) {
        // and what `bin/ziping extract corpus -o golden/reports` wrote, reviewed
        Path golden = corpus.resolveSibling("golden").resolve("reports")
            .resolve(Path.of(file).getFileName() + ".json");
        assertEquals(withoutSourcePath(ReportJson.mapper().readTree(Files.readString(golden))),
            withoutSourcePath(spark), "golden of " + file);
      }
      reports += spark.get("reports").size();
    }
    assertTrue(reports >= CORPUS_FILES + 5, "003 holds two reports in each format: " + reports);
    assertTrue(jobErr.contains((CORPUS_FILES + 1) + " files, " + reports + " reports, 1 failed"),
        jobErr);
  }

  @Test
  void aBrokenFileIsALineWithItsErrorAndTheOthersAreWritten() throws Exception {
    List<String> lines = lines();
    JsonNode last = ReportJson.mapper().readTree(lines.get(lines.size() - 1));
    assertEquals(broken.toString(), last.get("source").get("file").asText());
    assertEquals(0, last.get("reports").size());
    JsonNode error = last.get("errors").get(0);
    assertEquals("ingest", error.get("stage").asText());
    assertTrue(error.get("message").asText().startsWith(broken.toString() + ": "),
        error.toString());
    assertFalse(error.get("message").asText().contains("\tat "), "no stack trace: " + error);
    for (String line : lines.subList(0, CORPUS_FILES)) {
      JsonNode d = ReportJson.mapper().readTree(line);
      assertTrue(d.get("reports").size() >= 1, "a report: " + d.get("source"));
    }
    List<Row> rows = spark.read().parquet(sparkOut.resolve("errors").toString())
        .where("severity = 'error'").collectAsList();
    assertEquals(1, rows.size(), rows.toString());
    assertEquals(broken.toString(), rows.get(0).getAs("file"));
    assertEquals(error.get("message").asText(), rows.get(0).getAs("message"));
    assertTrue(jobErr.contains("ziping-spark: error: " + broken), jobErr);
  }

  @Test
  void theFindingsTableHoldsEveryFindingWithItsEvidence() throws Exception {
    Map<String, JsonNode> byKey = new HashMap<>();
    for (String line : lines()) {
      JsonNode d = ReportJson.mapper().readTree(line);
      JsonNode reports = d.get("reports");
      for (int r = 0; r < reports.size(); r++) {
        for (JsonNode f : reports.get(r).path("findings")) {
          byKey.put(d.get("source").get("file").asText() + "#" + r + "#" + f.get("id").asText(),
              f);
        }
      }
    }
    assertFalse(byKey.isEmpty(), "the corpus has findings");
    List<Row> rows = spark.read().parquet(sparkOut.resolve("findings").toString()).collectAsList();
    assertEquals(byKey.size(), rows.size(), "one row per finding");
    for (Row row : rows) {
      String key = row.getAs("file") + "#" + row.getAs("report") + "#" + row.getAs("id");
      JsonNode f = byKey.get(key);
      assertTrue(f != null, "a finding of the reports: " + key);
      assertEquals(f.get("rule").asText(), row.getAs("rule"));
      assertEquals(f.get("severity").asText(), row.getAs("severity"));
      assertEquals(f.get("message").asText(), row.getAs("message"));
      JsonNode first = f.get("evidence").get(0);
      JsonNode text = first.get("text");
      assertEquals(text == null ? null : text.asText(), row.getAs("evidenceText"), key);
      JsonNode page = first.path("location").get("page");
      assertEquals(page == null ? null : page.asInt(), (Integer) row.getAs("evidencePage"), key);
      assertEquals(f.get("evidence").size(), row.getList(row.fieldIndex("evidence")).size());
      assertTrue(((String) row.getAs("sha256")).matches("[0-9a-f]{64}"), key);
    }
    assertTrue(rows.stream().anyMatch(r -> r.getAs("evidencePage") != null),
        "PDF findings carry their page");
  }

  @Test
  void filesOfAnotherFileSystemAreCopiedAndKeepTheirUri() throws Exception {
    Path remote = Files.createDirectories(dir.resolve("remote"));
    Path pdf;
    try (Stream<Path> s = Files.list(corpus)) {
      pdf = s.filter(p -> p.toString().endsWith("department.pdf")).sorted().findFirst()
          .orElseThrow();
    }
    Files.createDirectories(remote.resolve("a"));
    Files.copy(pdf, remote.resolve("a").resolve(pdf.getFileName()));
    Files.copy(broken, remote.resolve("a").resolve(broken.getFileName()));
    Files.writeString(remote.resolve("a/README.md"), "not an input");
    Files.writeString(remote.resolve("a/_SUCCESS"), "");
    Files.createDirectories(remote.resolve(".hidden"));
    Files.copy(pdf, remote.resolve(".hidden").resolve(pdf.getFileName()));
    String folder = OtherSchemeFileSystem.uri(remote);
    String missing = OtherSchemeFileSystem.uri(remote.resolve("missing.txt"));
    Path out = dir.resolve("spark-remote");
    StringWriter jerr = new StringWriter();
    var job = SparkExtractJob.commandLine();
    job.setErr(new PrintWriter(jerr));
    int code = job.execute("-o", out.toString(), "--partitions", "1", folder, missing);
    assertEquals(SparkExtractJob.EXIT_OK, code, jerr.toString());
    List<String> lines = new ArrayList<>();
    try (Stream<Path> s = Files.list(out.resolve("reports"))) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted()
          .toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    assertEquals(3, lines.size(), "the two files of the folder (sorted), then the missing one: "
        + lines.stream().map(l -> l.substring(0, Math.min(200, l.length()))).toList());

    String pdfUri = OtherSchemeFileSystem.SCHEME + ":" + remote.resolve("a")
        .resolve(pdf.getFileName()).toAbsolutePath();
    JsonNode report = ReportJson.mapper().readTree(lines.get(0));
    assertEquals(pdfUri, report.get("source").get("file").asText());
    JsonNode extract = ReportJson.mapper().readTree(Files.readString(
        extractOut.resolve(pdf.getFileName() + ".json")));
    assertEquals(withoutSourcePath(extract), withoutSourcePath(report), "same as extract's");

    JsonNode bad = ReportJson.mapper().readTree(lines.get(1));
    String badUri = OtherSchemeFileSystem.SCHEME + ":" + remote.resolve("a")
        .resolve(broken.getFileName()).toAbsolutePath();
    assertEquals(badUri, bad.get("source").get("file").asText());
    JsonNode error = bad.get("errors").get(0);
    assertEquals(badUri, error.get("file").asText());
    assertTrue(error.get("message").asText().startsWith(badUri + ": "), error.toString());
    assertFalse(error.get("message").asText().contains("ziping-spark-"),
        "the local copy's path is not shown: " + error);
    JsonNode localBad = ReportJson.mapper().readTree(Files.readString(
        extractOut.resolve(broken.getFileName() + ".json")));
    assertEquals(localBad.get("errors").get(0).get("message").asText()
        .replace(broken.toString(), badUri), error.get("message").asText(), "extract's error");

    JsonNode none = ReportJson.mapper().readTree(lines.get(2));
    assertEquals(missing + ": no such file",
        none.get("errors").get(0).get("message").asText());
    assertTrue(jerr.toString().contains("3 files, " + report.get("reports").size()
        + " reports, 2 failed"), jerr.toString());
  }
}
