package org.ziping.index.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ziping.index.ReportSearcher;
import org.ziping.index.web.WebServer;
import org.ziping.report.ReportJson;

/**
 * The query syntax table of {@code index/README.md} ("Query syntax") run on the corpus index, on
 * the command line, through {@code /api/search} and through the web page's search box: every
 * accepted example gives the number of reports the table states, every refused example is
 * refused (exit 2, HTTP 400) with a message holding the words the table quotes. The table is the
 * test's data, so the documentation cannot drift from what the parser does.
 */
class QuerySyntaxTest {
  @TempDir static Path work;
  static Path idx;
  static ReportSearcher searcher;
  static WebServer server;
  static String base;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  /** One row of a table: the example query and the expectation (a count or message words). */
  record Example(String query, String expected) {
    @Override
    public String toString() {
      return query;
    }
  }

  static Path readme() {
    return CorpusSearchTest.corpus().getParent().resolve("index").resolve("README.md");
  }

  /** The rows between {@code <!-- query-syntax:NAME -->} and its closing marker. */
  static List<Example> table(String name) throws IOException {
    String md = Files.readString(readme());
    int from = md.indexOf("<!-- query-syntax:" + name + " -->");
    int to = md.indexOf("<!-- /query-syntax:" + name + " -->");
    assertTrue(from >= 0 && to > from, "table " + name + " in " + readme());
    // | what | `example` | … | expected |   (the expected cell is the last one)
    Pattern row = Pattern.compile("^\\|[^|]*\\| `([^`]+)` \\|(?:.*\\|)? (?:`([^`]+)`|(\\d+)) \\|$",
        Pattern.MULTILINE);
    List<Example> out = new ArrayList<>();
    Matcher m = row.matcher(md.substring(from, to));
    while (m.find()) {
      out.add(new Example(m.group(1), m.group(2) != null ? m.group(2) : m.group(3)));
    }
    return out;
  }

  static Stream<Example> accepted() throws IOException {
    return table("accepted").stream();
  }

  static Stream<Example> refused() throws IOException {
    return table("refused").stream();
  }

  @BeforeAll
  static void indexTheCorpus() throws Exception {
    idx = work.resolve("idx");
    var r = CommandsTest.run(new IndexCommand(), CorpusSearchTest.corpus().toString(),
        "--index", idx.toString());
    assertEquals(0, r.code(), r.err());
    searcher = new ReportSearcher(idx, 0); // no cache: each form of the query is really run
    server = new WebServer(searcher);
    base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
    if (searcher != null) {
      searcher.close();
    }
  }

  @Test
  void theTablesCoverTheSyntax() throws IOException {
    List<String> queries = Stream.concat(accepted(), refused()).map(Example::query).toList();
    for (String form : List.of("*:*", "grade:*", "[", "{", " TO *]", "\"", "~2", " OR ", " AND ",
        "NOT ", "+", "-", "(", "^2", "?", "/")) {
      assertTrue(queries.stream().anyMatch(q -> q.contains(form)), "no example of " + form);
    }
    assertTrue(table("accepted").size() >= 25, "accepted examples: " + table("accepted").size());
    assertTrue(table("refused").size() >= 5, "refused examples: " + table("refused").size());
  }

  static String[] cli(String query, String... more) {
    List<String> args = new ArrayList<>(List.of(more));
    args.addAll(List.of("--index", idx.toString(), "--json", "--"));
    args.add(query); // after --: a query may start with - (-rule:…)
    return args.toArray(String[]::new);
  }

  static HttpResponse<String> get(String path, String query) throws Exception {
    String url = base + path + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void acceptedOnTheCommandLine(Example e) throws Exception {
    var r = CommandsTest.run(new SearchCommand(), cli(e.query()));
    assertEquals(0, r.code(), e.query() + ": " + r.err());
    JsonNode json = ReportJson.mapper().readTree(r.out());
    assertEquals(Long.parseLong(e.expected()), json.get("total").asLong(), e.query());
    assertEquals(Math.min(10, json.get("total").asInt()), json.get("hits").size(), e.query());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void acceptedOverHttp(Example e) throws Exception {
    HttpResponse<String> api = get("/api/search", e.query());
    assertEquals(200, api.statusCode(), e.query() + ": " + api.body());
    assertEquals(Long.parseLong(e.expected()), ReportJson.mapper().readTree(api.body()).get("total")
        .asLong(), e.query());
    HttpResponse<String> page = get("/", e.query());
    assertEquals(200, page.statusCode(), e.query());
    assertTrue(page.body().contains("<span id=\"total\">" + e.expected() + "</span>"),
        e.query() + ": the page's count");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void refusedWithAHint(Example e) throws Exception {
    var r = CommandsTest.run(new SearchCommand(), cli(e.query()));
    assertEquals(2, r.code(), e.query() + ": " + r.out());
    assertTrue(r.err().contains(e.expected()), e.query() + ": " + r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    HttpResponse<String> api = get("/api/search", e.query());
    assertEquals(400, api.statusCode(), e.query());
    assertTrue(api.body().contains(e.expected()), e.query() + ": " + api.body());
    HttpResponse<String> page = get("/", e.query());
    assertEquals(400, page.statusCode(), e.query());
    assertTrue(page.body().contains(escaped(e.expected())),
        e.query() + ": " + page.body());
  }

  /** The corpus's six reports, grouped: the match-all forms agree with each other and with "". */
  @Test
  void matchAllFormsAgree() throws Exception {
    for (String q : List.of("*:*", "", "*", "text:*", "year:*", "unit:*", "*:* OR 养老")) {
      var r = CommandsTest.run(new SearchCommand(), cli(q));
      assertEquals(0, r.code(), q + ": " + r.err());
      assertEquals(6, ReportJson.mapper().readTree(r.out()).get("total").asInt(), q);
    }
    // every format apart: 6 reports in each of the corpus's formats
    var all = CommandsTest.run(new SearchCommand(), cli("*:*", "--all-formats"));
    assertEquals(6L * CorpusSearchTest.formats(),
        ReportJson.mapper().readTree(all.out()).get("total").asLong());
  }

  /** A prohibited word excludes a report whichever form (word or bigram) holds it. */
  @Test
  void negationHoldsForBothFormsOfAWord() throws Exception {
    for (String word : List.of("取暖费", "稳岗返还", "工伤预防", "养老")) {
      long with = total(word);
      long without = total("-" + word);
      assertEquals(6, with + without, word + ": " + with + " with, " + without + " without");
      assertEquals(without, total("NOT " + word), word);
      assertEquals(without, total("*:* -" + word), word);
    }
  }

  static String escaped(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  static long total(String q) throws Exception {
    var r = CommandsTest.run(new SearchCommand(), cli(q));
    assertEquals(0, r.code(), q + ": " + r.err());
    return ReportJson.mapper().readTree(r.out()).get("total").asLong();
  }
}
