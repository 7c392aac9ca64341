package org.ziping.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ziping.ingest.IngestConfig;
import org.ziping.ingest.OcrMode;

/**
 * The main class of a worker JVM started by {@link ForkedExtraction}: reads file paths from stdin
 * and runs up to N of them at once ({@link WorkerDispatcher}), answering each with the stages it
 * enters and then the extracted document as JSON, or, when the request names an output file, the
 * document written there and a summary only, on stdout, tagged with the file's id (see
 * {@link WorkerProtocol}). Everything else the libraries print goes to stderr, which the
 * supervisor logs at debug level.
 *
 * <p>Arguments: the OCR mode, the text limit of a report, the number of files at once (default 1)
 * and the memory budget of one file in MB (default 0, none). The worker runs with
 * {@code -XX:+ExitOnOutOfMemoryError}: a file that needs more heap than there is ends the worker,
 * never the batch; with more than one file at once, {@link HeapBudgetGuard} ends it as soon as the
 * heap holds more than one file's budget. Before the first request the worker extracts a few lines
 * of a report, so that the first file's time budget measures the file, not the worker's start.
 * Started with {@value KeptWorkerServer#REGISTRY_PROPERTY}, the worker is a kept one
 * ({@link KeptWorkerServer}): it serves batch after batch over a loopback socket instead of one
 * batch on stdin.
 *
 * <p>Started with the system property {@value KeptWorkerServer#REGISTRY_PROPERTY}, the worker is
 * a kept one ({@link KeptWorkerServer}): it serves batch after batch over a loopback socket
 * instead of one batch on stdin and stdout.
 */
public final class ExtractionWorker {
  private ExtractionWorker() {}

  public static void main(String[] args) throws IOException {
    serve(args, config -> new StandardExtraction(config)::extract);
  }

  /** The worker's loop with the extraction {@code make} builds for each thread. */
  static void serve(String[] args, Function<IngestConfig, StagedExtraction> make)
      throws IOException {
    DataOutputStream out = new DataOutputStream(
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
    System.setOut(System.err); // only the protocol may use stdout
    Path keep = KeptWorkerServer.registry();
    if (keep == null) {
      WorkerProtocol.writeHello(out);
    }
    DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
    IngestConfig config = IngestConfig.defaults();
    if (args.length > 0) {
      config = config.withOcr(OcrMode.valueOf(args[0]));
    }
    if (args.length > 1) {
      config = config.withMaxTextChars(Integer.parseInt(args[1]));
    }
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    int fileHeapMb = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    if (threads > 1 && fileHeapMb > 0) {
      HeapBudgetGuard.install(fileHeapMb);
    }
    IngestConfig c = config;
    long t0 = System.nanoTime();
    StagedExtraction warm = make.apply(c);
    warmUp(warm);
    // the supervisor's debug log shows it (docs/speed.md: where a batch's start-up goes)
    System.err.printf("ziping worker: ready at %d ms of its JVM (warm-up %d ms)%n",
        ManagementFactory.getRuntimeMXBean().getUptime(),
        (System.nanoTime() - t0) / 1_000_000);
    // the first thread takes the warmed extraction; the others build theirs
    AtomicReference<StagedExtraction> spare = new AtomicReference<>(warm);
    Supplier<StagedExtraction> perThread = () -> {
      StagedExtraction x = spare.getAndSet(null);
      return x != null ? x : make.apply(c);
    };
    if (keep != null) {
      KeptWorkerServer.serve(keep, threads, perThread, out); // batch after batch, until idle
    } else {
      new WorkerDispatcher(threads, perThread, out).serve(in);
    }
  }

  /**
   * Loads the stages' classes and dictionaries on a few lines of a report before the first file,
   * so that a file's time budget measures the file, not the worker's start.
   */
  private static void warmUp(StagedExtraction extraction) {
    try {
      Path t = Files.createTempFile("ziping-warmup", ".txt");
      try {
        Files.writeString(t, "某县财政局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
            + "年初预算数100.00万元，全年预算数120.00万元，实际支出108.00万元，执行率90.00%。\n"
            + "二、自评得分\n综合得分95分，等级为优。\n", StandardCharsets.UTF_8);
        extraction.extract(t, stage -> { });
      } finally {
        Files.deleteIfExists(t);
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("ziping worker: warm-up failed: " + e);
    }
  }
}
