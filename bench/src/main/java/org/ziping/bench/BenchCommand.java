package org.ziping.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ziping.cli.Main;
import org.ziping.ingest.IngestConfig;
import org.ziping.pipeline.InputFiles;
import org.ziping.pipeline.OrderedPool;
import org.ziping.pipeline.StandardExtraction;
import org.ziping.report.ReportJson;
import org.ziping.cli.ConsoleCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code ziping bench}: by default, per format, the rate of our ingest and of the whole extraction
 * against the bare library reading the same files in the same run, at 1 thread and at
 * {@code --threads N} ({@link BareBench}: PDFBox text for PDF in pages/s, POI's Word text for docx,
 * reading the file for txt, Tika's text for the rest), with the ratio and the allocation per file;
 * or one of the other scenarios ({@code --linearity}, {@code --stages}, {@code --throughput},
 * {@link BenchScenarios}; their flags are the rows of {@link Scenario}). Figures are comparable
 * across machines only as ratios.
 */
@Command(name = "bench",
    description = "Measure ingest and extraction against the bare libraries on the same files, "
        + "at 1 and N threads (rates and ratios; default input: corpus).",
    modelTransformer = Scenario.Options.class,
    resourceBundle = "org.ziping.bench.BenchCommand")
public final class BenchCommand extends ConsoleCommand {
  @Parameters(arity = "0..*", paramLabel = "PATH", description = "files or folders (default corpus)")
  List<Path> paths = new ArrayList<>(List.of(Path.of("corpus")));

  @Option(names = "--rounds", description = "measured rounds (default ${DEFAULT-VALUE})")
  int rounds = 5;

  @Option(names = "--warmup", description = "warm-up rounds (default ${DEFAULT-VALUE})")
  int warmup = 3;

  @Option(names = "--max-mb", description = "with --linearity: the largest size (default "
      + "${DEFAULT-VALUE})")
  int maxMb = 16;

  @Option(names = "--keep-worker", description = "with --workers: `extract --keep-worker`, "
      + "whose worker JVM stays warm from one turn to the next (turn 0 starts it)")
  boolean keepWorker;

  @Option(names = "--cpu", description = "with --stages: measure each stage in the thread's CPU "
      + "time instead of wall time (steadier on a machine shared with other jobs)")
  boolean cpu;

  @Option(names = "--warmup-files", paramLabel = "N", description = "with --throughput: files "
      + "extracted (on 1 thread) before the measured batches (default ${DEFAULT-VALUE}); the JIT "
      + "compiles the hot code during the first few hundred files")
  int warmupFiles = 20;

  @Option(names = "--threads", paramLabel = "N", description = "threads of the second "
      + "measure, after 1 thread (default: the available processors, ${DEFAULT-VALUE})")
  int threads = OrderedPool.defaultThreads();

  /** {@code --reports N} (with --throughput) and {@code --cache DIR}. */
  @CommandLine.Mixin
  GeneratedReportsOptions generated = new GeneratedReportsOptions();

  @Option(names = "--json", paramLabel = "FILE", description = "also write the figures as JSON "
      + "to FILE (not with --linearity)")
  Path jsonOut;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = out();
    Set<Scenario> chosen = Scenario.given(spec);
    if (chosen.contains(Scenario.LINEARITY)) {
      return linearity(out);
    }
    Map<String, List<Path>> byFormat = new LinkedHashMap<>();
    for (Path f : InputFiles.expand(paths)) {
      String name = f.getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      byFormat.computeIfAbsent(ext, k -> new ArrayList<>()).add(f);
    }
    return scenarios(out, byFormat, chosen);
  }

  /**
   * The linearity scenario: each size is written by {@link SyntheticText} to a temporary file and
   * extracted once in this JVM (after one warm-up on the smallest), without the text limit of a
   * report; the rate in MB/s of input stays flat when the cost grows linearly with the size.
   */
  private int linearity(PrintWriter out) throws Exception {
    // the parse itself is measured: the report text limit (which refuses texts this large in a
    // batch) is lifted for this scenario
    StandardExtraction extraction = new StandardExtraction(
        IngestConfig.defaults().withMaxTextChars(Integer.MAX_VALUE));
    Path dir = Files.createTempDirectory("ziping-bench");
    try {
      out.printf("%-9s %6s %10s %8s %10s%n", "layout", "MB", "seconds", "MB/s", "s per MB");
      for (boolean oneLine : new boolean[] {false, true}) {
        Path warm = SyntheticText.write(dir.resolve("warm.txt"), 1L << 20, oneLine, 0);
        extraction.extract(warm);
        for (int mb = 1; mb <= maxMb; mb *= 2) {
          Path f = SyntheticText.write(dir.resolve(mb + ".txt"), (long) mb << 20, oneLine, mb);
          double size = Files.size(f) / 1048576.0;
          long t0 = System.nanoTime();
          var d = extraction.extract(f);
          double secs = (System.nanoTime() - t0) / 1e9;
          out.printf(Locale.ROOT, "%-9s %6.1f %10.2f %8.2f %10.2f%s%n", oneLine ? "one-line"
              : "lines", size, secs, size / secs, secs / size,
              d.errors().isEmpty() ? "" : "  (" + d.errors().get(0).message() + ")");
          out.flush();
          Files.delete(f);
        }
      }
    } finally {
      try (var s = Files.list(dir)) {
        for (Path p : s.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    }
    return Main.EXIT_OK;
  }

  private int scenarios(PrintWriter out, Map<String, List<Path>> byFormat, Set<Scenario> chosen)
      throws Exception {
    BenchScenarios bench = new BenchScenarios(out, warmup, rounds, cpu, warmupFiles);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("processors", Runtime.getRuntime().availableProcessors());
    json.put("loadAverageAtStart", BenchScenarios.load());
    out.printf(Locale.ROOT, "%d processors, load average %.2f%n",
        Runtime.getRuntime().availableProcessors(), BenchScenarios.load());
    if (chosen.contains(Scenario.WORKERS)) {
      String launcher = System.getProperty("ziping.launcher");
      if (launcher == null) {
        err().println("ziping: bench: --workers runs bin/ziping extract; "
            + "start the bench through bin/ziping");
        return Main.EXIT_USAGE;
      }
      List<Path> all = byFormat.values().stream().flatMap(List::stream).toList();
      if (generated.reports != null) {
        all = ScaledCorpus.ensure(generated.cache, generated.reports, all);
        json.put("generatedReports", generated.reports);
      }
      json.put("workers", bench.workers(all, threads, Path.of(launcher), Math.min(rounds, 3),
          keepWorker));
    }
    if (chosen.isEmpty()) {
      json.put("extractVersusBare", new BareBench(out, warmup, rounds).run(byFormat, threads));
    }
    if (chosen.contains(Scenario.STAGES)) {
      json.put("stagesMsPerFile", bench.stages(byFormat));
    }
    if (chosen.contains(Scenario.THROUGHPUT)) {
      List<Path> all = byFormat.values().stream().flatMap(List::stream).toList();
      if (generated.reports != null) {
        all = ScaledCorpus.ensure(generated.cache, generated.reports, all);
        json.put("generatedReports", generated.reports);
      }
      json.put("throughput", bench.throughput(all, threads));
    }
    json.put("loadAverageAtEnd", BenchScenarios.load());
    if (jsonOut != null) {
      Files.writeString(jsonOut, ReportJson.write(json));
    }
    return Main.EXIT_OK;
  }

}
