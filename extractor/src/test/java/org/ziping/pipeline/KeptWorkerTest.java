package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.ingest.IngestConfig;
import org.ziping.report.ErrorEntry;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.ReportJson;
import org.ziping.testing.Corpus;

/**
 * A worker kept between batches ({@link KeptWorkers}): the next batch with the same settings is
 * served by the same JVM and gets the JSON a worker of its own gives (relative paths read against
 * the caller's folder and written as given); a file over its time budget ends the kept worker and
 * the next batch starts another; a batch that finds the kept worker busy runs a worker of its own.
 */
class KeptWorkerTest {
  private static final int HEAP_MB = 256;

  @TempDir
  Path dir;

  private final List<Long> started = new ArrayList<>();

  @AfterEach
  void endKeptWorkers() throws Exception {
    for (Path r : registries()) {
      KeptWorkerEndpoint.read(r).ifPresent(e -> started.add(e.pid()));
    }
    for (long pid : started) {
      if (pid != ProcessHandle.current().pid()) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  private List<Path> registries() throws Exception {
    Path workers = dir.resolve("workers");
    if (!Files.isDirectory(workers)) {
      return List.of();
    }
    try (var s = Files.list(workers)) {
      return s.filter(p -> p.toString().endsWith(".worker")).toList();
    }
  }

  /** The pid the one registry file names. */
  private long keptPid() throws Exception {
    List<Path> r = registries();
    assertEquals(1, r.size(), "registry files: " + r);
    long pid = KeptWorkerEndpoint.read(r.get(0)).orElseThrow().pid();
    started.add(pid);
    return pid;
  }

  private KeptWorkers kept() {
    return new KeptWorkers(dir.resolve("workers"), Duration.ofSeconds(60));
  }

  private static ForkedExtraction forked(int seconds, String mainClass) {
    return new ForkedExtraction(new FileBudget(Duration.ofSeconds(seconds), HEAP_MB),
        IngestConfig.defaults(), 10, 2, System.getProperty("java.class.path"), mainClass);
  }

  private static String json(ForkedExtraction x, Path f) {
    return x.extractSerialized(f).json();
  }

  @Test
  void theNextBatchIsServedByTheSameWarmJvmWithTheSameJson() throws Exception {
    Path absolute = Corpus.file("001", "txt").toAbsolutePath();
    Path relative = Path.of("").toAbsolutePath().relativize(absolute);
    assertFalse(relative.isAbsolute());
    String own;
    try (ForkedExtraction x = forked(60, ExtractionWorker.class.getName())) {
      own = json(x, relative);
    }
    String first;
    try (ForkedExtraction x = forked(60, ExtractionWorker.class.getName()).keepWorker(kept())) {
      first = json(x, relative);
    }
    long pid = keptPid();
    assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
        "the kept worker ended with its batch");
    String second;
    try (ForkedExtraction x = forked(60, ExtractionWorker.class.getName()).keepWorker(kept())) {
      second = json(x, relative);
    }
    assertEquals(pid, keptPid(), "the second batch started another worker");
    assertEquals(own, first);
    assertEquals(own, second);
    assertEquals(relative.toString(),
        ReportJson.mapper().readValue(second, ExtractedDocument.class).source().file());
  }

  @Test
  void aFileOverItsTimeBudgetEndsTheKeptWorkerAndTheNextBatchStartsAnother() throws Exception {
    Path hang = dir.resolve("a_hang.txt");
    Files.copy(Corpus.file("000", "txt"), hang);
    Path plain = Corpus.file("002", "txt");
    long first;
    try (ForkedExtraction x = forked(4, FaultyWorker.class.getName()).keepWorker(kept())) {
      assertTrue(json(x, plain).contains("\"reports\""));
      first = keptPid();
      ExtractedDocument d = ReportJson.mapper().readValue(json(x, hang), ExtractedDocument.class);
      ErrorEntry e = d.errors().get(0);
      assertTrue(e.message().startsWith("gave up after 4 s in parse"), e.message());
    }
    assertFalse(ProcessHandle.of(first).map(ProcessHandle::isAlive).orElse(false),
        "the kept worker of a file over its budget is still alive");
    String again;
    try (ForkedExtraction x = forked(60, FaultyWorker.class.getName()).keepWorker(kept())) {
      again = json(x, plain);
    }
    assertNotEquals(first, keptPid());
    String own;
    try (ForkedExtraction x = forked(60, FaultyWorker.class.getName())) {
      own = json(x, plain);
    }
    assertEquals(own, again);
  }

  @Test
  void aBatchThatFindsTheKeptWorkerBusyRunsAWorkerOfItsOwn() throws Exception {
    Path f = Corpus.file("003", "txt");
    try (ForkedExtraction busy = forked(60, ExtractionWorker.class.getName())
        .keepWorker(kept())) {
      String held = json(busy, f); // the kept worker now serves this open batch
      long pid = keptPid();
      String other;
      try (ForkedExtraction x = forked(60, ExtractionWorker.class.getName())
          .keepWorker(kept())) {
        other = json(x, f);
      }
      assertEquals(held, other);
      assertEquals(pid, keptPid(), "the busy worker's registry entry was replaced");
      assertEquals(held, json(busy, f), "the batch holding the kept worker lost it");
    }
  }

  @Test
  void aRegistryWhoseProcessIdNowNamesAnotherProcessGetsANewWorker() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort(); // nothing listens there once closed
    }
    long self = ProcessHandle.current().pid(); // alive, and no kept worker
    Path f = Corpus.file("004", "txt");
    String own;
    try (ForkedExtraction x = forked(60, ExtractionWorker.class.getName())) {
      own = json(x, f);
    }
    try (ForkedExtraction x = forked(60, ExtractionWorker.class.getName()).keepWorker(kept())) {
      assertEquals(own, json(x, f)); // registers the kept worker of these settings
    }
    Path registry = registries().get(0);
    ProcessHandle.of(keptPid()).ifPresent(ProcessHandle::destroyForcibly);
    // the entry as it reads once the worker's process id names another live process
    new KeptWorkerEndpoint(closedPort, "stale", self).write(registry);
    String again;
    try (ForkedExtraction x = forked(60, ExtractionWorker.class.getName()).keepWorker(kept())) {
      again = json(x, f);
    }
    assertEquals(own, again);
    long pid = keptPid();
    assertNotEquals(self, pid, "the stale entry was kept: no worker is kept any more");
    assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
  }
}
