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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.index.Fixtures;
import org.ziping.index.ReportIndexer;
import org.ziping.index.ReportSearcher;
import org.ziping.report.ReportJson;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;
import org.ziping.report.Report;
import org.ziping.report.Severity;

/** The web page over HTTP on a free loopback port: search, facets, report page, escaping. */
class WebServerTest {
  @TempDir static Path work;
  static ReportSearcher searcher;
  static WebServer server;
  static String base;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Path idx = Fixtures.buildIndex(work);
    // a report whose unit and finding hold markup, to check escaping
    ExtractedDocument d = ReportJson.mapper().readValue(
        Fixtures.dir().resolve("004_db3d5b07f9a66ddd.json").toFile(), ExtractedDocument.class);
    Report r = d.reports().get(0);
    Report evil = Report.of(b -> {
      b.title = "<script>alert(1)</script>";
      b.unit = "<b>怀化市</b>\"单位'";
      b.year = r.year();
      b.kind = r.kind();
      b.score = r.score();
      b.findings = List.of(new Finding("x", "VALUE_CONFLICT", Severity.WARNING,
          "<img src=x onerror=alert(1)>", List.of()));
    });
    Path f = work.resolve("evil.json");
    Files.writeString(f, ReportJson.write(new ExtractedDocument(1,
        new org.ziping.report.SourceRef("evil.txt", "txt", "e0", null), List.of(evil), List.of())));
    try (ReportIndexer ix = new ReportIndexer(idx, Optional.empty(),
        new java.io.PrintWriter(new java.io.StringWriter()))) {
      ix.index(List.of(f));
    }
    searcher = new ReportSearcher(idx);
    server = new WebServer(searcher);
    int port = server.start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + port;
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    searcher.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void searchPageShowsHitsFacetsAndMarks() throws Exception {
    HttpResponse<String> r = get("/?q=" + enc("取暖费"));
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/html"));
    String html = r.body();
    assertTrue(html.contains("<span id=\"total\">1</span>"), html);
    assertTrue(html.contains("代发机关事业单位退休职工<mark>取暖费</mark>"), html);
    assertTrue(html.contains("href=\"/report/" + Fixtures.SHA_002 + "-1\""), html);
    assertTrue(html.contains("data-dim=\"province\""), html);
    assertTrue(html.contains("甘肃省</a> <span class=\"count\">(1)</span>"), html);
  }

  @Test
  void facetLinksFilter() throws Exception {
    String html = get("/?q=" + enc("养老保险") + "&province=" + enc("广东省")).body();
    assertTrue(html.contains("<span id=\"total\">3</span>"), html);
    assertTrue(html.contains("class=\"on\""), html);
    String ranged = get("/?min_score=99.5").body();
    assertTrue(ranged.contains("<span id=\"total\">2</span>"), ranged);
    String wan = get("/?max_actual_wan=300").body();
    assertTrue(wan.contains("<span id=\"total\">1</span>"), wan);
  }

  @Test
  void reportPageShowsTablesAndEvidence() throws Exception {
    HttpResponse<String> r = get("/report/" + Fixtures.SHA_002 + "-1");
    assertEquals(200, r.statusCode());
    String html = r.body();
    assertTrue(html.contains("<h1 id=\"unit\">正宁县社会保险局</h1>"), html);
    assertTrue(html.contains("EXEC_RATE_OVER_100"), html);
    assertTrue(html.contains("<q>全年支出 17697.54 18577.58 18577.58 104.97%</q>"), html);
    assertTrue(html.contains("<span class=\"rule\">EXEC_RATE_OVER_100</span>"), "the render layer's finding: " + html);
    assertTrue(html.contains("<td>基本支出预算执行率</td>"), html);
    assertTrue(html.contains("<td class=\"num\">196.62</td>"), html);
    assertTrue(html.contains("甘肃省庆阳市正宁县 (621025)"), html);
    HttpResponse<String> json = get("/report/" + Fixtures.SHA_002 + "-1.json");
    assertEquals("正宁县社会保险局", ReportJson.mapper().readTree(json.body()).get("unit").asText());
    assertEquals(404, get("/report/nothing-1").statusCode());
  }

  @Test
  void everythingIsEscaped() throws Exception {
    String list = get("/?q=" + enc("<script>")).body();
    assertFalse(list.contains("<script>"), list);
    String page = get("/report/e0-1").body();
    assertFalse(page.contains("<script>alert"), page);
    assertFalse(page.contains("<img"), page);
    assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"), page);
    assertTrue(page.contains("&lt;b&gt;怀化市&lt;/b&gt;&quot;单位&#39;"), page);
  }

  @Test
  void badQueryIs400AndApiAndExportWork() throws Exception {
    assertEquals(400, get("/?q=" + enc("养老 AND (")).statusCode());
    HttpResponse<String> api = get("/api/search?q=" + enc("稳岗返还"));
    assertEquals(2, ReportJson.mapper().readTree(api.body()).get("total").asInt());
    HttpResponse<String> csv = get("/export.csv?q=" + enc("工伤预防"));
    assertEquals(3, csv.body().lines().count(), csv.body());
    HttpResponse<String> jsonl = get("/export.jsonl?q=" + enc("工伤预防"));
    assertEquals(2, jsonl.body().lines().count(), jsonl.body());
  }

  @Test
  void excelExportLinkedFromTheSearchPageIsServed() throws Exception {
    assertTrue(get("/?q=" + enc("工伤预防")).body().contains("href=\"/export.xlsx?"));
    HttpResponse<byte[]> xlsx = HTTP.send(HttpRequest.newBuilder(
        URI.create(base + "/export.xlsx?q=" + enc("工伤预防"))).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, xlsx.statusCode());
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
        new java.io.ByteArrayInputStream(xlsx.body()))) {
      // a header row and the two matching reports
      assertEquals(3, wb.getSheetAt(0).getPhysicalNumberOfRows());
    }
  }

  @Test
  void chineseByDefaultEnglishBySwitch() throws Exception {
    String zh = get("/?q=" + enc("取暖费")).body();
    assertTrue(zh.contains("<html lang=\"zh-CN\">"), zh);
    assertTrue(zh.contains(">检索</button>") && zh.contains("<h3>省份</h3>"), zh);
    assertTrue(zh.contains("href=\"/?q=%E5%8F%96%E6%9A%96%E8%B4%B9&amp;lang=en\""), zh);
    String en = get("/?q=" + enc("取暖费") + "&lang=en").body();
    assertTrue(en.contains("<html lang=\"en\">") && en.contains(">Search</button>"), en);
    assertTrue(en.contains("<h3>Province</h3>"), en);
    assertTrue(en.contains("href=\"/report/" + Fixtures.SHA_002 + "-1?lang=en\""), en);
    assertFalse(en.contains("省份"), en);
    String report = get("/report/" + Fixtures.SHA_002 + "-1").body();
    assertTrue(report.contains("<th>自评总分</th>"), report);
    // the fixtures' evidence has no location: nothing to show in the source, so no link
    assertFalse(report.contains("在原文中查看"), report);
    assertTrue(get("/report/" + Fixtures.SHA_002 + "-1?lang=en").body()
        .contains("<th>Declared total score</th>"));
  }

  @Test
  void overviewAndEvidenceWithoutTheSourceFile() throws Exception {
    String o = get("/overview?q=" + enc("养老保险")).body();
    assertTrue(o.contains("id=\"score-vs-exec\""), o);
    assertTrue(o.contains("data-id=\"" + Fixtures.SHA_002 + "-1\""), o);
    assertTrue(o.contains("id=\"by-rule\"") && o.contains("data-label=\"EXEC_RATE_OVER_100\""), o);
    // the fixtures are JSON without their documents: the evidence page says so and shows the quote
    HttpResponse<String> ev = get("/report/" + Fixtures.SHA_002 + "-1/evidence/0/0");
    assertEquals(200, ev.statusCode());
    assertTrue(ev.body().contains("原文件不在本机"), ev.body());
    assertTrue(get("/report/" + Fixtures.SHA_002 + "-1/evidence/99/0").body()
        .contains("没有这条依据"));
    assertEquals(404, get("/report/" + Fixtures.SHA_002 + "-1/page/1.png").statusCode());
  }
}
