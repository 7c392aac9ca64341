package org.ziping.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestConfig;
import org.ziping.io.InputFiles;
import org.ziping.pipeline.StandardExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ziping bench}: speed and memory of ingest and of the whole extraction, as ratios against
 * a baseline measured in the same run on the same files: bare PDFBox text ({@link PDFTextStripper})
 * for PDF, Tika's plain text ({@link AutoDetectParser}) for the other formats. Each stage runs
 * {@code --warmup} rounds first, then {@code --rounds} measured rounds over all files of a format;
 * time is wall-clock per file, memory the bytes allocated by the measuring thread per file
 * ({@code com.sun.management.ThreadMXBean}). One thread, so figures are comparable across machines
 * only as ratios.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure ingest and extraction against a bare-text baseline on the same files "
        + "(ratios; default input: corpus).")
public final class BenchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "files or folders (default corpus)")
  List<Path> paths = new ArrayList<>(List.of(Path.of("corpus")));

  @Option(names = "--rounds", description = "measured rounds (default ${DEFAULT-VALUE})")
  int rounds = 5;

  @Option(names = "--warmup", description = "warm-up rounds (default ${DEFAULT-VALUE})")
  int warmup = 3;

  @Option(names = "--linearity", description = "instead: extract report-like text of 1, 2, 4, 8 "
      + "and 16 MB (one sentence per line, and all on one line) and print seconds and MB/s per "
      + "size; linear parsing keeps MB/s flat")
  boolean linearity;

  @Option(names = "--max-mb", description = "with --linearity: the largest size (default "
      + "${DEFAULT-VALUE})")
  int maxMb = 16;

  @Option(names = "--stages", description = "instead: milliseconds per file in each stage "
      + "(ingest, parse, audit, json), per format")
  boolean stages;

  @Option(names = "--throughput", description = "instead: the whole batch extracted on 1 thread "
      + "and on --threads N (files/s, reports/s) and the peak heap; run with -Xmx512m to check "
      + "that a large batch fits")
  boolean throughput;

  @Option(names = "--threads", paramLabel = "N", description = "with --throughput: threads "
      + "(default: the available processors, ${DEFAULT-VALUE})")
  int threads = org.ziping.pipeline.OrderedPool.defaultThreads();

  @Option(names = "--reports", paramLabel = "N", description = "with --throughput: run on N "
      + "reports generated from the text files of the inputs (other places, years, figures), "
      + "written once under --cache")
  Integer reports;

  @Option(names = "--cache", paramLabel = "DIR", description = "where --reports keeps its "
      + "generated reports (default ${DEFAULT-VALUE})")
  Path cache = Path.of("target", "bench-corpus");

  @Option(names = "--json", paramLabel = "FILE", description = "with --stages or --throughput: "
      + "also write the figures as JSON to FILE")
  Path jsonOut;

  private interface Stage {
    void run(Path f) throws Exception;
  }

  private record Figures(double msPerFile, double mbPerFile) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (linearity) {
      return linearity(out);
    }
    Map<String, List<Path>> byFormat = new LinkedHashMap<>();
    for (Path f : InputFiles.expand(paths)) {
      String name = f.getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      byFormat.computeIfAbsent(ext, k -> new ArrayList<>()).add(f);
    }
    if (stages || throughput) {
      return scenarios(out, byFormat);
    }
    DocumentReader reader = DocumentReader.standard(IngestConfig.defaults());
    StandardExtraction extraction = new StandardExtraction();
    AutoDetectParser tika = new AutoDetectParser();
    out.printf("%-5s %5s %14s %22s %22s%n", "fmt", "files", "baseline", "ingest", "extract");
    for (var e : byFormat.entrySet()) {
      List<Path> files = e.getValue();
      Stage baseline = e.getKey().equals("pdf") ? f -> {
        try (PDDocument d = Loader.loadPDF(f.toFile())) {
          new PDFTextStripper().getText(d);
        }
      } : f -> {
        try (InputStream in = Files.newInputStream(f)) {
          tika.parse(in, new BodyContentHandler(-1), new org.apache.tika.metadata.Metadata(),
              new ParseContext());
        }
      };
      Figures base = measure(files, baseline);
      Figures ingest = measure(files, reader::read);
      Figures extract = measure(files, extraction::extract);
      out.printf(Locale.ROOT, "%-5s %5d %8.2f ms/file %9.2f ms (x%5.2f) %9.2f ms (x%5.2f)%n",
          e.getKey(), files.size(), base.msPerFile(), ingest.msPerFile(),
          ingest.msPerFile() / base.msPerFile(), extract.msPerFile(),
          extract.msPerFile() / base.msPerFile());
      out.printf(Locale.ROOT, "%-5s %5s %8.2f MB/file %9.2f MB (x%5.2f) %9.2f MB (x%5.2f)%n",
          "", "alloc", base.mbPerFile(), ingest.mbPerFile(), ingest.mbPerFile() / base.mbPerFile(),
          extract.mbPerFile(), extract.mbPerFile() / base.mbPerFile());
      out.flush();
    }
    return Main.EXIT_OK;
  }

  /**
   * The linearity scenario: each size is written by {@link SyntheticText} to a temporary file and
   * extracted once in this JVM (after one warm-up on the smallest); the rate in MB/s of input
   * stays flat when the cost grows linearly with the size.
   */
  private int linearity(PrintWriter out) throws Exception {
    StandardExtraction extraction = new StandardExtraction();
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

  private int scenarios(PrintWriter out, Map<String, List<Path>> byFormat) throws Exception {
    BenchScenarios bench = new BenchScenarios(out, warmup, rounds);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("processors", Runtime.getRuntime().availableProcessors());
    json.put("loadAverageAtStart", BenchScenarios.load());
    out.printf(Locale.ROOT, "%d processors, load average %.2f%n",
        Runtime.getRuntime().availableProcessors(), BenchScenarios.load());
    if (stages) {
      json.put("stagesMsPerFile", bench.stages(byFormat));
    }
    if (throughput) {
      List<Path> all = byFormat.values().stream().flatMap(List::stream).toList();
      if (reports != null) {
        all = ScaledCorpus.ensure(cache, reports, all);
        json.put("generatedReports", reports);
      }
      json.put("throughput", bench.throughput(all, threads));
    }
    json.put("loadAverageAtEnd", BenchScenarios.load());
    if (jsonOut != null) {
      Files.writeString(jsonOut, org.ziping.io.Json.write(json));
    }
    return Main.EXIT_OK;
  }

  private Figures measure(List<Path> files, Stage stage) throws Exception {
    for (int i = 0; i < warmup; i++) {
      for (Path f : files) {
        stage.run(f);
      }
    }
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long bytes0 = threads.getThreadAllocatedBytes(id);
    long t0 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      for (Path f : files) {
        stage.run(f);
      }
    }
    long nanos = System.nanoTime() - t0;
    long bytes = threads.getThreadAllocatedBytes(id) - bytes0;
    double n = (double) rounds * files.size();
    return new Figures(nanos / 1e6 / n, bytes / 1048576.0 / n);
  }
}
