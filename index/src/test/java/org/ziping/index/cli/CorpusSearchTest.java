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
import org.ziping.io.Json;

/**
 * The searches of the search issue on the real corpus, extracted on the fly by the standard
 * extraction: the right reports and nothing else. Hits are named by seed and report number
 * ("002#1"); every search matches the same seeds in all three formats.
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
    // five reports' files (003 holds two reports) in every format of the corpus
    assertTrue(r.err().contains(5 * formats() + " indexed (" + 6 * formats() + " reports)"), r.err());
  }

  /** How many formats each corpus report comes in (the files of seed 000). */
  static int formats() {
    try (var s = Files.list(corpus())) {
      return (int) s.filter(f -> f.getFileName().toString().startsWith("000_")).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static TreeSet<String> search(String... args) throws Exception {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--index";
    all[args.length + 1] = idx.toString();
    all[args.length + 2] = "--json";
    all[args.length + 3] = "--limit=100";
    var r = CommandsTest.run(new SearchCommand(), all);
    assertEquals(0, r.code(), r.err());
    JsonNode hits = Json.mapper().readTree(r.out()).get("hits");
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
