package org.ziping.index.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.index.Fixtures;
import org.ziping.index.QueryLimits;
import org.ziping.index.ReportSearcher;
import org.ziping.index.cli.SearchCommand;
import picocli.CommandLine;

/**
 * The web server under attack and load, on a loopback port: queries expensive by construction get
 * a 400 with one line (JSON under /api/), never a 500; the CLI answers the same queries with exit
 * 2; 50 concurrent clients run 2,000 searches, one in five expensive, with bounded latency and the
 * expensive ones refused.
 */
class WebLimitsTest {
  @TempDir static Path work;
  static Path idx;
  static ReportSearcher searcher;
  static WebServer server;
  static String base;
  static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();

  /** Queries that are expensive or malformed by construction. */
  static List<String> hostileQueries() {
    return List.of(
        "year:{2147483647 TO *]",
        "year:[* TO -2147483648}",
        "year:[1 TO 99999999999]",
        "/(a|aa){999}/",
        "/" + "a".repeat(500) + "/",
        "(".repeat(3000) + "养老" + ")".repeat(3000),
        "*" + "养".repeat(200),
        "养老~2 ".repeat(300),
        "保险".repeat(600),
        "a".repeat(20_000));
  }

  @BeforeAll
  static void start() throws Exception {
    idx = Fixtures.buildIndex(work);
    searcher = new ReportSearcher(idx, 0); // no result cache: every search is run and bounded
    server = new WebServer(searcher);
    base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    searcher.close();
  }

  static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void expensiveQueriesAreRefusedWith400AndOneLine() throws Exception {
    for (String q : hostileQueries()) {
      HttpResponse<String> api = get("/api/search?q=" + enc(q));
      assertTrue(api.statusCode() == 400 || api.statusCode() == 200,
          q.substring(0, Math.min(40, q.length())) + " -> " + api.statusCode() + " " + api.body());
      if (api.statusCode() == 400) {
        assertTrue(api.body().contains("\"error\""), api.body());
        assertFalse(api.body().contains("at org."), api.body());
      }
      HttpResponse<String> page = get("/?q=" + enc(q));
      assertTrue(page.statusCode() == 400 || page.statusCode() == 200, q + " " + page.statusCode());
      assertFalse(page.body().contains("at org."), page.body());
    }
    assertEquals(400, get("/api/search?q=" + enc("/(a|aa){999}/")).statusCode());
    assertEquals(400, get("/api/search?q=" + enc("(".repeat(3000) + "a" + ")".repeat(3000)))
        .statusCode());
  }

  @Test
  void hugePagesAndHugeQueriesAreRefused() throws Exception {
    assertEquals(400, get("/?page=107374184").statusCode());
    assertEquals(400, get("/api/search?offset=2147483000&limit=100").statusCode());
    // a 1 MB query: refused before any parsing (Jetty's URI limit, or ours)
    int status = get("/api/search?q=" + "a".repeat(1 << 20)).statusCode();
    assertTrue(status == 400 || status == 414 || status == 431, "status " + status);
    assertEquals(200, get("/api/search?q=" + enc("养老")).statusCode());
  }

  @Test
  void theCliAnswersTheSameQueriesWithExit2AndOneLine() {
    for (String q : List.of("/(a|aa){999}/", "(".repeat(3000) + "a" + ")".repeat(3000),
        "/" + "a".repeat(500) + "/")) {
      java.io.StringWriter err = new java.io.StringWriter();
      CommandLine cl = new CommandLine(new SearchCommand());
      cl.setErr(new java.io.PrintWriter(err));
      cl.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
      int code = cl.execute(q, "--index", idx.toString());
      assertEquals(2, code, err.toString());
      assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }
  }

  /**
   * The longest a search may take under the load below: the time limit per search
   * ({@link QueryLimits#TIMEOUT_MILLIS}, 5 s) plus as much again for waiting on a server thread,
   * writing the page and the loaded machine; a stuck thread or a search without a limit exceeds it.
   */
  static final long MAX_MILLIS = 2 * QueryLimits.TIMEOUT_MILLIS + 5_000;
  /**
   * The 99th percentile under the load: the time limit itself. A search that runs into the limit is
   * the exception (the expensive queries are refused before they run), so at most 1 % of the
   * searches may take as long, even on a loaded CI machine.
   */
  static final long P99_MILLIS = QueryLimits.TIMEOUT_MILLIS;

  /** Expensive by construction and refused before they run: 400 (or 414 for the 1 MB query). */
  static List<String> refusedInTheMix() {
    return List.of(
        "*" + "养".repeat(200),                               // leading wildcard, long term
        "*保险",                                               // leading wildcard on the text
        "/(a|aa){999}/",                                      // regex: determinization work
        "/[a-z]*" + "b".repeat(200) + "/",                    // regex too long
        "养老~2 ".repeat(300),                                 // many fuzzy terms
        "养老~2 保险~2",                                        // fuzzy matching any short term
        "/a.*/ ".repeat(200),                                 // many regex terms
        "(".repeat(3000) + "养老" + ")".repeat(3000),          // deep parentheses
        "a".repeat(1 << 20));                                  // a 1 MB query
  }

  @Test
  void fiftyClientsRunTwoThousandSearchesWithBoundedLatency() throws Exception {
    List<String> answered = List.of("养老", "保险", "", "year:2023", "score:[90 TO 100]",
        "资金 OR 项目", "source:*.pdf", "预算~1", "保*", "养老~1 保险~1 资金~1 项目~1",
        "/养老.*/ OR /保险.*/ OR /资金.*/");
    List<String> refused = refusedInTheMix();
    int clients = 50;
    int perClient = 40; // 2,000 searches, one in five expensive
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    List<Long> millis = Collections.synchronizedList(new ArrayList<>());
    List<Long> refusedMillis = Collections.synchronizedList(new ArrayList<>());
    java.util.Map<String, Long> slowestPerQuery = new java.util.concurrent.ConcurrentHashMap<>();
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures.add(pool.submit(() -> {
        for (int i = 0; i < perClient; i++) {
          int k = client * perClient + i;
          boolean expensive = k % 5 == 4;
          String q = expensive ? refused.get((k / 5) % refused.size())
              : answered.get(k % answered.size());
          String url = (i % 2 == 0 ? "/api/search?q=" : "/?q=")
              + (q.length() > 100_000 ? q : enc(q));
          long t0 = System.nanoTime();
          int status;
          try {
            status = get(url).statusCode();
          } catch (Exception e) {
            status = -1;
          }
          long ms = (System.nanoTime() - t0) / 1_000_000;
          millis.add(ms);
          slowestPerQuery.merge(q.substring(0, Math.min(30, q.length())), ms, Math::max);
          if (expensive) {
            refusedMillis.add(ms);
          }
          boolean ok = expensive ? status == 400
              || (q.length() > 100_000 && (status == 414 || status == 431))
              : status == 200;
          if (!ok) {
            wrong.add(status + " for " + q.substring(0, Math.min(30, q.length())));
          }
        }
        return null;
      }));
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, TimeUnit.MINUTES), "the load did not finish");
    for (Future<?> f : futures) {
      f.get();
    }
    assertEquals(clients * perClient, millis.size());
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    long p50 = sorted.get(sorted.size() / 2);
    long p99 = sorted.get(sorted.size() * 99 / 100);
    long max = sorted.get(sorted.size() - 1);
    long refusedMax = Collections.max(refusedMillis);
    System.err.printf("web load: %d searches (%d expensive), median %d ms, p99 %d ms, max %d ms; "
        + "slowest refusal %d ms%n", sorted.size(), refusedMillis.size(), p50, p99, max,
        refusedMax);
    System.err.println("web load: slowest per query " + slowestPerQuery);
    assertTrue(wrong.isEmpty(), wrong.size() + " wrong answers, e.g. " + wrong.subList(0,
        Math.min(5, wrong.size())));
    assertTrue(max <= MAX_MILLIS, "a search took " + max + " ms (bound " + MAX_MILLIS + ")");
    assertTrue(p99 <= P99_MILLIS, "p99 " + p99 + " ms (bound " + P99_MILLIS + ")");
    // a refusal costs a check of the text, not a search: never near the time limit
    assertTrue(refusedMax < QueryLimits.TIMEOUT_MILLIS, "a refusal took " + refusedMax + " ms");
  }
}
