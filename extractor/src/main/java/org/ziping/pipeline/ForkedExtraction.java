package org.ziping.pipeline;

import java.io.BufferedReader;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ziping.ingest.DocumentReader;
import org.ziping.io.Json;
import org.ziping.report.ErrorEntry;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.SourceRef;

/**
 * The extraction of each file in a worker JVM of its own heap ({@code -Xmx}), under a wall-time
 * budget ({@link FileBudget}): the robust way to keep one hostile file from costing the others.
 *
 * <p>Algorithm: one worker process ({@link ExtractionWorker}, same class path as this JVM) is
 * started on first use and reused for file after file. The file's path is sent; the worker reports
 * each stage it enters and then the document's JSON. When the budget's time runs out the worker is
 * killed and the file gets an error "gave up after N s in STAGE"; when the worker dies (an
 * {@link OutOfMemoryError} ends it through {@code -XX:+ExitOnOutOfMemoryError}, or a native crash)
 * the file gets "needs more than N MB of memory in STAGE" or the exit code. Either way the next
 * file starts a fresh worker. The worker's stderr (library warnings and traces) goes to this JVM's
 * log at debug level ({@code org.ziping.worker}); the user sees one line per failed file.
 *
 * <p>One instance serves one file at a time; a pool of N instances used from N threads runs N
 * workers (the batch keeps the output order). A worker of a short batch compiles with C1 only
 * ({@link #QUICK_START_FILES}); {@code ZIPING_WORKER_OPTS} adds JVM options of the caller's
 * choice. Limits: a worker costs a JVM start (about a second) and its warm-up, paid again after
 * each killed file.
 */
public final class ForkedExtraction implements Extraction, AutoCloseable {
  private static final Logger WORKER_LOG = LoggerFactory.getLogger("org.ziping.worker");
  private static final int STDERR_TAIL = 40;
  /** The exit status of a JVM ended by {@code -XX:+ExitOnOutOfMemoryError}. */
  private static final int OOM_EXIT = 3;
  /** How long a worker JVM may take to start and take its first file. */
  private static final java.time.Duration STARTUP = java.time.Duration.ofSeconds(120);
  private static final Frame DIED = new Frame((byte) 0, "");

  /**
   * Up to this many files per worker, the worker JVM compiles with C1 only. Measured on the
   * 2-core machine (docs/speed.md, "Worker JVMs"): 300 seed-size txt files on 2 workers took 22 s
   * of CPU with the JVM's tiered compilation (its C2 compiler threads working through the warm-up)
   * and 15 s with C1 only; in a warm JVM, C1 code costs about 2-3 ms more per file, so C2 pays
   * for its warm-up (about 3.5 s of CPU per worker) after some 1,300 files.
   */
  public static final long QUICK_START_FILES = 1_000;

  private final FileBudget budget;
  private final boolean quickStart;
  private final org.ziping.ingest.IngestConfig config;
  private final String classPath;
  private Process process;
  private DataOutputStream toWorker;
  private BlockingQueue<Frame> frames;
  private Deque<String> stderrTail;
  private Thread stderrReader;

  private record Frame(byte type, String text) {}

  public ForkedExtraction(FileBudget budget) {
    this(budget, org.ziping.ingest.OcrMode.AUTO);
  }

  /** Workers that read scanned pages as {@code ocr} says (passed on their command line). */
  public ForkedExtraction(FileBudget budget, org.ziping.ingest.OcrMode ocr) {
    this(budget, org.ziping.ingest.IngestConfig.defaults().withOcr(ocr));
  }

  /**
   * Workers that ingest with the OCR mode and the text limit of {@code config} (passed on their
   * command line; its other settings are the defaults).
   */
  public ForkedExtraction(FileBudget budget, org.ziping.ingest.IngestConfig config) {
    this(budget, config, Long.MAX_VALUE);
  }

  /**
   * Workers as {@link #ForkedExtraction(FileBudget, org.ziping.ingest.IngestConfig)} for a batch
   * that gives each worker about {@code filesPerWorker} files: up to {@value #QUICK_START_FILES}
   * the worker JVM compiles with C1 only ({@code -XX:TieredStopAtLevel=1}).
   */
  public ForkedExtraction(FileBudget budget, org.ziping.ingest.IngestConfig config,
                          long filesPerWorker) {
    this(budget, config, filesPerWorker, System.getProperty("java.class.path"));
  }

  /**
   * Workers as {@link #ForkedExtraction(FileBudget, org.ziping.ingest.IngestConfig, long)} started
   * with the class path {@code classPath} instead of this JVM's {@code java.class.path}: for a
   * caller whose own classes came through a class loader of their own (a Spark executor loads the
   * application jar so, and its {@code java.class.path} holds only Spark).
   */
  public ForkedExtraction(FileBudget budget, org.ziping.ingest.IngestConfig config,
                          long filesPerWorker, String classPath) {
    this.budget = budget;
    this.config = config;
    this.quickStart = filesPerWorker <= QUICK_START_FILES;
    this.classPath = java.util.Objects.requireNonNull(classPath, "classPath");
  }

  public FileBudget budget() {
    return budget;
  }

  @Override
  public synchronized ExtractedDocument extract(Path file) {
    Answer a = exchange(file);
    if (a.failure() != null) {
      return a.failure();
    }
    try {
      return Json.mapper().readValue(a.json(), ExtractedDocument.class);
    } catch (IOException e) {
      return failure(file, "audit", "unreadable answer of the worker: " + e.getMessage());
    }
  }

  /** The worker's JSON as it is, with its summary: nothing is parsed or written again here. */
  @Override
  public synchronized SerializedDocument extractSerialized(Path file) {
    Answer a = exchange(file);
    if (a.failure() != null) {
      return SerializedDocument.of(a.failure());
    }
    if (a.summary() == null) { // a worker of another version: read the document itself
      return SerializedDocument.of(extractFrom(file, a.json()));
    }
    return new SerializedDocument(a.json(), a.summary().reports(), a.summary().errors());
  }

  private ExtractedDocument extractFrom(Path file, String json) {
    try {
      return Json.mapper().readValue(json, ExtractedDocument.class);
    } catch (IOException e) {
      return failure(file, "audit", "unreadable answer of the worker: " + e.getMessage());
    }
  }

  /** A worker's answer: its JSON and summary, or the document of a failure. */
  private record Answer(String json, WorkerProtocol.Summary summary, ExtractedDocument failure) {
    static Answer failed(ExtractedDocument d) {
      return new Answer(null, null, d);
    }
  }

  /** Sends the file to the worker (started if need be) and waits for its answer within budget. */
  private Answer exchange(Path file) {
    String stage = "ingest";
    try {
      if (process == null || !process.isAlive()) {
        start();
      }
      WorkerProtocol.writeText(toWorker, file.toString());
      toWorker.flush();
    } catch (IOException e) {
      stop();
      return Answer.failed(failure(file, stage, "could not start the worker process: "
          + e.getMessage()));
    }
    // the clock starts when the worker takes the file (its first stage), not while a JVM starts
    long deadline = System.nanoTime() + Math.max(STARTUP.toNanos(), budget.timeout().toNanos());
    boolean started = false;
    WorkerProtocol.Summary summary = null;
    BlockingQueue<Frame> queue = frames;
    while (true) {
      Frame f;
      try {
        f = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop();
        return Answer.failed(failure(file, stage, "interrupted in " + stage));
      }
      if (f == null && !started) {
        stop();
        return Answer.failed(failure(file, stage, "the worker process did not take the file "
            + "within " + STARTUP.toSeconds() + " s"));
      }
      if (f == null) {
        stop();
        return Answer.failed(failure(file, stage, "gave up after " + seconds() + " in " + stage
            + " (the time budget per file; --file-timeout)"));
      }
      if (f.type() == WorkerProtocol.STAGE) {
        stage = f.text();
        if (!started) {
          started = true;
          deadline = System.nanoTime() + budget.timeout().toNanos();
        }
      } else if (f.type() == WorkerProtocol.SUMMARY) {
        try {
          summary = Json.mapper().readValue(f.text(), WorkerProtocol.Summary.class);
        } catch (IOException e) {
          summary = null; // the document itself is read instead
        }
      } else if (f.type() == WorkerProtocol.RESULT) {
        return new Answer(f.text(), summary, null);
      } else {
        return Answer.failed(failure(file, stage, death(stage)));
      }
    }
  }

  private String seconds() {
    long ms = budget.timeout().toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }

  /** Why the worker died, from its exit code and the last lines of its stderr. */
  private String death(String stage) {
    int code;
    try {
      process.waitFor(10, TimeUnit.SECONDS);
      code = process.isAlive() ? -1 : process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      code = -1;
    }
    try {
      stderrReader.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<String> tail;
    synchronized (stderrTail) {
      tail = new ArrayList<>(stderrTail);
    }
    stop();
    if (code == OOM_EXIT || tail.stream().anyMatch(l -> l.contains("OutOfMemoryError"))) {
      return "needs more than " + budget.heapMb() + " MB of memory in " + stage
          + " (the memory budget per file; --file-memory)";
    }
    if (tail.stream().anyMatch(l -> l.contains("StackOverflowError"))) {
      return "nesting too deep to read in " + stage + " (stack overflow)";
    }
    return "the worker process died in " + stage + " (exit code " + code + ")";
  }

  private ExtractedDocument failure(Path file, String stage, String message) {
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

  private void start() throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + budget.heapMb() + "m");
    cmd.add("-XX:+ExitOnOutOfMemoryError");
    cmd.add("-XX:+UseSerialGC");
    if (quickStart) {
      cmd.add("-XX:TieredStopAtLevel=1");
    }
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-Djava.awt.headless=true");
    cmd.addAll(classDataSharing());
    String extra = System.getenv("ZIPING_WORKER_OPTS");
    if (extra != null && !extra.isBlank()) {
      cmd.addAll(List.of(extra.strip().split("\\s+")));
    }
    cmd.add("-cp");
    cmd.add(classPath);
    cmd.add(ExtractionWorker.class.getName());
    cmd.add(config.ocr().name());
    cmd.add(Integer.toString(config.maxTextChars()));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    process = pb.start();
    toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
    BlockingQueue<Frame> queue = new LinkedBlockingQueue<>();
    Deque<String> tail = new ArrayDeque<>();
    frames = queue;
    stderrTail = tail;
    long pid = process.pid();
    DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream()));
    Thread reader = new Thread(() -> {
      try {
        while (true) {
          byte type = in.readByte();
          queue.add(new Frame(type, WorkerProtocol.readText(in)));
        }
      } catch (IOException e) {
        queue.add(DIED);
      }
    }, "ziping-worker-" + pid + "-out");
    Thread errors = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          WORKER_LOG.debug("worker {}: {}", pid, line);
          synchronized (tail) {
            tail.addLast(line);
            if (tail.size() > STDERR_TAIL) {
              tail.removeFirst();
            }
          }
        }
      } catch (IOException e) {
        // the worker has gone
      }
    }, "ziping-worker-" + pid + "-err");
    reader.setDaemon(true);
    errors.setDaemon(true);
    reader.start();
    errors.start();
    stderrReader = errors;
  }

  /**
   * The class-data sharing options of a worker (AppCDS, JDK 13+ dynamic archives): with the system
   * property {@value #CDS_PROPERTY} naming an archive (the launcher sets it; the class path must
   * be a jar, which it is there), a worker maps the classes recorded in it instead of loading and
   * verifying them again; when the archive is missing, the first worker of this JVM records it when
   * it ends normally ({@link #close()}), into a file of its own that is then moved into place.
   * A missing, stale or unusable archive is ignored by the JVM (its messages are turned off).
   */
  private List<String> classDataSharing() {
    String name = System.getProperty(CDS_PROPERTY);
    if (name == null || name.isBlank()) {
      return List.of();
    }
    Path archive = Path.of(name);
    List<String> opts = new ArrayList<>(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
    if (java.nio.file.Files.isRegularFile(archive)) {
      opts.add("-XX:SharedArchiveFile=" + archive);
    } else if (archive.getParent() != null && java.nio.file.Files.isDirectory(archive.getParent())
        && RECORDING.compareAndSet(false, true)) {
      recording = archive;
      recordingTmp = archive.resolveSibling(archive.getFileName() + "."
          + ProcessHandle.current().pid() + ".tmp");
      opts.add("-XX:ArchiveClassesAtExit=" + recordingTmp);
    }
    return opts;
  }

  /** The system property naming the workers' class-data archive. */
  public static final String CDS_PROPERTY = "ziping.worker.cds";
  /** One worker per JVM records the archive. */
  private static final java.util.concurrent.atomic.AtomicBoolean RECORDING =
      new java.util.concurrent.atomic.AtomicBoolean();
  private Path recording;
  private Path recordingTmp;

  /** Moves the archive a worker recorded at its normal end into place (or drops a partial one). */
  private void finishRecording(boolean normalEnd) {
    if (recording == null) {
      return;
    }
    try {
      if (normalEnd && java.nio.file.Files.size(recordingTmp) > 0) {
        java.nio.file.Files.move(recordingTmp, recording,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      WORKER_LOG.debug("class-data archive {} not kept: {}", recording, e.toString());
    } finally {
      try {
        java.nio.file.Files.deleteIfExists(recordingTmp);
      } catch (IOException e) {
        // a stale temporary file; the next recording uses another name
      }
      recording = null;
      RECORDING.set(false);
    }
  }

  private void stop() {
    if (process != null) {
      finishRecording(false); // a killed worker writes no archive
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process = null;
    }
  }

  @Override
  public synchronized void close() {
    if (process != null) {
      try {
        toWorker.close(); // end of input: the worker returns
        // a worker that records the class-data archive writes it as it ends (a second or two)
        if (!process.waitFor(recording != null ? 60 : 5, TimeUnit.SECONDS)) {
          stop();
        } else {
          finishRecording(process.exitValue() == 0);
        }
      } catch (IOException | InterruptedException e) {
        stop();
      }
      process = null;
    }
  }
}
