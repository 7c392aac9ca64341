package org.ziping.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ziping.ingest.IngestConfig;
import org.ziping.pipeline.InputFiles;
import org.ziping.pipeline.KeptWorkers;
import org.ziping.report.ReportJson;
import org.ziping.pipeline.Extraction;
import org.ziping.pipeline.FileBudget;
import org.ziping.pipeline.ForkedExtraction;
import org.ziping.pipeline.ExtractionPool;
import org.ziping.pipeline.OrderedPool;
import org.ziping.pipeline.ExtractionSummary;
import org.ziping.pipeline.SerializedDocument;
import org.ziping.pipeline.StandardExtraction;
import org.ziping.pipeline.StreamedWalk;
import org.ziping.report.ErrorEntry;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.SourceRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ziping extract}: one report JSON per input file (output-contract.md). Each file is
 * extracted in a worker JVM under a time and memory budget ({@link ForkedExtraction}: one worker
 * running a file per thread), so a file that hangs or runs out of memory ends in {@code errors}
 * and the batch goes on.
 */
@Command(name = "extract",
    description = "Extract reports (sections, figures, budget and indicator tables, scores, "
        + "findings) as JSON, one document per input file; a folder is walked.")
public final class ExtractCommand extends DocumentCommand {
  @Mixin
  ExtractionOptions extraction = new ExtractionOptions();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "write <input name>.json files into DIR, keeping each file's path under the "
          + "folder given; without it a single input prints to stdout and several print as one "
          + "JSON array")
  Path outDir;

  @Option(names = "--threads", paramLabel = "N",
      description = "files extracted at once, each by its own worker (default: the available "
          + "processors, ${DEFAULT-VALUE}); the output is the same for any N")
  int threads = OrderedPool.defaultThreads();

  @Option(names = "--keep-worker", arity = "0..1", paramLabel = "SECONDS", fallbackValue = "600",
      description = "keep the worker JVM warm after this batch, for the next extract with the same "
          + "settings, until it has waited SECONDS (default 600) for one")
  Integer keepWorker;

  @Option(names = "--in-process",
      description = "extract in this JVM, without worker processes and their budgets (debugging)")
  boolean inProcess;

  /**
   * A file failed when a stage reported an error, or when nothing was read from it (also the
   * Spark job's count of failed files).
   */
  public static boolean failed(ExtractedDocument d) {
    return d.reports().isEmpty() || d.errors().stream().anyMatch(e -> !e.warning());
  }

  /** The system property naming the folder of kept workers' registry files. */
  static final String KEPT_WORKERS_PROPERTY = "ziping.worker.keep.dir";

  @Override
  public Integer call() throws Exception {
    PrintWriter out = out();
    PrintWriter err = err();
    Optional<ExtractionOptions.Settings> settings = extraction.settings(ocr, err, "ziping: extract");
    if (settings.isEmpty()) {
      return Main.EXIT_USAGE;
    }
    FileBudget budget = settings.get().budget();
    IngestConfig config = settings.get().config();
    if (threads < 1) {
      err.println("ziping: extract: --threads must be at least 1");
      return Main.EXIT_USAGE;
    }
    if (keepWorker != null && (keepWorker < 1 || inProcess)) {
      err.println("ziping: extract: --keep-worker takes a positive number of seconds and the "
          + "worker JVM (not --in-process)");
      return Main.EXIT_USAGE;
    }
    // the threads share one worker JVM running a file per thread (or each has an extraction in
    // this JVM with --in-process); results come back in input order, so the output does not
    // depend on the thread count. Each document's JSON is written once, where it is made: with
    // -o the worker JVM writes it to its file (only the summary comes back), else its answer is
    // printed as it is. The worker starts before the folder walk, and the first file goes to it
    // while the walk is still detecting the types of the files after it (StreamedWalk).
    Map<InputFiles.Input, SerializedDocument> collected = new ConcurrentHashMap<>();
    List<InputFiles.Input> inputs = new ArrayList<>();
    int[] failed = {0};
    int[] reports = {0};
    try (ForkedExtraction forked = inProcess ? null : startWorker(budget, config)) {
      StreamedWalk walk = inputPaths.stream();
      Iterable<InputFiles.Input> batch = walk;
      long announced = walk.expected();
      if (outDir != null) {
        try {
          InputFiles.outputs(walk.possibleInputs(), outDir, ".json");
        } catch (IllegalArgumentException possibleClash) {
          // names clash only among the possible inputs: the exact inputs decide (all detected)
          List<InputFiles.Input> all = walk.drain().inputs();
          try {
            InputFiles.outputs(all, outDir, ".json");
          } catch (IllegalArgumentException e) {
            inputPaths.report(walk, err, "extract");
            err.println("ziping: extract: " + e.getMessage());
            return Main.EXIT_USAGE;
          }
          batch = all;
          announced = all.size();
        }
        Files.createDirectories(outDir);
      }
      Progress progress = Progress.of(err, "extract", announced);
      walk.onExpected(progress::total);
      // with a worker: two callers per worker thread, so the worker has the next file queued
      new OrderedPool<Extraction, InputFiles.Input, ExtractionSummary>(
          inProcess ? threads : forked.callers(),
          () -> inProcess ? new StandardExtraction(config) : forked,
          (extraction, in) -> outDir != null
              ? extractTo(extraction, in.file(), InputFiles.outputOf(in, outDir, ".json"))
              : keep(collected, in, extractOne(extraction, in.file())),
          (in, e) -> {
            SerializedDocument d = SerializedDocument.of(ExtractionPool.failure(in.file(), e));
            return outDir != null ? write(d, in.file(), InputFiles.outputOf(in, outDir, ".json"))
                : keep(collected, in, d);
          })
          .run(batch, (in, d) -> {
            inputs.add(in);
            progress.step();
            reports[0] += d.reports();
            d.errors().forEach(e -> err.println("ziping: " + (e.warning() ? "warning" : "error")
                + ": " + e.file() + ": " + e.stage() + ": " + firstLine(e.message())));
            err.flush();
            if (d.failed()) {
              failed[0]++;
            }
          });
      progress.finish();
      inputPaths.report(walk, err, "extract");
    }
    if (outDir == null) {
      List<SerializedDocument> docs = inputs.stream().map(collected::get).toList();
      out.print(docs.size() == 1 ? docs.get(0).json()
          : ReportJson.write(docs.stream().map(SerializedDocument::document).toList()));
      out.flush();
    }
    err.printf("extract: %d files, %d reports, %d failed%n", inputs.size(), reports[0], failed[0]);
    err.flush();
    return failed[0] == 0 ? Main.EXIT_OK : Main.EXIT_INPUT_FAILED;
  }

  /**
   * The shared worker of the batch, already starting: sized (C1 only for a short batch,
   * {@link ForkedExtraction#QUICK_START_FILES}) by the files the paths hold at most.
   */
  private ForkedExtraction startWorker(FileBudget budget, IngestConfig config) throws IOException {
    ForkedExtraction forked = new ForkedExtraction(budget, config, inputPaths.countAtMost(),
        threads);
    if (keepWorker != null) {
      forked.keepWorker(new KeptWorkers(keptWorkersFolder(), Duration.ofSeconds(keepWorker)));
    }
    forked.startEarly();
    return forked;
  }

  /**
   * Where kept workers are registered: {@code app/target/workers} through bin/ziping (the system
   * property {@value #KEPT_WORKERS_PROPERTY}), else a folder of this user's under the temporary
   * folder.
   */
  static Path keptWorkersFolder() {
    String dir = System.getProperty(KEPT_WORKERS_PROPERTY);
    return dir != null && !dir.isBlank() ? Path.of(dir)
        : Path.of(System.getProperty("java.io.tmpdir"),
            "ziping-workers-" + System.getProperty("user.name", "user"));
  }

  /** Keeps the document of {@code in} for the standard output; returns its summary. */
  private static ExtractionSummary keep(Map<InputFiles.Input, SerializedDocument> collected,
                                        InputFiles.Input in, SerializedDocument d) {
    collected.put(in, d);
    return d.summary();
  }

  /**
   * The extraction of one file written to {@code output} (by the worker JVM that ran it, or here);
   * an output that cannot be written fails the file, and the batch goes on.
   */
  private static ExtractionSummary extractTo(Extraction extraction, Path f, Path output) {
    try {
      return extraction.extractTo(f, output);
    } catch (OutOfMemoryError | StackOverflowError e) {
      return write(failure(f, e), f, output);
    } catch (IOException e) {
      return outputFailed(f, output, e);
    }
  }

  /** Writes {@code d} to {@code output}; returns its summary, or the write's failure. */
  private static ExtractionSummary write(SerializedDocument d, Path f, Path output) {
    try {
      d.writeTo(output);
      return d.summary();
    } catch (IOException e) {
      return outputFailed(f, output, e);
    }
  }

  /** The summary of a file whose output could not be written (stage {@code output}). */
  private static ExtractionSummary outputFailed(Path f, Path output, IOException e) {
    return new ExtractionSummary(0, List.of(new ErrorEntry(f.toString(), "output",
        "cannot write " + output + ": " + e)));
  }

  private static SerializedDocument failure(Path f, Throwable e) {
    return SerializedDocument.of(new ExtractedDocument(ExtractedDocument.SCHEMA_VERSION,
        new SourceRef(f.toString(), null, null, null), List.of(),
        List.of(new ErrorEntry(f.toString(), "extract", e.toString()))));
  }

  /** The extraction of one file; in this JVM an {@link OutOfMemoryError} fails only this file. */
  private static SerializedDocument extractOne(Extraction extraction, Path f) {
    try {
      return extraction.extractSerialized(f);
    } catch (OutOfMemoryError | StackOverflowError e) {
      return failure(f, e);
    }
  }

  private static String firstLine(String m) {
    if (m == null) {
      return "";
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
