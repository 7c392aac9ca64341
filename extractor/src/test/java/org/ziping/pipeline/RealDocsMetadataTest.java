package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ziping.report.ErrorEntry;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Report;
import org.ziping.testing.Corpus;

/**
 * Kind, unit and year of every real government file in {@code ../shared/realdocs/} against the
 * reviewed expectations in {@code src/test/resources/realdocs/documents.json}: every file is read
 * without error, and every file is listed. Skipped with a message when the folder is absent, unless
 * {@code CI=true}, where it is required.
 */
class RealDocsMetadataTest {
  private static Path dir;
  private static JsonNode expected;

  @BeforeAll
  static void locate() throws IOException {
    dir = Corpus.root().resolve("../shared/realdocs").normalize();
    boolean present = Files.isDirectory(dir);
    if (!present && "true".equals(System.getenv("CI"))) {
      fail("../shared/realdocs/ is required on CI but absent at " + dir);
    }
    Assumptions.assumeTrue(present, "../shared/realdocs/ not present at " + dir
        + ": real-document metadata not checked");
    try (InputStream in = RealDocsMetadataTest.class.getResourceAsStream("/realdocs/documents.json")) {
      expected = new ObjectMapper().readTree(in).get("documents");
    }
  }

  private static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> !f.getFileName().toString().equalsIgnoreCase("README.md")
          && Files.isRegularFile(f)).sorted().toList();
    }
  }

  @Test
  void everyFileIsListedAndEveryListedFileExists() throws IOException {
    TreeSet<String> onDisk = new TreeSet<>();
    files().forEach(f -> onDisk.add(f.getFileName().toString()));
    TreeSet<String> listed = new TreeSet<>();
    expected.fieldNames().forEachRemaining(listed::add);
    assertEquals(listed, onDisk);
  }

  @Test
  void kindUnitAndYearOfEveryFile() throws IOException {
    StandardExtraction extraction = new StandardExtraction();
    List<String> wrong = new ArrayList<>();
    for (Path f : files()) {
      String name = f.getFileName().toString();
      JsonNode e = expected.get(name);
      if (e == null) {
        continue;
      }
      ExtractedDocument d = extraction.extract(f);
      for (ErrorEntry err : d.errors()) {
        if (!err.warning()) {
          wrong.add(name + ": failed: " + err.stage() + ": " + err.message());
        }
      }
      if (d.reports().size() != 1) {
        wrong.add(name + ": " + d.reports().size() + " reports, expected 1");
        continue;
      }
      Report r = d.reports().get(0);
      Map<String, Object> want = Map.of(
          "kind", text(e.get("kind")), "unit", text(e.get("unit")), "year", text(e.get("year")));
      Map<String, Object> got = Map.of(
          "kind", String.valueOf(r.kind() == null ? null : r.kind().json()), "unit", String.valueOf(r.unit()),
          "year", String.valueOf(r.year()));
      for (String k : List.of("kind", "unit", "year")) {
        if (!want.get(k).equals(got.get(k))) {
          wrong.add(name + ": " + k + " " + got.get(k) + ", expected " + want.get(k));
        }
      }
      if (r.kindEvidence().isEmpty()) {
        wrong.add(name + ": no kind evidence");
      }
      boolean unitWarning = d.errors().stream().anyMatch(x -> x.warning()
          && x.message().contains("单位名称无法确定"));
      if ((r.unit() == null) != unitWarning) {
        wrong.add(name + ": a null unit, and only a null unit, comes with a warning");
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? "null" : n.asText();
  }
}
