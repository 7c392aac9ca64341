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
import org.ziping.index.ReportSearcher;
import org.ziping.index.cli.SearchCommand;
import picocli.CommandLine;

/**
 * The web server under attack and load, on a loopback port: queries expensive by construction get
 * a 400 with one line (JSON under /api/), never a 500; the CLI answers the same queries with exit
 * 2; 50 concurrent clients run 2,000 searches without an error.
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
    searcher = new ReportSearcher(idx);
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

  @Test
  void fiftyClientsRunTwoThousandSearchesWithoutError() throws Exception {
    List<String> queries = List.of("养老", "保险", "", "year:2023", "score:[90 TO 100]", "资金 OR 项目",
        "source:*.pdf", "预算~1");
    int clients = 50;
    int perClient = 40; // 2,000 searches
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicInteger errors = new AtomicInteger();
    List<Long> millis = Collections.synchronizedList(new ArrayList<>());
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures.add(pool.submit(() -> {
        for (int i = 0; i < perClient; i++) {
          String q = queries.get((client + i) % queries.size());
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> r = get((i % 2 == 0 ? "/api/search?q=" : "/?q=") + enc(q));
            if (r.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          millis.add((System.nanoTime() - t0) / 1_000_000);
        }
        return null;
      }));
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, TimeUnit.MINUTES), "the load did not finish");
    for (Future<?> f : futures) {
      f.get();
    }
    assertEquals(0, errors.get(), "failed requests");
    assertEquals(clients * perClient, millis.size());
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    System.err.printf("web load: %d searches, median %d ms, p99 %d ms, max %d ms%n", sorted.size(),
        sorted.get(sorted.size() / 2), sorted.get(sorted.size() * 99 / 100),
        sorted.get(sorted.size() - 1));
  }
}
