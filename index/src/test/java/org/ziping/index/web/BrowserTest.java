package org.ziping.index.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziping.index.Fixtures;
import org.ziping.index.ReportSearcher;

/**
 * The web page in headless Chromium ({@link Browser}) over the fixture index: the Chinese page,
 * search 养老保险, click the 广东省 facet, open 乐昌市's report and find its SCORE_SUM_MISMATCH
 * finding with the quoted evidence; the English switch keeps the search.
 */
class BrowserTest {
  @TempDir Path work;

  @Test
  void searchFacetAndReportInARealBrowser() throws Exception {
    ChromeDriver driver = Browser.start(work);
    try (ReportSearcher searcher = new ReportSearcher(Fixtures.buildIndex(work));
         WebServer server = new WebServer(searcher)) {
      int port = server.start("127.0.0.1", 0);
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      driver.get("http://127.0.0.1:" + port + "/");
      WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
      assertEquals("zh-CN", driver.findElement(By.tagName("html")).getAttribute("lang"));
      assertEquals("检索", driver.findElement(By.id("go")).getText());
      box.sendKeys("养老保险");
      driver.findElement(By.id("go")).click();
      wait.until(ExpectedConditions.textToBe(By.id("total"), "6"));
      assertTrue(driver.findElement(By.cssSelector("p.total")).getText().startsWith("共 6 份报告"),
          driver.findElement(By.cssSelector("p.total")).getText());
      List<String> headings = driver.findElements(By.cssSelector("aside h3")).stream()
          .map(WebElement::getText).toList();
      assertTrue(headings.containsAll(List.of("省份", "年度", "报告类型")), headings.toString());
      assertTrue(driver.findElement(By.cssSelector("ul[data-dim='kind']")).getText()
          .contains("部门整体支出"));
      List<WebElement> marks = driver.findElements(By.cssSelector(".snippet mark"));
      assertTrue(marks.stream().anyMatch(m -> m.getText().contains("养老保险")),
          "highlighted snippets");
      Browser.save(driver, "search-zh.png");

      driver.findElement(By.xpath(
          "//ul[@data-dim='province']//a[contains(normalize-space(.), '广东省')]")).click();
      wait.until(ExpectedConditions.textToBe(By.id("total"), "3"));
      assertEquals(3, driver.findElements(By.cssSelector(".hit")).size());
      Browser.save(driver, "facet.png");

      driver.findElement(By.id("lang")).click();
      wait.until(ExpectedConditions.textToBe(By.id("go"), "Search"));
      assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
      assertEquals("3", driver.findElement(By.id("total")).getText(), "the switch keeps the search");
      assertTrue(driver.findElement(By.cssSelector("p.total")).getText().contains("report(s)"));
      Browser.save(driver, "search-en.png");
      driver.findElement(By.id("lang")).click();
      wait.until(ExpectedConditions.textToBe(By.id("go"), "检索"));

      driver.findElement(By.linkText("乐昌市社会保险基金管理中心")).click();
      wait.until(ExpectedConditions.textToBe(By.id("unit"), "乐昌市社会保险基金管理中心"));
      assertTrue(driver.findElement(By.tagName("body")).getText().contains("核查发现"));
      WebElement finding = driver.findElements(By.cssSelector(".finding")).stream()
          .filter(f -> f.getText().contains("SCORE_SUM_MISMATCH")).findFirst().orElseThrow();
      assertTrue(finding.getText().contains("自评总分96分与各项得分之和95分不一致"), finding.getText());
      assertTrue(finding.getText().contains("我单位绩效自评综合得分96分"), finding.getText());
      Browser.save(driver, "report.png");
    } finally {
      driver.quit();
    }
  }
}
