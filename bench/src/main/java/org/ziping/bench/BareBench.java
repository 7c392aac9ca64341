package org.ziping.bench;

import com.sun.management.ThreadMXBean;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestConfig;
import org.ziping.pipeline.StandardExtraction;

/**
 * The default scenario of {@code ziping bench}: per format, our ingest and our whole extraction
 * (ingest, parse, audit) against the bare library that reads the same files, at 1 thread and at N
 * threads, in the same run:
 *
 * <ul>
 *   <li>pdf: PDFBox {@link PDFTextStripper} text of the whole document (rates in pages/s);</li>
 *   <li>docx: POI {@link XWPFWordExtractor} text;</li>
 *   <li>txt: reading the file as UTF-8 ({@link Files#readString});</li>
 *   <li>other formats: Tika's plain text ({@link AutoDetectParser}).</li>
 * </ul>
 *
 * <p>Algorithm: for each thread count, the three (bare, ingest, extract) each run {@code warmup}
 * rounds over the format's files, all three before any is measured (the code they share is
 * compiled by then); then each runs {@code rounds} measured rounds, the files of all rounds handed
 * to N threads from one shared counter, each thread with its own reader (parser state is never
 * shared); the rate is files (or pages) over the wall time of the measured rounds, the
 * allocation the bytes the threads allocated ({@code com.sun.management.ThreadMXBean}) per file.
 * The ratio is our rate over the bare rate: 0.5 means half the bare library's speed (issue 8's goal
 * is at least 0.5). Bare and ours run one after the other on the same files with the same threads,
 * so load from other processes touches both.
 *
 * <p>Limits: wall-clock on a shared machine; a few files per format make a short measure (raise
 * {@code --rounds}); the bare baselines do less than our ingest (no layout, tables, margins), which
 * the ratio is meant to show.
 */
final class BareBench {
  /** One reading of one file by one thread. */
  interface Stage {
    void run(Path f) throws Exception;
  }

  /** A rate and the bytes allocated per file. */
  record Rate(double perSecond, double mbPerFile) {}

  private final PrintWriter out;
  private final int warmup;
  private final int rounds;

  BareBench(PrintWriter out, int warmup, int rounds) {
    this.out = out;
    this.warmup = warmup;
    this.rounds = rounds;
  }

  /** The bare library's reading of a format, one instance per thread. */
  static Supplier<Stage> bare(String format) {
    return switch (format) {
      case "pdf" -> () -> f -> {
        try (PDDocument d = Loader.loadPDF(f.toFile())) {
          new PDFTextStripper().getText(d);
        }
      };
      case "docx" -> () -> f -> {
        try (InputStream in = Files.newInputStream(f);
             XWPFWordExtractor x = new XWPFWordExtractor(new XWPFDocument(in))) {
          x.getText();
        }
      };
      case "txt" -> () -> f -> Files.readString(f, StandardCharsets.UTF_8);
      default -> () -> {
        AutoDetectParser tika = new AutoDetectParser();
        return f -> {
          try (InputStream in = Files.newInputStream(f)) {
            tika.parse(in, new BodyContentHandler(-1), new Metadata(),
                new ParseContext());
          }
        };
      };
    };
  }

  static String bareName(String format) {
    return switch (format) {
      case "pdf" -> "PDFBox PDFTextStripper";
      case "docx" -> "POI XWPFWordExtractor";
      case "txt" -> "Files.readString";
      default -> "Tika AutoDetectParser";
    };
  }

  /** Runs the comparison for every format at 1 thread and at {@code threads}; the JSON figures. */
  Map<String, Object> run(Map<String, List<Path>> byFormat, int threads) throws Exception {
    Map<String, Object> result = new LinkedHashMap<>();
    out.printf("%-5s %5s %7s %7s %12s %12s %12s %7s %7s  %s%n", "fmt", "files", "threads",
        "unit", "bare", "ingest", "extract", "ratio", "alloc", "(rates per second; ratio = "
            + "extract / bare; alloc = extract MB / bare MB per file)");
    for (var e : byFormat.entrySet()) {
      String format = e.getKey();
      List<Path> files = e.getValue();
      boolean pdf = format.equals("pdf");
      long pages = pdf ? pages(files) : files.size();
      double unitsPerFile = (double) pages / files.size();
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("files", files.size());
      if (pdf) {
        f.put("pages", pages);
      }
      f.put("unit", pdf ? "pages/s" : "files/s");
      f.put("bare", bareName(format));
      for (int t : threads == 1 ? new int[] {1} : new int[] {1, threads}) {
        List<Supplier<Stage>> three = List.of(bare(format), () -> {
          DocumentReader r = DocumentReader.standard(IngestConfig.defaults());
          return r::read;
        }, () -> {
          StandardExtraction x = new StandardExtraction();
          return x::extract;
        });
        // all three warmed up before any is measured: the code they share (PDFBox, POI, Tika)
        // is compiled by then, whichever runs first
        List<List<Stage>> perThread = new ArrayList<>();
        for (Supplier<Stage> s : three) {
          List<Stage> stages = new ArrayList<>();
          for (int i = 0; i < t; i++) {
            stages.add(s.get());
          }
          perThread.add(stages);
          run(files, stages, warmup, new AtomicLong());
        }
        Rate bare = measure(files, perThread.get(0));
        Rate ingest = measure(files, perThread.get(1));
        Rate extract = measure(files, perThread.get(2));
        double ratio = extract.perSecond() / bare.perSecond();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("bare", bare.perSecond() * unitsPerFile);
        r.put("ingest", ingest.perSecond() * unitsPerFile);
        r.put("extract", extract.perSecond() * unitsPerFile);
        r.put("ratio", ratio);
        r.put("bareMbPerFile", bare.mbPerFile());
        r.put("extractMbPerFile", extract.mbPerFile());
        f.put("threads" + t, r);
        out.printf(Locale.ROOT, "%-5s %5d %7d %7s %12.1f %12.1f %12.1f %7.2f %7.1f%n", format,
            files.size(), t, pdf ? "pages" : "files", bare.perSecond() * unitsPerFile,
            ingest.perSecond() * unitsPerFile, extract.perSecond() * unitsPerFile, ratio,
            extract.mbPerFile() / bare.mbPerFile());
        out.flush();
      }
      result.put(format, f);
    }
    return result;
  }

  private static long pages(List<Path> files) throws Exception {
    long n = 0;
    for (Path f : files) {
      try (PDDocument d = Loader.loadPDF(f.toFile())) {
        n += d.getNumberOfPages();
      }
    }
    return n;
  }

  /** Files per second over the measured rounds, one thread per stage instance. */
  Rate measure(List<Path> files, List<Stage> perThread) throws Exception {
    AtomicLong bytes = new AtomicLong();
    long t0 = System.nanoTime();
    run(files, perThread, rounds, bytes);
    double secs = (System.nanoTime() - t0) / 1e9;
    double n = (double) rounds * files.size();
    return new Rate(n / secs, bytes.get() / 1048576.0 / n);
  }

  /** {@code rounds} rounds over the files on one thread per stage instance. */
  private static void run(List<Path> files, List<Stage> perThread, int rounds, AtomicLong bytes)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(perThread.size());
    try {
      runRounds(pool, perThread, files, rounds, bytes);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void runRounds(ExecutorService pool, List<Stage> perThread, List<Path> files,
      int rounds, AtomicLong bytes) throws Exception {
    int total = rounds * files.size();
    AtomicInteger next = new AtomicInteger();
    var mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    List<Future<?>> running = new ArrayList<>();
    for (Stage stage : perThread) {
      running.add(pool.submit(() -> {
        long id = Thread.currentThread().getId();
        long b0 = mx.getThreadAllocatedBytes(id);
        for (int i; (i = next.getAndIncrement()) < total; ) {
          stage.run(files.get(i % files.size()));
        }
        bytes.addAndGet(mx.getThreadAllocatedBytes(id) - b0);
        return null;
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
  }
}
