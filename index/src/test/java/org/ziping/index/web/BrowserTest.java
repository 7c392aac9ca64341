package org.ziping.index.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ziping.index.Fixtures;
import org.ziping.index.ReportSearcher;

/**
 * The web page in headless Chromium (Debian's chromium and chromium-driver, installed by
 * {@code .ci/install-browser}): search 养老保险, click the 广东省 facet, open 乐昌市's report and
 * find its SCORE_SUM_MISMATCH finding with the quoted evidence. Screenshots go to
 * {@code target/browser/}. Skipped only when the browser is missing and CI is not "true".
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path work;

  @Test
  void searchFacetAndReportInARealBrowser() throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    assumeTrue(installed || "true".equals(System.getenv("CI")),
        "chromium/chromedriver not installed (run .ci/install-browser); required when CI=true");

    Path shots = Files.createDirectories(Path.of("target", "browser"));
    try (ReportSearcher searcher = new ReportSearcher(Fixtures.buildIndex(work));
         WebServer server = new WebServer(searcher)) {
      int port = server.start("127.0.0.1", 0);
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
          "--disable-dev-shm-usage", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--no-first-run",
          "--window-size=1280,1000", "--user-data-dir=" + work.resolve("profile"));
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(CHROMEDRIVER.toFile())
          .usingAnyFreePort()
          .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      try {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get("http://127.0.0.1:" + port + "/");
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        box.sendKeys("养老保险");
        driver.findElement(By.id("go")).click();
        wait.until(ExpectedConditions.textToBe(By.id("total"), "6"));
        List<WebElement> marks = driver.findElements(By.cssSelector(".snippet mark"));
        assertTrue(marks.stream().anyMatch(m -> m.getText().contains("养老保险")),
            "highlighted snippets");
        save(driver, shots.resolve("search.png"));

        driver.findElement(By.xpath(
            "//ul[@data-dim='province']//a[contains(normalize-space(.), '广东省')]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("total"), "3"));
        assertEquals(3, driver.findElements(By.cssSelector(".hit")).size());
        save(driver, shots.resolve("facet.png"));

        driver.findElement(By.linkText("乐昌市社会保险基金管理中心")).click();
        wait.until(ExpectedConditions.textToBe(By.id("unit"), "乐昌市社会保险基金管理中心"));
        WebElement finding = driver.findElements(By.cssSelector(".finding")).stream()
            .filter(f -> f.getText().contains("SCORE_SUM_MISMATCH")).findFirst().orElseThrow();
        assertTrue(finding.getText().contains("自评总分96分与各项得分之和95分不一致"), finding.getText());
        assertTrue(finding.getText().contains("我单位绩效自评综合得分96分"), finding.getText());
        save(driver, shots.resolve("report.png"));
      } finally {
        driver.quit();
      }
    }
  }

  private static void save(ChromeDriver driver, Path to) throws Exception {
    File f = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
  }
}
