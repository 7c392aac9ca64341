package org.ziping.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.ConcurrentHistogram;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.ziping.index.IndexSchema;
import org.ziping.index.ReportIndexer;
import org.ziping.index.ReportSearcher;
import org.ziping.index.ReportText;
import org.ziping.index.SearchFilters;
import org.ziping.index.web.WebServer;
import org.ziping.pipeline.InputFiles;
import org.ziping.pipeline.OrderedPool;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Report;
import org.ziping.report.ReportJson;
import org.ziping.cli.ConsoleCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code ziping bench-index JSON... [--reports N]}: indexing and search speed on extracted report
 * JSON.
 *
 * <p>Algorithm: (0) with {@code --reports N}, the inputs are seeds: N varied reports are generated
 * from their reports once into {@code --cache} ({@link ScaledReports}) and used instead; (1) the
 * baseline: each report's searchable text ({@link ReportText#fullText}) indexed into a fresh folder
 * with a bare Lucene {@link StandardAnalyzer} on one thread (JSON reading included); (2) the same
 * files through {@link ReportIndexer} with {@code --threads} into another fresh folder; both in
 * reports/s and as a ratio of times; (3) search load on {@code --clients} threads in the phases of
 * {@link #load} (the repeated mix of queries in process and through {@code serve}'s HTTP API,
 * distinct queries, and their texts on the bare index), {@code --seconds} each, the latencies
 * giving searches/s and p50/p95/p99. Peak heap: the sum of the heap pools' peaks (an upper bound:
 * the pools peak at different times). Limits: both folders are temporary and removed at the end
 * unless {@code --keep DIR} names where to keep them (a later run with the same DIR measures the
 * search load only); the baseline runs on one thread whatever {@code --threads} says.
 */
@Command(name = "bench-index",
    description = "Measure indexing (against a bare Lucene StandardAnalyzer indexing of the same "
        + "text) and search latency under concurrent load, on extracted report JSON.")
public final class IndexBenchCommand extends ConsoleCommand {
  private static final List<String> QUERIES = List.of("养老保险", "预算执行率", "\"绩效目标\"",
      "资金 AND 绩效", "社会保险*", "养老~1", "", "基本支出 项目支出", "满意度");

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

  @Option(names = "--keep", paramLabel = "DIR", description = "build both indexes in DIR and keep "
      + "them; when DIR already holds them, measure the search load only")
  Path keep;

  /** The load phases of a run ({@link #load}). */
  enum Phase { REPEATED, HTTP, DISTINCT, CPU, BARE }

  /** A phase by its name in lower case. */
  static final class PhaseName implements CommandLine.ITypeConverter<Phase> {
    @Override
    public Phase convert(String value) {
      return Phase.valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
  }

  @Option(names = "--phases", split = ",", paramLabel = "PHASE", converter = PhaseName.class,
      description = "the search load phases to run, of repeated, http, distinct, cpu, bare "
          + "(default: all)")
  List<Phase> phases = List.of(Phase.values());

  /** {@code --reports N} and {@code --cache DIR}. */
  @CommandLine.Mixin
  GeneratedReportsOptions generated = new GeneratedReportsOptions();

  /** The heap watch of the run ({@link #call}). */
  private HeapAfterCollections heap;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = out();
    // keep-alive connections for every load client (the JDK keeps 5 idle ones by default)
    System.setProperty("http.maxConnections", Integer.toString(Math.max(5, clients)));
    List<Path> files = InputFiles.expand(paths).stream()
        .filter(f -> f.getFileName().toString().endsWith(".json")).toList();
    if (generated.reports != null) {
      long g0 = System.nanoTime();
      files = ScaledReports.ensure(generated.cache, generated.reports, files);
      out.printf(Locale.ROOT, "generated reports: %d in %d files under %s (%.1f s, 0 when "
          + "cached)%n", generated.reports, files.size(), generated.cache,
          (System.nanoTime() - g0) / 1e9);
    }
    Path tmp = keep != null ? Files.createDirectories(keep)
        : Files.createTempDirectory("ziping-bench-index");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("processors", Runtime.getRuntime().availableProcessors());
    json.put("loadAverageAtStart", loadAverage());
    out.printf(Locale.ROOT, "machine: %d processors, load average %.2f at start%n",
        Runtime.getRuntime().availableProcessors(), loadAverage());
    try (HeapAfterCollections heap = new HeapAfterCollections()) {
      this.heap = heap;
      if (keep != null && DirectoryReader.indexExists(FSDirectory.open(tmp.resolve("index")))
          && DirectoryReader.indexExists(FSDirectory.open(tmp.resolve("bare")))) {
        out.println("index: kept from an earlier run in " + tmp + " (not measured again)");
      } else {
        json.putAll(index(files, tmp, out));
      }
      json.put("search", load(tmp.resolve("index"), tmp.resolve("bare"), out));
      json.put("heapAfterCollectionMaxMb", heap.maxUsedBytes() >> 20);
      json.put("peakHeapMb", HeapAfterCollections.poolPeaksBytes() >> 20);
      json.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
      json.put("loadAverageAtEnd", loadAverage());
      out.printf(Locale.ROOT, "%s; load average %.2f at end (other jobs on the machine slow "
          + "every figure down)%n", heap.describe(), loadAverage());
      out.flush();
      if (jsonOut != null) {
        Files.writeString(jsonOut, ReportJson.write(json));
      }
    } finally {
      if (keep == null) {
        try (var s = Files.walk(tmp)) {
          for (Path p : s.sorted(Collections.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
    return 0;
  }

  /** The CPU time of this process (every thread: the clients, GC and JIT included). */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
        instanceof OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  /** The time the garbage collectors report for their collections so far. */
  private static long gcMillis() {
    long ms = 0;
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, gc.getCollectionTime());
    }
    return ms;
  }

  /** The system load average of the last minute (-1 where the system does not tell). */
  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean()
        .getSystemLoadAverage();
  }

  /** The bare baseline and our indexing of {@code files} into {@code dir}/bare and /index. */
  private Map<String, Object> index(List<Path> files, Path dir, PrintWriter out)
      throws Exception {
    Map<String, Object> json = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    int reports = bare(files, dir.resolve("bare"));
    double bareSecs = (System.nanoTime() - t0) / 1e9;
    t0 = System.nanoTime();
    ReportIndexer.Run run;
    try (ReportIndexer ix = new ReportIndexer(dir.resolve("index"), Optional.empty(),
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
    json.put("indexHeapAfterCollectionMaxMb", heap.maxUsedBytes() >> 20);
    json.put("indexPeakHeapMb", HeapAfterCollections.poolPeaksBytes() >> 20);
    json.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
    out.printf(Locale.ROOT, "after indexing: %s%n", heap.describe());
    out.flush();
    return json;
  }

  private static int bare(List<Path> files, Path dir) throws Exception {
    int reports = 0;
    try (var d = FSDirectory.open(dir);
         IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (Path f : files) {
        ExtractedDocument doc = ReportJson.mapper().readValue(f.toFile(), ExtractedDocument.class);
        for (Report r : doc.reports()) {
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

  /** One search of a load: it runs on a client thread and may fail. */
  private interface Search {
    void run() throws Exception;
  }

  /** The searches of one load phase: the i-th search of client c. */
  private interface Searches {
    /** The search and its label (for the slowest-by-label figures), or null when none is left. */
    Map.Entry<String, Search> next(int client, int i);
  }

  /**
   * Search latency in three phases of {@code --seconds} each, {@code --clients} threads each:
   * (1) "repeated": the query mix {@link #QUERIES}, which the result cache answers after the first
   * time, called in process and then through {@code serve}'s {@code /api/search} on a loopback
   * port (HTTP, JSON); (2) "distinct": queries never asked before ({@link #distinctQueries}: words of the
   * index's own vocabulary, alone, two together, AND, with a filter), which the cache cannot
   * answer; (3) "bare": the texts of the distinct queries on the bare Lucene index
   * (StandardAnalyzer, a word as a phrase of characters, the top 10 with their stored text), the
   * baseline of the same run.
   */
  private Map<String, Object> load(Path index, Path bare, PrintWriter out) throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("clients", clients);
    try (ReportSearcher searcher = new ReportSearcher(index)) {
      for (String q : QUERIES) {
        searcher.search(q, SearchFilters.NONE, 0, 10); // warm-up: analyzers, dictionaries, JIT
      }
      if (phases.contains(Phase.REPEATED)) {
        m.put("repeated", phase("repeated mix", out, (c, i) -> {
          String q = QUERIES.get((c + i) % QUERIES.size());
          return Map.entry(q, () -> searcher.search(q, SearchFilters.NONE, 0, 10));
        }));
      }
      if (phases.contains(Phase.HTTP)) {
        try (WebServer server = new WebServer(searcher)) {
          String base = "http://127.0.0.1:" + server.start("127.0.0.1", 0)
              + "/api/search?limit=10&q=";
          for (String q : QUERIES) { // warm-up: the server's and the client's code paths
            get(base + URLEncoder.encode(q, StandardCharsets.UTF_8));
          }
          m.put("repeatedHttp", phase("repeated mix through serve (HTTP /api/search)", out,
              (c, i) -> {
                String q = QUERIES.get((c + i) % QUERIES.size());
                String url = base + URLEncoder.encode(q, StandardCharsets.UTF_8);
                return Map.entry(q, () -> get(url));
              }));
        }
      }
      if (phases.contains(Phase.DISTINCT)) {
        List<Map.Entry<String, SearchFilters>> distinct = distinctQueries(index, searcher);
        AtomicInteger next = new AtomicInteger(); // shared: the measured queries follow the
        Searches searches = (c, i) -> {           // warm-up's, never asked before either
          int k = next.getAndIncrement();
          if (k >= distinct.size()) {
            return null;
          }
          Map.Entry<String, SearchFilters> q = distinct.get(k);
          return Map.entry(kindOf(q.getKey(), q.getValue()),
              () -> searcher.search(q.getKey(), q.getValue(), 0, 10));
        };
        m.put("distinctWarmup", phase("distinct queries, warm-up (JIT; not counted below)", out,
            searches));
        m.put("distinct", phase("distinct queries", out, searches));
      }
    }
    if (phases.contains(Phase.CPU)) {
      try (ReportSearcher uncached = new ReportSearcher(index, 0)) {
        m.put("cpu", cpuPerSearch(uncached, distinctQueries(index, uncached), out));
      }
    }
    if (phases.contains(Phase.BARE)) {
      List<String> texts = distinctQueries(index, null).stream().map(Map.Entry::getKey).toList();
      try (var d = FSDirectory.open(bare); DirectoryReader r = DirectoryReader.open(d)) {
        IndexSearcher s = new IndexSearcher(r);
        StandardAnalyzer analyzer = new StandardAnalyzer();
        AtomicInteger next = new AtomicInteger();
        Searches searches = (c, i) -> {
          int k = next.getAndIncrement();
          if (k >= texts.size()) {
            return null;
          }
          String text = texts.get(k);
          return Map.entry(kindOf(text, SearchFilters.NONE), () -> {
            QueryParser qp = new QueryParser("text", analyzer);
            qp.setSplitOnWhitespace(true);
            qp.setAutoGeneratePhraseQueries(true);
            qp.setDefaultOperator(QueryParser.Operator.AND);
            Query q = text.isBlank() ? new MatchAllDocsQuery() : qp.parse(text);
            var stored = s.storedFields();
            for (ScoreDoc sd : s.search(q, 10).scoreDocs) {
              stored.document(sd.doc);
            }
          });
        };
        m.put("bareWarmup", phase("bare Lucene, the distinct texts, warm-up (not counted below)",
            out, searches));
        m.put("bare", phase("bare Lucene, the distinct texts", out, searches));
      }
    }
    Object ours = m.get("distinct") instanceof Map<?, ?> d ? d.get("p95Ms") : null;
    Object base = m.get("bare") instanceof Map<?, ?> b ? b.get("p95Ms") : null;
    if (ours instanceof Double o && base instanceof Double b && b > 0) {
      m.put("distinctP95OverBare", o / b);
      out.printf(Locale.ROOT, "distinct queries p95: x%.1f the bare Lucene p95%n", o / b);
    }
    return m;
  }

  /**
   * One GET with the JDK's plain blocking client (keep-alive connections, as a load tool such as
   * wrk or ab keeps them; {@link #call()} raises the JDK's idle-connection pool to the number of
   * clients); the body is read whole.
   */
  private static void get(String url) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL()
        .openConnection();
    int status = c.getResponseCode();
    try (InputStream in = status == 200 ? c.getInputStream() : c.getErrorStream()) {
      byte[] body = in == null ? new byte[0] : in.readAllBytes();
      if (status != 200) {
        throw new IOException("HTTP " + status + ": " + new String(body, StandardCharsets.UTF_8));
      }
    }
  }

  private static String kindOf(String text, SearchFilters f) {
    String k = text.contains(" AND ") ? "a AND b" : text.contains(" ") ? "a b" : "a";
    return f.equals(SearchFilters.NONE) ? k : k + " + filter";
  }

  /** Distinct queries per round of the "cpu" phase. */
  static final int CPU_QUERIES = 300;

  /**
   * The "cpu" phase: the first {@value #CPU_QUERIES} distinct queries on one thread, without the
   * result cache, in rounds for {@code --seconds} (at least three, the first a warm-up): the
   * thread's CPU time and allocated bytes per search. With no other search running and nothing
   * waiting, these move far less from run to run than the latencies under load (which two cores
   * shared by 16 clients, the collector and the machine's other jobs make vary by ±20 %): the
   * figure for comparing two builds on one index. Limits: the rounds repeat the same queries (the
   * page cache and the JIT see them again; the result cache is off); the collector's threads are
   * not counted.
   */
  private Map<String, Object> cpuPerSearch(ReportSearcher searcher,
      List<Map.Entry<String, SearchFilters>> queries, PrintWriter out) throws Exception {
    List<Map.Entry<String, SearchFilters>> qs = queries.subList(0,
        Math.min(CPU_QUERIES, queries.size()));
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    List<Double> cpuMs = new ArrayList<>();
    List<Double> allocKb = new ArrayList<>();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    for (int round = 0; !qs.isEmpty() && (round < 3 || System.nanoTime() < end); round++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long a0 = threads.getCurrentThreadAllocatedBytes();
      for (Map.Entry<String, SearchFilters> q : qs) {
        searcher.search(q.getKey(), q.getValue(), 0, 10);
      }
      if (round > 0) { // the first round is the warm-up
        cpuMs.add((threads.getCurrentThreadCpuTime() - c0) / 1e6 / qs.size());
        allocKb.add((threads.getCurrentThreadAllocatedBytes() - a0) / 1024.0 / qs.size());
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("queries", qs.size());
    m.put("rounds", cpuMs.size());
    List<Double> sorted = cpuMs.stream().sorted().toList();
    List<Double> alloc = allocKb.stream().sorted().toList();
    double fastest = sorted.isEmpty() ? 0 : sorted.get(0);
    double median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    double allocated = alloc.isEmpty() ? 0 : alloc.get(alloc.size() / 2);
    m.put("fastestRoundCpuMsPerSearch", Math.round(fastest * 1000) / 1000.0);
    m.put("medianRoundCpuMsPerSearch", Math.round(median * 1000) / 1000.0);
    m.put("allocatedKbPerSearch", Math.round(allocated));
    out.printf(Locale.ROOT, "search, one thread, %d distinct queries, no cache, %d rounds: CPU of "
        + "the thread %.3f ms per search (fastest round), %.3f ms (median round); %.0f KB "
        + "allocated per search%n", qs.size(), cpuMs.size(), fastest, median, allocated);
    out.flush();
    return m;
  }

  /** Runs {@code searches} on {@code --clients} threads for {@code --seconds}; latency figures. */
  private Map<String, Object> phase(String name, PrintWriter out, Searches searches)
      throws Exception {
    ConcurrentHistogram latencies = new ConcurrentHistogram(3);
    AtomicInteger failures = new AtomicInteger();
    AtomicReference<String> firstFailure =
        new AtomicReference<>();
    Map<String, Long> slowest = new ConcurrentHashMap<>();
    long cpu0 = processCpuNanos();
    long gc0 = gcMillis();
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    List<Thread> ts = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread t = new Thread(() -> {
        for (int i = 0; System.nanoTime() < end; i++) {
          Map.Entry<String, Search> task = searches.next(client, i);
          if (task == null) {
            return;
          }
          long t0 = System.nanoTime();
          try {
            task.getValue().run();
            long nanos = System.nanoTime() - t0;
            latencies.recordValue(nanos);
            slowest.merge(task.getKey(), nanos, Math::max);
          } catch (Exception e) {
            if (failures.getAndIncrement() == 0) {
              firstFailure.set(task.getKey() + ": " + e);
            }
          }
        }
      });
      t.start();
      ts.add(t);
    }
    for (Thread t : ts) {
      t.join();
    }
    double secs = (System.nanoTime() - start) / 1e9;
    long cpu = processCpuNanos() - cpu0;
    long gc = gcMillis() - gc0;
    long n = latencies.getTotalCount();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("searches", n);
    m.put("failures", failures.get());
    m.put("searchesPerSecond", n / secs);
    for (int p : new int[] {50, 95, 99}) {
      m.put("p" + p + "Ms", n == 0 ? null
          : Math.round(latencies.getValueAtPercentile(p) / 1e3) / 1000.0);
    }
    Map<String, Double> slowestMs = new TreeMap<>();
    slowest.forEach((k, v) -> slowestMs.put(k, Math.round(v / 1e4) / 100.0));
    m.put("slowestMsByQuery", slowestMs);
    m.put("cpuMsPerSearch", n == 0 ? null : Math.round(cpu / 1e3 / n) / 1000.0);
    m.put("gcMsPerSearch", n == 0 ? null : Math.round(gc * 1000.0 / n) / 1000.0);
    m.put("loadAverageAtEnd", loadAverage());
    out.printf(Locale.ROOT, "search, %s: %d clients, %d searches in %.1f s (%.1f/s), p50 %s ms, "
        + "p95 %s ms, p99 %s ms, %d failed; CPU of the process %s ms per search (GC pauses %s "
        + "ms); load average %.1f%n", name, clients, n, secs, n / secs, m.get("p50Ms"),
        m.get("p95Ms"), m.get("p99Ms"), failures.get(), m.get("cpuMsPerSearch"),
        m.get("gcMsPerSearch"), loadAverage());
    out.println("  slowest ms by query: " + slowestMs);
    if (firstFailure.get() != null) {
      out.println("  first failure: " + firstFailure.get());
      m.put("firstFailure", firstFailure.get());
    }
    out.flush();
    return m;
  }

  /**
   * Queries no search of this run asked before, in a fixed order (seeded): words of two to six
   * Han characters found in at least one report in a thousand (the index's own vocabulary),
   * alone, two together, joined by AND, or alone with a filter on a year, province or kind taken
   * from the index's facets. With {@code searcher} null, no filters (for the bare baseline).
   */
  private static List<Map.Entry<String, SearchFilters>> distinctQueries(Path index,
      ReportSearcher searcher) throws Exception {
    List<String> words = new ArrayList<>();
    try (var d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
      int minDf = Math.max(2, r.maxDoc() / 1000);
      var terms = MultiTerms.getTerms(r, IndexSchema.TEXT);
      if (terms != null) {
        var it = terms.iterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
          String w = t.utf8ToString();
          if (it.docFreq() >= minDf && w.length() >= 2 && w.length() <= 6
              && w.codePoints().allMatch(cp ->
                  Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            words.add(w);
          }
        }
      }
    }
    List<SearchFilters> filters = new ArrayList<>();
    if (searcher != null) {
      for (var dim : searcher.search("", SearchFilters.NONE, 0, 0).facets()) {
        for (var v : dim.values()) {
          switch (dim.dim()) {
            case IndexSchema.YEAR -> filters.add(SearchFilters.builder()
                .years(List.of(Integer.parseInt(v.label()))).build());
            case IndexSchema.PROVINCE -> filters.add(SearchFilters.builder()
                .provinces(List.of(v.label())).build());
            case IndexSchema.KIND -> filters.add(SearchFilters.builder()
                .kinds(List.of(v.label())).build());
            default -> { }
          }
        }
      }
    }
    Random random = new Random(20261201L);
    Set<String> seen = new HashSet<>(QUERIES);
    List<Map.Entry<String, SearchFilters>> out = new ArrayList<>();
    for (int tries = 0; !words.isEmpty() && out.size() < 200_000 && tries < 400_000; tries++) {
      String a = words.get(random.nextInt(words.size()));
      String b = words.get(random.nextInt(words.size()));
      int form = random.nextInt(4);
      String text = form == 1 ? a + " " + b : form == 2 ? a + " AND " + b : a;
      SearchFilters f = form == 3 && !filters.isEmpty()
          ? filters.get(random.nextInt(filters.size())) : SearchFilters.NONE;
      if (seen.add(text + "\u0000" + f)) {
        out.add(Map.entry(text, f));
      }
    }
    return out;
  }
}
