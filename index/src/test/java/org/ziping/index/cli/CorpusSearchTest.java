package org.ziping.index.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.report.ReportJson;

/**
 * The searches of the search issue on the real corpus, extracted on the fly by the standard
 * extraction: the right reports and nothing else. Hits are named by seed and report number
 * ("002#1"); every search matches the same seeds in all formats of the corpus.
 */
class CorpusSearchTest {
  @TempDir static Path work;
  static Path idx;

  static Path corpus() {
    String prop = System.getProperty("ziping.root");
    Path p = prop != null ? Paths.get(prop) : Paths.get("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("corpus"))) {
      p = p.getParent();
    }
    return p.resolve("corpus");
  }

  @BeforeAll
  static void indexTheCorpus() {
    idx = work.resolve("idx");
    var r = CommandsTest.run(new IndexCommand(), corpus().toString(), "--index", idx.toString());
    assertEquals(0, r.code(), r.err());
    int formats = formats();
    assertTrue(r.err().contains((5 * formats) + " indexed (" + (6 * formats) + " reports)"), r.err());
  }

  /** How many formats each seed report has in the corpus (all seeds have the same ones). */
  static int formats() {
    try (var files = Files.list(corpus())) {
      return (int) files.filter(f -> f.getFileName().toString().startsWith("000_")).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The hits of a search with each format apart (--all-formats). */
  static TreeSet<String> search(String... args) throws Exception {
    String[] all = new String[args.length + 5];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--index";
    all[args.length + 1] = idx.toString();
    all[args.length + 2] = "--json";
    all[args.length + 3] = "--limit=100";
    all[args.length + 4] = "--all-formats";
    JsonNode hits = json(all).get("hits");
    TreeSet<String> seeds = new TreeSet<>();
    int n = 0;
    for (JsonNode h : hits) {
      JsonNode rep = h.get("report");
      String file = rep.get("sourceFile").asText();
      seeds.add(file.substring(file.lastIndexOf('/') + 1, file.lastIndexOf('/') + 4) + "#"
          + rep.get("reportNo").asInt());
      n++;
    }
    assertEquals(0, n % formats(), "each report found in all " + formats() + " formats: " + n);
    return seeds;
  }

  static JsonNode json(String... args) throws Exception {
    var r = CommandsTest.run(new SearchCommand(), args);
    assertEquals(0, r.code(), r.err());
    return ReportJson.mapper().readTree(r.out());
  }

  @Test
  void oneHitPerReportWithItsFormats() throws Exception {
    JsonNode grouped = json("养老保险", "--index", idx.toString(), "--json", "--limit=100");
    assertEquals(6, grouped.get("total").asInt(), grouped.toPrettyString());
    assertEquals(6, grouped.get("hits").size());
    TreeSet<String> reports = new TreeSet<>();
    for (JsonNode h : grouped.get("hits")) {
      JsonNode rep = h.get("report");
      String file = rep.get("sourceFile").asText();
      reports.add(file.substring(file.lastIndexOf('/') + 1, file.lastIndexOf('/') + 4) + "#"
          + rep.get("reportNo").asInt());
      TreeSet<String> stems = new TreeSet<>();
      for (JsonNode f : h.get("formats")) {
        String name = Path.of(f.get("sourceFile").asText()).getFileName().toString();
        stems.add(name.substring(0, name.indexOf('.'))); // x.chromium.pdf is a file of x
      }
      assertEquals(formats(), h.get("formats").size(), h.toPrettyString());
      assertEquals(1, stems.size(), "one report's files: " + stems);
      assertEquals(h.get("id").asText(), h.get("formats").get(0).get("id").asText());
    }
    assertEquals(List.of("000#1", "001#1", "002#1", "003#1", "003#2", "004#1"),
        List.copyOf(reports));
    JsonNode all = json("养老保险", "--index", idx.toString(), "--json", "--limit=100",
        "--all-formats");
    assertEquals(6 * formats(), all.get("total").asInt());
    JsonNode gd = json("", "--index", idx.toString(), "--json", "--region", "广东省");
    assertEquals(3, gd.get("total").asInt());
    for (JsonNode dim : gd.get("facets")) {
      if (dim.get("dim").asText().equals("province")) {
        assertEquals(3, dim.get("values").get(0).get("count").asInt(), "facets count reports");
      }
    }
  }

  @Test
  void issueSearches() throws Exception {
    assertEquals(List.of("000#1", "001#1", "002#1", "003#1", "003#2", "004#1"),
        List.copyOf(search("养老保险")));
    assertEquals(List.of("002#1"), List.copyOf(search("取暖费")));
    assertEquals(List.of("002#1"), List.copyOf(search("", "--rule", "EXEC_RATE_OVER_100")));
    assertEquals(List.of("000#1"), List.copyOf(search("", "--rule", "SCORE_SUM_MISMATCH")));
    assertEquals(List.of("001#1", "002#1"), List.copyOf(search("", "--min-score", "99.5")));
    assertEquals(List.of("000#1", "003#1", "003#2"), List.copyOf(search("", "--region", "广东省")));
    assertEquals(List.of("002#1", "004#1"), List.copyOf(search("工伤预防")));
    assertEquals(List.of("002#1", "003#1"), List.copyOf(search("稳岗返还")));
  }
}
