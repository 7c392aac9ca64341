package org.ziping.index.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.geom.Rectangle2D;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziping.index.ReportSearcher;
import org.ziping.index.cli.IndexCommand;
import org.ziping.report.ReportJson;
import picocli.CommandLine;

/**
 * The workbench pages in headless Chromium over the real corpus (every seed in every format,
 * extracted on the fly): one hit per report for 养老保险 (6) and one per file with each format
 * apart (6 × formats); the overview's score/execution plot with one dot per report, a click
 * opening that report; a finding's evidence on a rendered PDF page with its box where the quoted
 * figure is (the text PDFBox reads inside the drawn box is the quote).
 */
class CorpusBrowserTest {
  @TempDir Path work;

  static Path corpus() {
    Path p = Paths.get("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("corpus"))) {
      p = p.getParent();
    }
    return p == null ? null : p.resolve("corpus");
  }

  static int formats(Path corpus) throws Exception {
    try (Stream<Path> files = Files.list(corpus)) {
      return (int) files.filter(f -> f.getFileName().toString().startsWith("000_")).count();
    }
  }

  @Test
  void groupedHitsOverviewAndEvidenceOnAPdfPage() throws Exception {
    Path corpus = corpus();
    assumeTrue(corpus != null, "no corpus/ folder above " + Paths.get("").toAbsolutePath());
    ChromeDriver driver = Browser.start(work);
    Path idx = work.resolve("idx");
    StringWriter err = new StringWriter();
    int code = new CommandLine(new IndexCommand()).setErr(new PrintWriter(err))
        .setOut(new PrintWriter(new StringWriter()))
        .execute(corpus.toString(), "--index", idx.toString());
    assertEquals(0, code, err.toString());
    int formats = formats(corpus);
    try (ReportSearcher searcher = new ReportSearcher(idx);
         WebServer server = new WebServer(searcher)) {
      String base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

      // one hit per report, each with all its formats; each format apart with the checkbox
      driver.get(base + "/?q=" + enc("养老保险"));
      wait.until(ExpectedConditions.textToBe(By.id("total"), "6"));
      List<WebElement> hits = driver.findElements(By.cssSelector(".hit"));
      assertEquals(6, hits.size());
      for (WebElement h : hits) {
        assertEquals(formats, h.findElements(By.cssSelector("a.format")).size(), h.getText());
      }
      Browser.save(driver, "grouped.png");
      driver.findElement(By.id("all-formats")).click();
      wait.until(ExpectedConditions.textToBe(By.id("total"), String.valueOf(6 * formats)));
      assertTrue(driver.findElement(By.id("all-formats")).isSelected());
      Browser.save(driver, "all-formats.png");

      // the overview: one dot per report that has a score and a rate; a click opens it
      JsonNode api = ReportJson.mapper().readTree(get(base + "/api/search?limit=100&q="
          + enc("养老保险")));
      Set<String> plotted = new TreeSet<>();
      for (JsonNode h : api.get("hits")) {
        JsonNode rep = h.get("report");
        if (rep.hasNonNull("declaredScore") && rep.hasNonNull("execRate")) {
          plotted.add(h.get("id").asText());
        }
      }
      assertTrue(plotted.size() >= 5, "the seeds have scores and rates: " + plotted);
      driver.get(base + "/overview?q=" + enc("养老保险"));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("score-vs-exec")));
      List<WebElement> points = driver.findElements(By.cssSelector("#score-vs-exec circle.point"));
      assertEquals(plotted, points.stream().map(p -> p.getAttribute("data-id"))
          .collect(Collectors.toCollection(TreeSet::new)));
      assertFalse(driver.findElements(By.cssSelector("#by-rule g.bar")).isEmpty());
      assertFalse(driver.findElements(By.cssSelector("#by-year g.bar")).isEmpty());
      Browser.save(driver, "overview.png");
      WebElement point = points.get(0);
      String id = point.getAttribute("data-id");
      String unit = api.get("hits").findValues("report").stream()
          .filter(r -> r.get("id").asText().equals(id)).findFirst().orElseThrow()
          .get("unit").asText();
      new org.openqa.selenium.interactions.Actions(driver).moveToElement(point).click().perform();
      wait.until(ExpectedConditions.textToBe(By.id("unit"), unit));
      assertTrue(driver.getCurrentUrl().contains("/report/" + id), driver.getCurrentUrl());

      // the evidence of 乐昌's SCORE_SUM_MISMATCH on its PDF page
      JsonNode lechang = ReportJson.mapper().readTree(get(base + "/api/search?all_formats=1&limit=100&q="
          + enc("unit:乐昌")));
      JsonNode pdfHit = null;
      for (JsonNode h : lechang.get("hits")) {
        if (h.get("report").get("sourceFile").asText().endsWith(".pdf")) {
          pdfHit = h;
        }
      }
      assertTrue(pdfHit != null, lechang.toPrettyString());
      driver.get(base + "/report/" + pdfHit.get("id").asText());
      WebElement finding = driver.findElements(By.cssSelector(".finding")).stream()
          .filter(f -> f.getText().contains("SCORE_SUM_MISMATCH")).findFirst().orElseThrow();
      finding.findElement(By.cssSelector("a.show")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("page-image")));
      WebElement img = driver.findElement(By.id("page-image"));
      wait.until(d -> ((Number) driver.executeScript(
          "return arguments[0].naturalWidth", img)).intValue() > 0);
      WebElement rect = driver.findElement(By.cssSelector("#boxes rect#evidence"));
      String[] pdf = rect.getAttribute("data-pdf").split(" ");
      double x = Double.parseDouble(pdf[0]);
      double y = Double.parseDouble(pdf[1]);
      double w = Double.parseDouble(pdf[2]);
      double h = Double.parseDouble(pdf[3]);
      String quote = driver.findElement(By.cssSelector(".evidence q")).getText();
      String page = driver.findElement(By.cssSelector("p.where")).getText();
      int pageNo = Integer.parseInt(page.replaceAll(".*第 (\\d+) 页.*", "$1"));
      Path pdfFile = Path.of(pdfHit.get("report").get("sourceFile").asText());
      if (!pdfFile.isAbsolute() && !Files.exists(pdfFile)) {
        pdfFile = corpus.resolve(pdfFile.getFileName());
      }
      try (PDDocument doc = Loader.loadPDF(pdfFile.toFile())) {
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        area.setSortByPosition(true);
        area.addRegion("box", new Rectangle2D.Double(x - 1, y - 1, w + 2, h + 2));
        area.extractRegions(doc.getPage(pageNo - 1));
        String inBox = area.getTextForRegion("box").replaceAll("\\s+", "");
        assertTrue(inBox.contains(quote.replaceAll("\\s+", "")),
            "box text " + inBox + " vs quote " + quote);
        assertTrue(inBox.contains("96"), "the box holds the quoted score: " + inBox);
        assertTrue(inBox.length() <= quote.replaceAll("\\s+", "").length() + 4,
            "the box holds little else: " + inBox);
      }
      // the drawn rectangle stands on the image, scaled from PDF points
      double scale = org.ziping.index.source.PageImages.SCALE;
      assertEquals(x * scale - 2, Double.parseDouble(rect.getAttribute("x")), 0.2);
      assertEquals(y * scale - 2, Double.parseDouble(rect.getAttribute("y")), 0.2);
      Browser.save(driver, "evidence-pdf.png");

      // the same evidence in the text file: the span marked in the text
      String txtId = null;
      for (JsonNode hh : lechang.get("hits")) {
        if (hh.get("report").get("sourceFile").asText().endsWith(".txt")) {
          txtId = hh.get("id").asText();
        }
      }
      driver.get(base + "/report/" + txtId);
      driver.findElements(By.cssSelector(".finding")).stream()
          .filter(f -> f.getText().contains("SCORE_SUM_MISMATCH")).findFirst().orElseThrow()
          .findElement(By.cssSelector("a.show")).click();
      WebElement mark = wait.until(ExpectedConditions.presenceOfElementLocated(
          By.cssSelector("pre.text mark#evidence")));
      assertTrue(mark.getText().contains("96"), mark.getText());
      assertTrue(mark.isDisplayed());
      Browser.save(driver, "evidence-text.png");

      // evidence in a table cell of a Word file: the table drawn with that cell outlined
      JsonNode zhengning = ReportJson.mapper().readTree(get(base + "/api/search?all_formats=1&limit=100&q="
          + enc("unit:正宁")));
      String docxId = null;
      for (JsonNode hh : zhengning.get("hits")) {
        if (hh.get("report").get("sourceFile").asText().endsWith(".docx")) {
          docxId = hh.get("id").asText();
        }
      }
      assertTrue(docxId != null, zhengning.toPrettyString());
      driver.get(base + "/report/" + docxId);
      driver.findElements(By.cssSelector(".finding")).stream()
          .filter(f -> f.getText().contains("EXEC_RATE_MISMATCH") && f.getText().contains("196.62"))
          .findFirst().orElseThrow()
          .findElement(By.cssSelector("a.show")).click();
      WebElement cell = wait.until(ExpectedConditions.presenceOfElementLocated(
          By.cssSelector("table.grid td#evidence-cell")));
      assertTrue(cell.isDisplayed());
      assertTrue(cell.getText().contains("196.62") || cell.getText().contains("基本支出"),
          "the outlined cell is the evidence's: " + cell.getText());
      assertEquals("solid", cell.getCssValue("outline-style"), "the cell is outlined");
      assertTrue(cell.getCssValue("outline-color").contains("221, 0, 0"),
          cell.getCssValue("outline-color"));
      Browser.save(driver, "evidence-cell.png");
    } finally {
      driver.quit();
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String get(String url) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), url);
    return r.body();
  }
}
