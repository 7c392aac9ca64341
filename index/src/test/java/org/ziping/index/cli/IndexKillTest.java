package org.ziping.index.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.index.Fixtures;
import org.ziping.index.IndexSchema;
import org.ziping.index.ReportIndexer;
import org.ziping.index.ReportSearcher;
import org.ziping.index.SearchFilters;
import org.ziping.report.ReportJson;

/**
 * Crash safety of {@code index}: a forked {@code ziping index} (committing after every file, so
 * the kill lands between commits) is killed with SIGKILL after its first commit; the index then opens and searches, and the next run completes it without
 * duplicates (Lucene's commits are atomic; a re-run replaces each file's reports by its path).
 */
class IndexKillTest {
  static final int FILES = 800;

  @Test
  void anIndexKilledHalfwayOpensAndTheNextRunCompletesIt(@TempDir Path work) throws Exception {
    Path in = Files.createDirectories(work.resolve("in"));
    ObjectNode base = (ObjectNode) ReportJson.mapper().readTree(
        Fixtures.dir().resolve("004_db3d5b07f9a66ddd.json").toFile());
    ArrayNode reports = (ArrayNode) base.get("reports");
    while (reports.size() > 1) {
      reports.remove(reports.size() - 1);
    }
    for (int i = 0; i < FILES; i++) {
      ((ObjectNode) base.get("source")).put("sha256", String.format(Locale.ROOT, "%064x", i + 1));
      ((ObjectNode) reports.get(0)).put("text", "第" + i + "份报告：养老保险基金支出。");
      Files.writeString(in.resolve(String.format(Locale.ROOT, "r%05d.json", i)),
          ReportJson.write(base));
    }
    Path index = work.resolve("index");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), "org.ziping.cli.Main", "index",
        in.toString(), "--index", index.toString(), "--commit-every", "0")
        .redirectErrorStream(true).redirectOutput(work.resolve("index.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (p.isAlive() && !committed(index) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(p.isAlive(), "the index run ended before it could be killed: "
        + Files.readString(work.resolve("index.log")));
    p.destroyForcibly(); // SIGKILL
    assertTrue(p.waitFor(1, TimeUnit.MINUTES));

    int afterKill;
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      afterKill = r.numDocs();
    }
    assertTrue(afterKill > 0 && afterKill < FILES, "documents after the kill: " + afterKill);
    try (ReportSearcher s = new ReportSearcher(index)) {
      // every file apart: the copies are one report, which the grouped search counts once
      assertEquals(afterKill,
          s.search("养老保险", SearchFilters.builder().build(), 0, 10, true).total());
    }

    ReportIndexer.Run run;
    try (ReportIndexer ix = new ReportIndexer(index, Optional.empty(),
        new PrintWriter(new StringWriter()))) {
      run = ix.index(Fixtures.files(in));
    }
    assertEquals(0, run.failed(), run.failures().toString());
    assertEquals(FILES, run.indexed() + run.unchanged());
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      assertEquals(FILES, r.numDocs());
      Set<String> ids = new HashSet<>();
      StoredFields sf = r.storedFields();
      for (int d = 0; d < r.maxDoc(); d++) {
        ids.add(sf.document(d, Set.of(IndexSchema.ID)).get(IndexSchema.ID));
      }
      assertEquals(FILES, ids.size(), "duplicate ids");
    }
  }

  private static boolean committed(Path index) throws java.io.IOException {
    if (!Files.isDirectory(index)) {
      return false;
    }
    try (Stream<Path> s = Files.list(index)) {
      List<String> names = s.map(f -> f.getFileName().toString()).toList();
      if (names.stream().noneMatch(n -> n.startsWith("segments_"))) {
        return false;
      }
    }
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      return r.numDocs() > 0; // a commit with documents (not only an empty first one)
    } catch (java.io.IOException e) {
      return false; // caught between the files of a commit
    }
  }
}
