package org.ziping.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.ziping.report.ExtractedDocument;

/**
 * A worker JVM for the tests of {@link ForkedExtraction}: the real {@link ExtractionWorker} loop
 * (its dispatcher, protocol, heap guard and JVM options) with faults a file's name asks for, and
 * the real extraction otherwise. Faults that must meet another file in flight wait for it only
 * in a worker running several files at once.
 *
 * <ul>
 *   <li>{@code hang}: enters parse and never ends;</li>
 *   <li>{@code oom}: enters parse, waits for a partner, then allocates until the heap runs out;</li>
 *   <li>{@code crash}: enters parse, waits for a partner, then ends the JVM with exit code 134;</li>
 *   <li>{@code partner}: in a shared worker, tells the fault above it is in flight and waits for
 *       the worker's end; alone, the real extraction;</li>
 *   <li>{@code late}: the first time (no {@code .ran} marker beside it), waits until a hang has
 *       begun, takes the file 3 s later and waits for the worker's end; then the real
 *       extraction;</li>
 *   <li>{@code hold}: holds 0.9 times the per-file memory budget through a full collection
 *       (more than the old generation of a heap of one budget holds, less than that of two),
 *       then the real extraction;</li>
 *   <li>{@code slow}: takes the file (its first stage frame), sleeps 4 s, then the real
 *       extraction;</li>
 *   <li>{@code count}: appends "shared" or "alone" (a worker running several files at once or
 *       one) to a {@code .runs} file beside it, then the real extraction.</li>
 * </ul>
 * A {@code crash} in a shared worker waits 2 s after its partner is in flight, so that files sent
 * after the two reach the worker's queue before it ends.
 */
final class FaultyWorker {
  private static final CountDownLatch HANG_BEGUN = new CountDownLatch(1);
  private static final CountDownLatch PARTNER_IN_FLIGHT = new CountDownLatch(1);
  private static final List<byte[]> HELD = new ArrayList<>();

  private FaultyWorker() {}

  public static void main(String[] args) throws IOException {
    boolean shared = Integer.parseInt(args[2]) > 1;
    int fileHeapMb = Integer.parseInt(args[3]);
    ExtractionWorker.serve(args, config -> {
      StandardExtraction real = new StandardExtraction(config);
      return (file, stages) -> extract(file, stages, real, shared, fileHeapMb);
    });
  }

  private static ExtractedDocument extract(Path file, Consumer<String> stages,
      StandardExtraction real, boolean shared, int fileHeapMb) {
    String name = file.getFileName().toString();
    try {
      if (name.contains("hang")) {
        stages.accept("ingest");
        stages.accept("parse");
        HANG_BEGUN.countDown();
        Thread.sleep(Long.MAX_VALUE);
      } else if (name.contains("oom") || name.contains("crash")) {
        stages.accept("ingest");
        stages.accept("parse");
        if (shared) {
          PARTNER_IN_FLIGHT.await(60, TimeUnit.SECONDS);
        }
        if (name.contains("crash")) {
          if (shared) {
            Thread.sleep(2_000);
          }
          Runtime.getRuntime().halt(134);
        }
        List<long[]> all = new ArrayList<>();
        while (true) {
          all.add(new long[1 << 17]);
        }
      } else if (name.contains("partner") && shared) {
        stages.accept("ingest");
        PARTNER_IN_FLIGHT.countDown();
        Thread.sleep(Long.MAX_VALUE);
      } else if (name.contains("late") && !Files.exists(marker(file))) {
        Files.createFile(marker(file));
        HANG_BEGUN.await(60, TimeUnit.SECONDS);
        Thread.sleep(3_000);
        stages.accept("ingest");
        Thread.sleep(Long.MAX_VALUE);
      } else if (name.contains("slow")) {
        stages.accept("ingest");
        Thread.sleep(4_000);
      } else if (name.contains("count")) {
        Files.writeString(file.resolveSibling(name + ".runs"), shared ? "shared\n" : "alone\n",
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } else if (name.contains("hold")) {
        stages.accept("ingest");
        stages.accept("parse");
        for (long mb = 0; mb < fileHeapMb * 9L / 10; mb++) {
          HELD.add(new byte[1 << 20]);
        }
        System.gc();
        Thread.sleep(2_000);
        HELD.clear();
      }
    } catch (InterruptedException | IOException e) {
      throw new IllegalStateException(e);
    }
    return real.extract(file, stages);
  }

  private static Path marker(Path file) {
    return file.resolveSibling(file.getFileName() + ".ran");
  }
}
