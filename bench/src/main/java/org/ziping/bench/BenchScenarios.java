package org.ziping.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.audit.Auditor;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestConfig;
import org.ziping.model.DocumentModel;
import org.ziping.parse.ReportParser;
import org.ziping.pipeline.EvidenceSources;
import org.ziping.pipeline.ExtractionPool;
import org.ziping.pipeline.StandardExtraction;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.ReportJson;
import org.ziping.report.SourceRef;

/**
 * The bench's batch scenarios, beside the per-format ratios of {@link BenchCommand}:
 *
 * <ul>
 *   <li><b>stages</b>: where the time of one extraction goes, per format: ingest (format reader
 *       into the document model), parse (sections, metadata, figures, tables, scores, facts), audit
 *       (the rules) and JSON (writing the document), each timed around its own call on the same
 *       files, after warm-up rounds;
 *   <li><b>throughput</b>: the whole batch extracted and written as JSON through the
 *       {@link ExtractionPool} with 1 thread and with N, in files/s, and the heap: the most in use
 *       after a collection ({@link HeapAfterCollections}) and the pools' peaks summed, an upper
 *       bound; run with {@code -Xmx512m} to check a batch fits).
 *   <li><b>workers</b>: {@code ziping extract} as a user runs it (the launcher in a process of its
 *       own, one worker JVM running a file per thread under the per-file budgets, the JSON
 *       written to a folder)
 *       against this JVM on the same files on the same threads, warmed by a pass over the whole
 *       batch first: the warm-JVM rate, the ceiling of any isolation. Measured in turns (warm,
 *       extract, warm, extract …) so that each ratio pairs two measures taken moments apart.
 * </ul>
 *
 * <p>Limits: wall-clock on a shared machine; the figures are worth what the load around them
 * allows (the bench prints the system load average with them).
 */
public record BenchScenarios(PrintWriter out, int warmup, int rounds, boolean cpu,
                             int warmupFiles) {
  /**
   * The least time the kept worker of {@code --workers --keep-worker} waits for the next batch:
   * it must outlast the warm JVM's turn between two of its batches (at 10,000 files a turn takes
   * 40-60 s, so a fixed minute let it end and the next turn started a fresh worker), so it is
   * three times the warm-up run, at least this.
   */
  private static final int KEPT_WORKER_MIN_IDLE_SECONDS = 60;

  /** The clock of --stages: wall time, or this thread's CPU time with --cpu. */
  private long now() {
    return cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  private static final ThreadMXBean THREADS =
      ManagementFactory.getThreadMXBean();

  /** CPU time of the whole process (all threads), or -1 where the platform does not say. */
  static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
        instanceof OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
  }

  /** Milliseconds per file in each stage, for each format. */
  Map<String, Map<String, Double>> stages(Map<String, List<Path>> byFormat) throws Exception {
    DocumentReader reader = DocumentReader.standard(IngestConfig.defaults());
    ReportParser parser = new ReportParser();
    Auditor auditor = new Auditor();
    Map<String, Map<String, Double>> result = new LinkedHashMap<>();
    out.printf("%-5s %5s %10s %10s %10s %10s %10s  (ms per file, %s)%n", "fmt", "files", "ingest",
        "parse", "audit", "json", "total", cpu ? "thread CPU time" : "wall time");
    for (var e : byFormat.entrySet()) {
      long[] nanos = new long[4];
      for (int round = 0; round < warmup + rounds; round++) {
        boolean measured = round >= warmup;
        for (Path f : e.getValue()) {
          long t0 = now();
          DocumentModel doc = reader.read(f);
          long t1 = now();
          ReportParser.Parsed parsed = parser.parseDocument(doc);
          long t2 = now();
          var s = doc.source();
          ExtractedDocument d = EvidenceSources.attach(auditor.audit(new ExtractedDocument(
              ExtractedDocument.SCHEMA_VERSION, new SourceRef(s.file(), s.format(), s.sha256(),
              s.pages()), parsed.reports(), List.of())), doc);
          long t3 = now();
          ReportJson.write(d);
          long t4 = now();
          if (measured) {
            nanos[0] += t1 - t0;
            nanos[1] += t2 - t1;
            nanos[2] += t3 - t2;
            nanos[3] += t4 - t3;
          }
        }
      }
      double n = (double) rounds * e.getValue().size();
      Map<String, Double> ms = new LinkedHashMap<>();
      String[] names = {"ingest", "parse", "audit", "json"};
      double total = 0;
      for (int i = 0; i < 4; i++) {
        ms.put(names[i], nanos[i] / 1e6 / n);
        total += nanos[i] / 1e6 / n;
      }
      ms.put("total", total);
      result.put(e.getKey(), ms);
      out.printf(Locale.ROOT, "%-5s %5d %10.2f %10.2f %10.2f %10.2f %10.2f%n", e.getKey(),
          e.getValue().size(), ms.get("ingest"), ms.get("parse"), ms.get("audit"), ms.get("json"),
          total);
      out.flush();
    }
    return result;
  }

  /** Files per second of the whole batch (extraction and JSON) on 1 thread and on N. */
  Map<String, Object> throughput(List<Path> files, int threads) throws Exception {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("files", files.size());
    result.put("warmupFiles", Math.min(files.size(), warmupFiles));
    try (HeapAfterCollections heap = new HeapAfterCollections()) {
      run(files.subList(0, Math.min(files.size(), warmupFiles)), 1); // warm-up
      for (int t : threads == 1 ? new int[] {1} : new int[] {1, threads}) {
        long[] bytes = {0};
        long c0 = processCpuNanos();
        long t0 = System.nanoTime();
        int reports = run(files, t, bytes);
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpuSecs = (processCpuNanos() - c0) / 1e9;
        result.put("threads" + t + "FilesPerSecond", files.size() / secs);
        result.put("threads" + t + "ReportsPerSecond", reports / secs);
        result.put("threads" + t + "CpuMsPerFile", cpuSecs * 1000 / files.size());
        out.printf(Locale.ROOT, "throughput: %d files (%d reports) on %d thread(s): %.2f s, "
            + "%.1f files/s, %.1f reports/s, %.1f MB of JSON; process CPU %.1f ms per file "
            + "(%.0f reports per CPU second)%n", files.size(), reports, t, secs,
            files.size() / secs, reports / secs, bytes[0] / 1048576.0,
            cpuSecs * 1000 / files.size(), reports / cpuSecs);
        out.flush();
      }
      result.put("heapAfterCollectionMaxMB", heap.maxUsedBytes() / 1048576.0);
      result.put("peakHeapMB", HeapAfterCollections.poolPeaksBytes() / 1048576.0);
      result.put("maxHeapMB", Runtime.getRuntime().maxMemory() / 1048576.0);
      out.println(heap.describe());
    }
    return result;
  }

  private int run(List<Path> files, int threads) throws Exception {
    return run(files, threads, new long[1]);
  }

  /** Extracts and serialises every file (the JSON is measured, not written to disk). */
  private static int run(List<Path> files, int threads, long[] bytes) throws Exception {
    int[] reports = {0};
    ExtractionPool.of(threads, StandardExtraction::new).run(files, (f, d) -> {
      reports[0] += d.reports().size();
      bytes[0] += ReportJson.write(d).length();
    });
    return reports[0];
  }

  /**
   * The workers scenario: {@code rounds} turns of this JVM's warm rate and the launcher's
   * {@code extract} on the same files ({@code launcher}: the {@code bin/ziping} script), each
   * turn's ratio extract ÷ warm, and their median. The first {@code extract} of a new jar records
   * the workers' class-data archive; it is reported apart (turn 0) and not counted. With
   * {@code keepWorker}, {@code extract --keep-worker}: turn 0 starts the kept worker and the turns
   * after it use it warm; the CPU of a turn is then the launcher's (its child) and the kept
   * worker's, read from its process before and after the batch ({@link #keptWorkerCpuSeconds}).
   */
  Map<String, Object> workers(List<Path> files, int threads, Path launcher, int turns,
                              boolean keepWorker) throws Exception {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("files", files.size());
    result.put("threads", threads);
    Path list = Files.createTempFile("ziping-bench-files", ".txt");
    Path outDir = Files.createTempDirectory("ziping-bench-out");
    try {
      StringBuilder sb = new StringBuilder();
      for (Path f : files) {
        sb.append('"').append(f.toAbsolutePath().toString().replace("\\", "\\\\")
            .replace("\"", "\\\"")).append("\"\n");
      }
      Files.writeString(list, sb.toString());
      long w0 = System.nanoTime();
      run(files, threads); // this JVM warmed on the whole batch
      int keepSeconds = keepWorker ? Math.max(KEPT_WORKER_MIN_IDLE_SECONDS,
          (int) Math.ceil(3 * (System.nanoTime() - w0) / 1e9)) : 0;
      double[] first = extractProcess(launcher, list, outDir, threads, keepSeconds);
      out.printf(Locale.ROOT, "workers: turn 0 (first extract of this build: records the "
          + "workers' class-data archive if missing): %.2f s, %.1f reports/s%n", first[0],
          first[1] / first[0]);
      List<Double> ratios = new ArrayList<>();
      List<Map<String, Object>> rows = new ArrayList<>();
      for (int turn = 1; turn <= turns; turn++) {
        long t0 = System.nanoTime();
        long c0 = processCpuNanos();
        int reports = run(files, threads);
        double warmSecs = (System.nanoTime() - t0) / 1e9;
        double warmCpu = (processCpuNanos() - c0) / 1e9;
        double kept0 = keepWorker ? keptWorkerCpuSeconds() : 0;
        double[] ex = extractProcess(launcher, list, outDir, threads, keepSeconds);
        double kept1 = keepWorker ? keptWorkerCpuSeconds() : 0;
        double launcherCpu = ex[2];
        if (keepWorker) {
          // the kept worker is no child of the launcher: its CPU is read from its process
          ex[2] = kept0 < 0 || kept1 < 0 || ex[2] < 0 ? -1 : ex[2] + kept1 - kept0;
        }
        double warmRate = reports / warmSecs;
        double exRate = ex[1] / ex[0];
        ratios.add(exRate / warmRate);
        Map<String, Object> row = new LinkedHashMap<>(Map.of("warmReportsPerSecond", warmRate,
            "extractReportsPerSecond", exRate, "ratio", exRate / warmRate));
        String cpuText = "";
        if (warmCpu > 0 && ex[2] > 0) {
          row.put("warmCpuSeconds", warmCpu);
          row.put("extractCpuSeconds", ex[2]);
          cpuText = String.format(Locale.ROOT, "; CPU warm %.1f s, extract %.1f s: warm/extract "
              + "%.2f", warmCpu, ex[2], warmCpu / ex[2]);
          if (keepWorker) {
            row.put("launcherCpuSeconds", launcherCpu);
            cpuText += String.format(Locale.ROOT, " (launcher %.1f s, kept worker %.1f s)",
                launcherCpu, ex[2] - launcherCpu);
          }
        }
        rows.add(row);
        out.printf(Locale.ROOT, "workers: turn %d: warm JVM %.2f s (%.1f reports/s), extract "
            + "%.2f s (%.1f reports/s): extract/warm %.2f%s%n", turn, warmSecs, warmRate, ex[0],
            exRate, exRate / warmRate, cpuText);
        out.flush();
      }
      List<Double> sorted = ratios.stream().sorted().toList();
      int mid = sorted.size() / 2; // two turns (--rounds 2): their mean, not the larger one
      double median = sorted.size() % 2 == 1 ? sorted.get(mid)
          : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
      result.put("turns", rows);
      result.put("medianRatio", median);
      out.printf(Locale.ROOT, "workers: %d files on %d thread(s): extract/warm median %.2f "
          + "(min %.2f, max %.2f)%n", files.size(), threads, median, sorted.get(0),
          sorted.get(sorted.size() - 1));
    } finally {
      Files.deleteIfExists(list);
      try (var walk = Files.walk(outDir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    return result;
  }

  /**
   * One {@code extract} run of the launcher: wall seconds, the reports it wrote and the CPU
   * seconds of its processes (the launcher, its JVM and the worker JVMs, which it waits for; -1
   * where {@link #childrenCpuSeconds()} cannot say).
   */
  private static double[] extractProcess(Path launcher, Path list, Path outDir, int threads,
                                        int keepSeconds) throws Exception {
    double cpu0 = childrenCpuSeconds();
    List<String> cmd = new ArrayList<>(List.of(launcher.toString(), "extract", "@" + list, "-o",
        outDir.toString(), "--threads", Integer.toString(threads)));
    if (keepSeconds > 0) {
      cmd.add("--keep-worker=" + keepSeconds);
    }
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Path err = Files.createTempFile("ziping-bench-extract", ".log");
    pb.redirectError(err.toFile());
    try {
      long t0 = System.nanoTime();
      Process p = pb.start();
      int code = p.waitFor();
      double secs = (System.nanoTime() - t0) / 1e9;
      String log = Files.readString(err);
      Matcher m = Pattern
          .compile("extract: (\\d+) files, (\\d+) reports, (\\d+) failed").matcher(log);
      if (!m.find()) {
        throw new IllegalStateException("extract exited " + code + " without its summary: "
            + log.lines().reduce((a, b) -> b).orElse(""));
      }
      double cpu1 = childrenCpuSeconds();
      return new double[] {secs, Integer.parseInt(m.group(2)),
          cpu0 < 0 || cpu1 < 0 ? -1 : cpu1 - cpu0};
    } finally {
      Files.deleteIfExists(err);
    }
  }

  /**
   * The CPU seconds (user and system) of the kept workers of {@code extract --keep-worker} alive
   * now (worker JVMs started with the {@code ziping.worker.keep} property), summed; -1 where the
   * platform does not say. Sampled before and after a batch, the difference is the batch's share
   * (the bench runs one batch at a time). Limit: a kept worker that ends during the batch (a file
   * over its budget) is missed, so that turn's CPU reads low.
   */
  static double keptWorkerCpuSeconds() {
    double[] sum = {0};
    boolean[] unknown = {false};
    ProcessHandle.allProcesses().forEach(p -> {
      ProcessHandle.Info info = p.info();
      String[] args = info.arguments().orElse(new String[0]);
      boolean kept = false;
      boolean worker = false;
      for (String a : args) {
        kept |= a.startsWith("-Dziping.worker.keep=");
        worker |= a.equals("org.ziping.pipeline.ExtractionWorker");
      }
      if (kept && worker) {
        if (info.totalCpuDuration().isPresent()) {
          sum[0] += info.totalCpuDuration().get().toNanos() / 1e9;
        } else {
          unknown[0] = true;
        }
      }
    });
    return unknown[0] ? -1 : sum[0];
  }

  /**
   * The CPU seconds (user and system) of this JVM's child processes that have ended and been
   * waited for, with theirs: {@code cutime} and {@code cstime} of Linux's {@code /proc/self/stat}
   * in clock ticks of 1/100 s; -1 elsewhere.
   */
  static double childrenCpuSeconds() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // after the command's closing parenthesis, field 3 (state) is f[0]: cutime 16, cstime 17
      return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The system load average over the last minute, or -1 where the system does not say. */
  static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
