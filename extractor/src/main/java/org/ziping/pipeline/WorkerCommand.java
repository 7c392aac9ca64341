package org.ziping.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ziping.ingest.IngestConfig;

/**
 * The command line of a worker JVM: {@code threads} files at once in a heap of {@code threads}
 * times the per-file budget, {@code -XX:+ExitOnOutOfMemoryError} (the JVM's own messages on
 * stderr, away from the frames), the serial collector, transparent huge pages where the kernel
 * gives them on request, C1
 * compilation only for a short batch ({@code quickStart}), the class-data archive
 * ({@link WorkerClassData}), then {@code ZIPING_WORKER_OPTS} (JVM options of the caller's
 * choice), the class path and the worker's arguments ({@link ExtractionWorker}).
 *
 * @param classPath  the worker's class path
 * @param mainClass  the worker's main class ({@link ExtractionWorker}; tests give another)
 * @param config     the OCR mode and text limit the worker ingests with
 * @param threads    how many files the worker runs at once
 * @param fileHeapMb the memory budget of one file in MB
 * @param quickStart whether the worker compiles with C1 only
 */
record WorkerCommand(String classPath, String mainClass, IngestConfig config, int threads,
                     int fileHeapMb, boolean quickStart) {

  /**
   * Whether the kernel gives transparent huge pages to a process that asks for them (its setting
   * {@code madvise}), as bin/ziping asks for the launcher's JVMs: the worker's heap and code cache
   * in 2 MB pages cost fewer page faults and TLB misses (a warm kept worker: ×0.97 of the CPU per
   * batch, docs/speed.md). With {@code always} the kernel gives them anyway; with {@code never}
   * the JVM would warn on every start.
   */
  static final boolean HUGE_PAGES_ON_REQUEST =
      hugePagesOnRequest(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));

  /** Whether {@code setting} (the kernel's THP setting file) selects {@code madvise}. */
  static boolean hugePagesOnRequest(Path setting) {
    try {
      return Files.readString(setting).contains("[madvise]");
    } catch (IOException | RuntimeException e) {
      return false; // not Linux, or no THP: nothing to ask for
    }
  }

  /** The same command for a worker kept between batches: tiered compilation (it lives long). */
  WorkerCommand kept() {
    return new WorkerCommand(classPath, mainClass, config, threads, fileHeapMb, false);
  }

  /** The same command for a worker that runs one file at a time. */
  WorkerCommand alone() {
    return new WorkerCommand(classPath, mainClass, config, 1, fileHeapMb, true);
  }

  List<String> line(List<String> classData) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + (long) threads * fileHeapMb + "m");
    cmd.add("-XX:+ExitOnOutOfMemoryError");
    cmd.add("-XX:+DisplayVMOutputToStderr"); // "Terminating due to ..." must not reach the frames
    cmd.add("-XX:+UseSerialGC");
    if (HUGE_PAGES_ON_REQUEST) {
      cmd.add("-XX:+UseTransparentHugePages");
    }
    if (quickStart) {
      cmd.add("-XX:TieredStopAtLevel=1");
    }
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-Djava.awt.headless=true");
    cmd.addAll(classData);
    String extra = System.getenv("ZIPING_WORKER_OPTS");
    if (extra != null && !extra.isBlank()) {
      cmd.addAll(List.of(extra.strip().split("\\s+")));
    }
    cmd.add("-cp");
    cmd.add(classPath);
    cmd.add(mainClass);
    cmd.add(config.ocr().name());
    cmd.add(Integer.toString(config.maxTextChars()));
    cmd.add(Integer.toString(threads));
    cmd.add(Integer.toString(fileHeapMb));
    return cmd;
  }
}
