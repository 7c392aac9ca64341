package org.ziping.index.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.ziping.cli.BenchScenarios;
import org.ziping.index.ReportIndexer;
import org.ziping.index.ReportText;
import org.ziping.index.ReportSearcher;
import org.ziping.index.SearchFilters;
import org.ziping.io.InputFiles;
import org.ziping.io.Json;
import org.ziping.pipeline.OrderedPool;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ziping bench-index JSON... [--reports N]}: indexing and search speed on extracted report
 * JSON.
 *
 * <p>Algorithm: (0) with {@code --reports N}, the inputs are seeds: N varied reports are generated
 * from their reports once into {@code --cache} ({@link ScaledReports}) and used instead; (1) the
 * baseline: each report's searchable text ({@link ReportText#fullText}) indexed into a fresh folder
 * with a bare Lucene {@link StandardAnalyzer} on one thread (JSON reading included); (2) the same
 * files through {@link ReportIndexer} with {@code --threads} into another fresh folder; both in
 * reports/s and as a ratio of times; (3) search load: {@code --clients} threads each run a mix of
 * queries (words, phrases, a boolean query, a wildcard, a fuzzy term, an empty query with facets)
 * on the second index for {@code --seconds} seconds after one warm-up run of each query, and the
 * latencies give searches/s and p50/p95/p99. Peak heap: the sum of the heap pools' peaks (an upper
 * bound: the pools peak at different times). Limits: both folders are temporary and removed at
 * the end; the baseline runs on one thread whatever {@code --threads} says.
 */
@Command(name = "bench-index", mixinStandardHelpOptions = true,
    description = "Measure indexing (against a bare Lucene StandardAnalyzer indexing of the same "
        + "text) and search latency under concurrent load, on extracted report JSON.")
public final class IndexBenchCommand implements Callable<Integer> {
  private static final List<String> QUERIES = List.of("养老保险", "预算执行率", "\"绩效目标\"",
      "资金 AND 绩效", "社会保险*", "养老~1", "", "基本支出 项目支出", "满意度");

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "extracted JSON files or folders")
  List<Path> paths;

  @Option(names = "--threads", paramLabel = "N", description = "indexing threads (default "
      + "${DEFAULT-VALUE})")
  int threads = OrderedPool.defaultThreads();

  @Option(names = "--clients", paramLabel = "N", description = "concurrent search clients "
      + "(default ${DEFAULT-VALUE})")
  int clients = 16;

  @Option(names = "--seconds", paramLabel = "S", description = "search load duration (default "
      + "${DEFAULT-VALUE})")
  int seconds = 10;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the figures as JSON")
  Path jsonOut;

  /** {@code --reports N} and {@code --cache DIR}. */
  @picocli.CommandLine.Mixin
  org.ziping.cli.GeneratedReportsOptions generated = new org.ziping.cli.GeneratedReportsOptions();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> files = InputFiles.expand(paths).stream()
        .filter(f -> f.getFileName().toString().endsWith(".json")).toList();
    if (generated.reports != null) {
      long g0 = System.nanoTime();
      files = ScaledReports.ensure(generated.cache, generated.reports, files);
      out.printf(Locale.ROOT, "generated reports: %d in %d files under %s (%.1f s, 0 when "
          + "cached)%n", generated.reports, files.size(), generated.cache,
          (System.nanoTime() - g0) / 1e9);
    }
    Path tmp = Files.createTempDirectory("ziping-bench-index");
    Map<String, Object> json = new LinkedHashMap<>();
    try {
      long t0 = System.nanoTime();
      int reports = bare(files, tmp.resolve("bare"));
      double bareSecs = (System.nanoTime() - t0) / 1e9;
      t0 = System.nanoTime();
      ReportIndexer.Run run;
      try (ReportIndexer ix = new ReportIndexer(tmp.resolve("index"), Optional.empty(),
          new PrintWriter(new StringWriter()))) {
        run = ix.index(files, threads);
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      out.printf(Locale.ROOT, "index: %d files, %d reports: bare Lucene %.2f s (%.1f reports/s, "
          + "1 thread), ziping %.2f s (%.1f reports/s, %d threads): x%.2f%n", files.size(),
          reports, bareSecs, reports / bareSecs, secs, run.reports() / secs, threads,
          secs / bareSecs);
      json.put("files", files.size());
      json.put("reports", run.reports());
      json.put("bareReportsPerSecond", reports / bareSecs);
      json.put("reportsPerSecond", run.reports() / secs);
      json.put("threads", threads);
      json.put("indexPeakHeapMb", BenchScenarios.peakHeapBytes() >> 20);
      json.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
      out.printf(Locale.ROOT, "peak heap after indexing: %d MB (max %d MB)%n",
          BenchScenarios.peakHeapBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
      json.put("search", load(tmp.resolve("index"), out));
      json.put("peakHeapMb", BenchScenarios.peakHeapBytes() >> 20);
      if (jsonOut != null) {
        Files.writeString(jsonOut, Json.write(json));
      }
    } finally {
      try (var s = Files.walk(tmp)) {
        for (Path p : s.sorted(Collections.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    return 0;
  }

  private static int bare(List<Path> files, Path dir) throws Exception {
    int reports = 0;
    try (var d = FSDirectory.open(dir);
         IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (Path f : files) {
        ExtractedDocument doc = Json.mapper().readValue(f.toFile(), ExtractedDocument.class);
        for (Report r : doc.reports() == null ? List.<Report>of() : doc.reports()) {
          Document ld = new Document();
          ld.add(new TextField("text", ReportText.fullText(r), Field.Store.YES));
          w.addDocument(ld);
          reports++;
        }
      }
      w.commit();
    }
    return reports;
  }

  private Map<String, Object> load(Path index, PrintWriter out) throws Exception {
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger failures = new AtomicInteger();
    Map<String, Long> slowest = new java.util.concurrent.ConcurrentHashMap<>();
    try (ReportSearcher searcher = new ReportSearcher(index)) {
      for (String q : QUERIES) {
        searcher.search(q, SearchFilters.NONE, 0, 10); // warm-up: analyzers, dictionaries, JIT
      }
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      List<Thread> ts = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int first = c;
        Thread t = new Thread(() -> {
          for (int i = first; System.nanoTime() < end; i++) {
            long t0 = System.nanoTime();
            String q = QUERIES.get(i % QUERIES.size());
            try {
              searcher.search(q, SearchFilters.NONE, 0, 10);
              long nanos = System.nanoTime() - t0;
              latencies.add(nanos);
              slowest.merge(q, nanos, Math::max);
            } catch (Exception e) {
              failures.incrementAndGet();
            }
          }
        });
        t.start();
        ts.add(t);
      }
      for (Thread t : ts) {
        t.join();
      }
    }
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("clients", clients);
    m.put("searches", sorted.size());
    m.put("failures", failures.get());
    m.put("searchesPerSecond", sorted.size() / (double) seconds);
    for (int p : new int[] {50, 95, 99}) {
      m.put("p" + p + "Ms", sorted.isEmpty() ? null
          : Math.round(sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e4)
          / 100.0);
    }
    Map<String, Double> slowestMs = new LinkedHashMap<>();
    for (String q : QUERIES) {
      if (slowest.containsKey(q)) {
        slowestMs.put(q, Math.round(slowest.get(q) / 1e4) / 100.0);
      }
    }
    m.put("slowestMsByQuery", slowestMs);
    out.printf(Locale.ROOT, "search: %d clients, %d searches in %d s (%.1f/s), p50 %s ms, "
        + "p95 %s ms, p99 %s ms, %d failed%n", clients, sorted.size(), seconds,
        sorted.size() / (double) seconds, m.get("p50Ms"), m.get("p95Ms"), m.get("p99Ms"),
        failures.get());
    out.println("slowest ms by query: " + slowestMs);
    return m;
  }
}
