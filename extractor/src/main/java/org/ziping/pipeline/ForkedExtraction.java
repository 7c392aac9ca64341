package org.ziping.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestConfig;
import org.ziping.ingest.OcrMode;
import org.ziping.report.ReportJson;
import org.ziping.report.ErrorEntry;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.SourceRef;

/**
 * The extraction of each file in a worker JVM, under a wall-time and a memory budget per file
 * ({@link FileBudget}): the robust way to keep one hostile file from costing the others. One
 * worker JVM runs up to N files at once (N callers, e.g. the N threads of an {@link OrderedPool}
 * sharing this instance), so its start, class loading and JIT warm-up are paid once, and its
 * heap is shared.
 *
 * <p>Algorithm: a long-lived worker ({@link ExtractionWorker}, same class path, started on first
 * use; its {@link WorkerSession} tracks the files in flight by id) takes file after file, N at a
 * time, on N threads, in a heap of N times the file budget. Up to {@link #callers()} (2N) callers
 * may each have a file sent: the worker queues the N beyond those running, so a worker thread
 * that finishes a file starts the next at once instead of waiting for its answer to reach this JVM
 * and the next path to come back (on two busy cores that round trip of thread wake-ups left a
 * core idle for some 5 % of a batch). Each caller waits for its answer (the document's JSON and a
 * summary) with the file's time budget, counted from when the worker takes the file (its first
 * stage frame; a queued file's clock does not run). Then:
 * <ul>
 *   <li>a file over its time budget: the worker is killed (a thread cannot be stopped safely), the
 *       file gets "gave up after N s in STAGE", and the other files in flight are run again in a
 *       fresh worker (a file stopped so twice runs alone, where no other file can stop it);</li>
 *   <li>the worker dies (an {@link OutOfMemoryError} through {@code -XX:+ExitOnOutOfMemoryError},
 *       a native crash, any exit): with one file in flight, that file is the culprit and gets
 *       "needs more than N MB of memory in STAGE" or the exit code; with several the culprit is
 *       unknown, so each runs again alone, one file at a time, in a worker of one file with the
 *       file budget as its heap, as a worker per file did: only the real culprit fails;</li>
 *   <li>the memory budget of one file holds in the shared heap too: the worker's
 *       {@link HeapBudgetGuard} ends it once its heap holds more than one budget, and the files in
 *       flight then run alone as after a death. So a file fails or succeeds as it would alone.</li>
 * </ul>
 * The worker's stderr (library warnings and traces) goes to this JVM's log at debug level
 * ({@code org.ziping.worker}); the user sees one line per failed file.
 *
 * <p>Limits: a killed worker costs a JVM start and the JIT's warm-up again, and the files it was
 * running start over; a file's time is wall time, shared with the files running beside it (their
 * CPU and garbage collection). A worker of a short batch compiles with C1 only
 * ({@link #QUICK_START_FILES}); {@code ZIPING_WORKER_OPTS} adds JVM options of the caller's
 * choice; the class-data archive is {@link WorkerClassData}'s.
 */
public final class ForkedExtraction implements Extraction, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ForkedExtraction.class);
  /** How long a worker JVM may take to start and take a file. */
  private static final Duration STARTUP = Duration.ofSeconds(120);
  /** A file stopped this many times for other files' time runs alone. */
  private static final int ABORTS_BEFORE_ALONE = 2;
  /**
   * Files queued in the worker per file it runs: each of its threads has the next file at hand
   * when it finishes one. One is enough: a thread takes it while the answer of the file before
   * travels back and the caller sends another.
   */
  static final int QUEUED_PER_THREAD = 1;

  /**
   * Up to this many files per worker JVM, the worker compiles with C1 only. Measured on the
   * 2-core machine (docs/speed.md, "Worker JVMs"): in a warm JVM, C1 code costs about 2-3 ms more
   * per file, and C2 pays for its warm-up (about 3.5 s of CPU per JVM) after some 1,300 files.
   */
  public static final long QUICK_START_FILES = 3_000;

  /** The system property naming the workers' class-data archive ({@link WorkerClassData}). */
  public static final String CDS_PROPERTY = WorkerClassData.PROPERTY;

  private final FileBudget budget;
  private final WorkerCommand command;
  private final Semaphore slots;
  private final Object sharedLock = new Object();
  private WorkerSession shared;
  /** Where the shared worker is kept between batches, or null for a worker of this batch. */
  private KeptWorkers kept;
  /** The thread of {@link #startEarly()}, which {@link #close()} waits for. */
  private Thread starter;
  private final ReentrantLock aloneLock = new ReentrantLock(true);
  private WorkerSession alone;

  public ForkedExtraction(FileBudget budget) {
    this(budget, OcrMode.AUTO);
  }

  /** Workers that read scanned pages as {@code ocr} says (passed on their command line). */
  public ForkedExtraction(FileBudget budget, OcrMode ocr) {
    this(budget, IngestConfig.defaults().withOcr(ocr));
  }

  /**
   * Workers that ingest with the OCR mode and the text limit of {@code config} (passed on their
   * command line; its other settings are the defaults).
   */
  public ForkedExtraction(FileBudget budget, IngestConfig config) {
    this(budget, config, Long.MAX_VALUE);
  }

  /**
   * A worker as {@link #ForkedExtraction(FileBudget, IngestConfig)}, one file at a time, for a
   * batch that gives it about {@code files} files: up to {@value #QUICK_START_FILES} the worker
   * JVM compiles with C1 only ({@code -XX:TieredStopAtLevel=1}).
   */
  public ForkedExtraction(FileBudget budget, IngestConfig config, long files) {
    this(budget, config, files, 1);
  }

  /**
   * One worker JVM running up to {@code concurrency} files at once, for as many callers, in a
   * batch of about {@code files} files (see {@link #QUICK_START_FILES}).
   */
  public ForkedExtraction(FileBudget budget, IngestConfig config, long files, int concurrency) {
    this(budget, config, files, concurrency, System.getProperty("java.class.path"),
        ExtractionWorker.class.getName());
  }

  /**
   * A worker as {@link #ForkedExtraction(FileBudget, IngestConfig, long)} started with the class
   * path {@code classPath} instead of this JVM's {@code java.class.path}: for a caller whose own
   * classes came through a class loader of their own (a Spark executor loads the application jar
   * so, and its {@code java.class.path} holds only Spark).
   */
  public ForkedExtraction(FileBudget budget, IngestConfig config, long files, String classPath) {
    this(budget, config, files, 1, classPath, ExtractionWorker.class.getName());
  }

  /** The general form; {@code mainClass}: {@link ExtractionWorker}, or a test's worker. */
  ForkedExtraction(FileBudget budget, IngestConfig config, long files, int concurrency,
                   String classPath, String mainClass) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, not " + concurrency);
    }
    this.budget = budget;
    this.command = new WorkerCommand(Objects.requireNonNull(classPath, "classPath"), mainClass,
        config, concurrency, budget.heapMb(), files <= QUICK_START_FILES);
    this.slots = new Semaphore(concurrency * (1 + QUEUED_PER_THREAD), true);
  }

  /**
   * How many callers this extraction keeps busy: the files the worker runs at once and one queued
   * for each (a pool of this many threads sharing it). More callers wait for a slot; fewer leave
   * the worker's threads waiting between files.
   */
  public int callers() {
    return command.threads() * (1 + QUEUED_PER_THREAD);
  }

  public FileBudget budget() {
    return budget;
  }

  @Override
  public ExtractedDocument extract(Path file) {
    Answer a = run(file, null);
    return a.failure() != null ? a.failure() : read(file, a.reply().json());
  }

  /** The worker's JSON bytes as they are, with its summary: nothing is decoded or parsed here. */
  @Override
  public SerializedDocument extractSerialized(Path file) {
    return serialized(file, run(file, null));
  }

  private SerializedDocument serialized(Path file, Answer a) {
    if (a.failure() != null) {
      return SerializedDocument.of(a.failure());
    }
    InFlightFile.Reply r = a.reply();
    if (r.summary() == null) { // an unreadable summary: read the document itself
      return SerializedDocument.of(read(file, r.json()));
    }
    return new SerializedDocument(r.json(), r.summary().reports(), r.summary().errors());
  }

  /**
   * The worker writes the document's JSON to {@code output} itself and answers with its summary
   * only, so the JSON (tens of KB a file) is neither sent nor written again here. What the worker
   * could not write (a failure this JVM reports: over time, a death; or an output the worker
   * could not write) is written here. A failure is written after the worker that ran the file has
   * ended ({@link WorkerChannel#kill()} waits for it), so the worker cannot overwrite it.
   */
  @Override
  public ExtractionSummary extractTo(Path file, Path output) throws IOException {
    Answer a = run(file, output);
    if (a.failure() != null || !a.reply().written()) {
      SerializedDocument d = serialized(file, a);
      d.writeTo(output);
      return d.summary();
    }
    if (a.reply().summary() == null) { // an unreadable summary: read the document it wrote
      return SerializedDocument.of(read(file, Files.readAllBytes(output))).summary();
    }
    return a.reply().summary();
  }

  private ExtractedDocument read(Path file, byte[] json) {
    try {
      return ReportJson.mapper().readValue(json, ExtractedDocument.class);
    } catch (IOException e) {
      return failure(file, "audit", "unreadable answer of the worker: " + e.getMessage());
    }
  }

  /** A worker's reply to a file, or the document of the file's failure. */
  private record Answer(InFlightFile.Reply reply, ExtractedDocument failure) {
    static Answer failed(ExtractedDocument d) {
      return new Answer(null, d);
    }
  }

  /**
   * The file in the shared worker, and alone when that cannot tell its outcome; the worker writes
   * its JSON to {@code output} unless that is null.
   */
  private Answer run(Path file, Path output) {
    if (!waited(slots::acquire)) {
      return interrupted(file);
    }
    try {
      for (int aborts = 0; aborts < ABORTS_BEFORE_ALONE; aborts++) {
        WorkerSession s;
        try {
          s = sharedSession();
        } catch (IOException e) {
          return notStarted(file, e);
        }
        InFlightFile f = s.submit(file, output);
        InFlightFile.Outcome o = await(s, f);
        if (o == InFlightFile.Outcome.DIED
            && !(f.alone() && f.death().blamesTheFileInFlight())) {
          return runAlone(file, output); // the culprit is unknown: each file in flight runs alone
        }
        if (o != InFlightFile.Outcome.ABORTED || Thread.currentThread().isInterrupted()) {
          return answer(f, o);
        }
      }
      return runAlone(file, output);
    } finally {
      slots.release();
    }
  }

  /** The file in a worker of its own, one file at a time: the per-file budgets exactly. */
  private Answer runAlone(Path file, Path output) {
    if (!waited(aloneLock::lockInterruptibly)) {
      return interrupted(file);
    }
    try {
      if (alone == null || !alone.usable()) {
        try {
          alone = WorkerSession.start(command.alone());
        } catch (IOException e) {
          return notStarted(file, e);
        }
      }
      WorkerSession s = alone;
      InFlightFile f = s.submit(file, output);
      return answer(f, await(s, f));
    } finally {
      if (!aloneLock.hasQueuedThreads() && alone != null) {
        alone.close(); // runs alone are rare: no idle worker is kept for them
        alone = null;
      }
      aloneLock.unlock();
    }
  }

  /** A wait for a slot or a lock that an interrupt may end. */
  private interface Wait {
    void run() throws InterruptedException;
  }

  /**
   * Whether {@code wait} ended normally; false when the thread was interrupted, its interrupt
   * flag set again.
   */
  private static boolean waited(Wait wait) {
    try {
      wait.run();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The answer for a file whose thread was interrupted before the file was run. */
  private static Answer interrupted(Path file) {
    return Answer.failed(failure(file, "ingest", "interrupted in ingest"));
  }

  /** The answer for a file whose worker process could not be started. */
  private static Answer notStarted(Path file, IOException e) {
    return Answer.failed(failure(file, "ingest", "could not start the worker process: "
        + e.getMessage()));
  }

  /** Waits for the file within budget; kills the worker when the file runs out of time. */
  private InFlightFile.Outcome await(WorkerSession s, InFlightFile f) {
    InFlightFile.Outcome o;
    try {
      o = f.await(budget.timeout(), STARTUP);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return InFlightFile.Outcome.ABORTED;
    }
    if (o == InFlightFile.Outcome.OVER_TIME || o == InFlightFile.Outcome.NOT_TAKEN) {
      s.kill();
    }
    return o;
  }

  private Answer answer(InFlightFile f, InFlightFile.Outcome o) {
    String stage = f.stage();
    return switch (o) {
      case ANSWERED -> new Answer(f.reply(), null);
      case OVER_TIME -> Answer.failed(failure(f.file(), stage, "gave up after " + seconds()
          + " in " + stage + " (the time budget per file; --file-timeout)"));
      case NOT_TAKEN -> Answer.failed(failure(f.file(), stage, "the worker process did not take "
          + "the file within " + STARTUP.toSeconds() + " s"));
      case DIED -> Answer.failed(failure(f.file(), stage, f.death().reason(stage,
          budget.heapMb())));
      case ABORTED -> Answer.failed(failure(f.file(), stage, Thread.currentThread().isInterrupted()
          ? "interrupted in " + stage : "the worker process was stopped in " + stage));
    };
  }

  /**
   * Starts the shared worker now, on a thread of its own, so that its JVM start overlaps what the
   * caller does before its first file (the launcher's folder walk and format detection take about
   * as long as the worker's start). Nothing is reported here: a worker that cannot start fails
   * the first file, which starts it again and says why.
   */
  public void startEarly() {
    Thread t = new Thread(() -> {
      try {
        sharedSession();
      } catch (IOException | RuntimeException e) {
        // the first file starts the worker again and reports the reason
      }
    }, "ziping-worker-start");
    t.setDaemon(true);
    synchronized (sharedLock) {
      starter = t;
    }
    t.start();
  }

  /**
   * Runs the shared worker as one kept between batches ({@link KeptWorkers}): the registered one
   * when it is free, else a new one that stays for the next batch. Call before the first file.
   */
  public ForkedExtraction keepWorker(KeptWorkers kept) {
    synchronized (sharedLock) {
      this.kept = kept;
    }
    return this;
  }

  /** The shared worker, started if there is none or the last one was killed or has died. */
  private WorkerSession sharedSession() throws IOException {
    synchronized (sharedLock) {
      if (shared == null || !shared.usable()) {
        shared = startShared();
      }
      return shared;
    }
  }

  /** A kept worker when asked for and free, else a worker of this batch. */
  private WorkerSession startShared() throws IOException {
    if (kept != null) {
      try {
        Optional<WorkerChannel> c = kept.connect(command);
        if (c.isPresent()) {
          return WorkerSession.open(c.get());
        }
      } catch (IOException e) {
        LOG.warn("no kept worker ({}); this batch runs a worker of its own", e.getMessage());
      }
    }
    return WorkerSession.start(command);
  }

  private String seconds() {
    long ms = budget.timeout().toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }

  private static ExtractedDocument failure(Path file, String stage, String message) {
    String sha = null;
    try {
      sha = DocumentReader.sha256(file);
    } catch (IOException | RuntimeException e) {
      // the reason stays the budget's; the file's own problem shows when it is read alone
    }
    return new ExtractedDocument(ExtractedDocument.SCHEMA_VERSION,
        new SourceRef(file.toString(), null, sha, null), List.of(),
        List.of(new ErrorEntry(file.toString(), stage, message)));
  }

  /**
   * Ends the worker (it records the class-data archive if asked to); a later file starts another.
   * Idempotent: the N threads of a pool sharing this instance may each close it.
   */
  @Override
  public void close() {
    Thread t;
    synchronized (sharedLock) {
      t = starter;
      starter = null;
    }
    if (t != null) {
      try {
        t.join(); // else a worker it starts after this close would be left running
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    WorkerSession s;
    synchronized (sharedLock) {
      s = shared;
      shared = null;
    }
    if (s != null) {
      s.close();
    }
  }
}
