package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.ingest.IngestConfig;
import org.ziping.report.ReportJson;
import org.ziping.report.ErrorEntry;
import org.ziping.report.ExtractedDocument;
import org.ziping.testing.Corpus;

/**
 * One worker JVM running two files at once ({@link ForkedExtraction} shared by the two threads of
 * an {@link OrderedPool}), with a fault in one of them ({@link FaultyWorker}): only the file at
 * fault fails, with the error a worker per file gave; the file beside it gets the JSON an
 * extraction in this JVM gives, and results come back in input order; the same when the worker
 * writes each file's JSON to its output file itself ({@code extract -o}).
 */
class SharedWorkerIsolationTest {
  private static final int HEAP_MB = 128;

  @TempDir
  Path dir;

  /** Copies of corpus text reports under the given names (the name chooses the fault). */
  private List<Path> files(String... names) throws Exception {
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      Path f = dir.resolve(names[i]);
      Files.copy(Corpus.file(String.format("%03d", i % 5), "txt"), f);
      out.add(f);
    }
    return out;
  }

  private static ForkedExtraction faulty(int seconds, int threads, long files) {
    return new ForkedExtraction(new FileBudget(Duration.ofSeconds(seconds), HEAP_MB),
        IngestConfig.defaults(), files, threads, System.getProperty("java.class.path"),
        FaultyWorker.class.getName());
  }

  /** The batch through {@code threads} threads sharing {@code x}: each file's JSON in order. */
  private static List<String> run(ForkedExtraction x, int threads, List<Path> files)
      throws Exception {
    List<String> out = new ArrayList<>();
    try (x) {
      new OrderedPool<Extraction, Path, SerializedDocument>(threads, () -> x,
          Extraction::extractSerialized,
          (f, e) -> SerializedDocument.of(ExtractionPool.failure(f, e)))
          .run(files, (f, d) -> out.add(d.json()));
    }
    return out;
  }

  /**
   * The batch as {@code extract -o} runs it: the worker writes each file's JSON to its output file
   * itself ({@link Extraction#extractTo}); a failure is written here. Each output file's text in
   * input order; no half-written ({@code .part}) file is left.
   */
  private List<String> runTo(ForkedExtraction x, int threads, List<Path> files)
      throws Exception {
    Path outDir = dir.resolve("out");
    List<ExtractionSummary> summaries = new ArrayList<>();
    try (x) {
      new OrderedPool<Extraction, Path, ExtractionSummary>(threads, () -> x,
          (e, f) -> {
            try {
              return e.extractTo(f, outDir.resolve(f.getFileName() + ".json"));
            } catch (IOException io) {
              throw new UncheckedIOException(io);
            }
          },
          (f, e) -> {
            throw new AssertionError("the extraction of " + f + " threw", e);
          })
          .run(files, (f, d) -> summaries.add(d));
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String json = Files.readString(outDir.resolve(files.get(i).getFileName() + ".json"));
      var d = ReportJson.mapper().readValue(json, ExtractedDocument.class);
      assertEquals(new ExtractionSummary(d.reports().size(), d.errors()), summaries.get(i),
          "the summary of " + files.get(i) + " is not its file's");
      out.add(json);
    }
    try (var left = Files.list(outDir)) {
      assertEquals(List.of(), left.filter(p -> p.toString().endsWith(".part")).toList());
    }
    return out;
  }

  private static String inProcess(Path f) {
    return ReportJson.write(new StandardExtraction().extract(f));
  }

  private static ErrorEntry onlyError(String json) throws Exception {
    var d = ReportJson.mapper().readValue(json, ExtractedDocument.class);
    assertTrue(d.reports().isEmpty(), json);
    assertEquals(1, d.errors().size(), json);
    return d.errors().get(0);
  }

  @Test
  void aHangFailsOnlyItsFileAndTheFileBesideItRunsAgainInAFreshWorker() throws Exception {
    List<Path> f = files("a_hang.txt", "b_late.txt");
    List<String> out = run(faulty(6, 2, 2), 2, f);
    ErrorEntry e = onlyError(out.get(0));
    assertEquals("parse", e.stage());
    assertTrue(e.message().startsWith("gave up after 6 s in parse"), e.message());
    assertTrue(Files.exists(dir.resolve("b_late.txt.ran")), "the late file never ran beside it");
    assertEquals(inProcess(f.get(1)), out.get(1));
  }

  @Test
  void anOutOfMemoryWithTwoFilesInFlightFailsOnlyTheFileThatNeedsTheMemory() throws Exception {
    List<Path> f = files("a_oom.txt", "b_partner.txt");
    List<String> out = run(faulty(60, 2, 2), 2, f);
    ErrorEntry e = onlyError(out.get(0));
    assertEquals("needs more than " + HEAP_MB + " MB of memory in parse (the memory budget per "
        + "file; --file-memory)", e.message());
    assertEquals(inProcess(f.get(1)), out.get(1));
  }

  @Test
  void aCrashWithTwoFilesInFlightFailsOnlyTheFileThatCrashes() throws Exception {
    List<Path> f = files("a_partner.txt", "b_crash.txt");
    List<String> out = runTo(faulty(60, 2, 2), 2, f);
    assertEquals(inProcess(f.get(0)), out.get(0));
    ErrorEntry e = onlyError(out.get(1));
    assertEquals("the worker process died in parse (exit code 134)", e.message());
  }

  @Test
  void aFileOverItsMemoryBudgetFailsOnTwoThreadsAsOnOne() throws Exception {
    List<Path> f = files("a_good.txt", "b_hold.txt", "c_good.txt");
    String expected = "needs more than " + HEAP_MB + " MB of memory in parse (the memory budget "
        + "per file; --file-memory)";
    for (int threads : new int[] {1, 2}) {
      List<String> out = run(faulty(60, threads, 3), threads, f);
      assertEquals(inProcess(f.get(0)), out.get(0), threads + " thread(s)");
      assertEquals(expected, onlyError(out.get(1)).message(), threads + " thread(s)");
      assertEquals(inProcess(f.get(2)), out.get(2), threads + " thread(s)");
    }
  }

  @Test
  void resultsKeepTheInputOrderAroundAFileThatHangs() throws Exception {
    List<Path> f = files("a.txt", "b.txt", "c_hang.txt", "d.txt", "e.txt", "f.txt", "g.txt");
    List<String> out = runTo(faulty(8, 2, f.size()), 2, f);
    assertEquals(f.size(), out.size());
    for (int i = 0; i < f.size(); i++) {
      if (i == 2) {
        assertTrue(onlyError(out.get(i)).message().startsWith("gave up after 8 s in parse"));
      } else {
        assertEquals(inProcess(f.get(i)), out.get(i), f.get(i).toString());
      }
    }
  }

  @Test
  void filesQueuedInTheWorkerBehindAHangRunAgainAndOnlyTheHangFails() throws Exception {
    List<Path> f = files("a.txt", "b_hang.txt", "c.txt", "d.txt", "e.txt", "f.txt", "g.txt");
    ForkedExtraction x = faulty(8, 2, f.size());
    assertEquals(4, x.callers(), "two files running and one queued for each");
    List<String> out = runTo(x, x.callers(), f);
    for (int i = 0; i < f.size(); i++) {
      if (i == 1) {
        ErrorEntry e = onlyError(out.get(i));
        assertTrue(e.message().startsWith("gave up after 8 s in parse"), e.message());
      } else {
        assertEquals(inProcess(f.get(i)), out.get(i), f.get(i).toString());
      }
    }
  }

  @Test
  void aQueuedFilesClockStartsWhenTheWorkerTakesIt() throws Exception {
    // one worker thread, two callers: b waits in the worker's queue for a's 4 s, then runs its
    // own 4 s; over 8 s after it was sent, within its 7 s budget counted from when it was taken
    List<Path> f = files("a_slow.txt", "b_slow.txt");
    ForkedExtraction x = faulty(7, 1, f.size());
    List<String> out = run(x, x.callers(), f);
    assertEquals(inProcess(f.get(0)), out.get(0));
    assertEquals(inProcess(f.get(1)), out.get(1));
  }

  @Test
  void aCrashBlamesOnlyTheFilesTakenNotThoseQueued() throws Exception {
    // a and b are sent first and run (b crashes the worker 2 s after a is in flight); c and d,
    // sent half a second later, wait in the worker's queue: they never ran there, so they run
    // again in a fresh shared worker, not alone as suspects
    List<Path> f = files("a_partner.txt", "b_crash.txt", "c_count.txt", "d_count.txt");
    ForkedExtraction x = faulty(60, 2, f.size());
    List<String> out = new ArrayList<>();
    ExecutorService callers = Executors.newFixedThreadPool(x.callers());
    try (x) {
      List<Future<SerializedDocument>> answers = new ArrayList<>();
      for (int i = 0; i < f.size(); i++) {
        if (i == 2) {
          Thread.sleep(500);
        }
        Path file = f.get(i);
        answers.add(callers.submit(() -> x.extractSerialized(file)));
      }
      for (Future<SerializedDocument> a : answers) {
        out.add(a.get(120, TimeUnit.SECONDS).json());
      }
    } finally {
      callers.shutdownNow();
    }
    assertEquals(inProcess(f.get(0)), out.get(0));
    assertEquals("the worker process died in parse (exit code 134)",
        onlyError(out.get(1)).message());
    for (int i = 2; i < 4; i++) {
      assertEquals(inProcess(f.get(i)), out.get(i), f.get(i).toString());
      assertEquals("shared\n", Files.readString(dir.resolve(f.get(i).getFileName() + ".runs")),
          f.get(i) + " ran where?");
    }
  }

  @Test
  void theCorpusThroughOneWorkerOnTwoThreadsIsTheJsonOfThisJvmAnsweredOrWritten() throws Exception {
    List<Path> f = new ArrayList<>();
    for (Path p : Corpus.files()) {
      if (p.toString().endsWith(".txt") || p.toString().endsWith(".docx")) {
        f.add(p);
      }
    }
    List<String> out = run(new ForkedExtraction(FileBudget.defaults(), IngestConfig.defaults(),
        f.size(), 2), 2, f);
    List<String> written = runTo(new ForkedExtraction(FileBudget.defaults(),
        IngestConfig.defaults(), f.size(), 2), 2, f);
    assertEquals(f.size(), out.size());
    for (int i = 0; i < f.size(); i++) {
      assertEquals(inProcess(f.get(i)), out.get(i), f.get(i).toString());
      assertEquals(out.get(i), written.get(i), "written by the worker: " + f.get(i));
    }
  }
}
