package org.ziping.index.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests (Debian's chromium and chromium-driver, installed by
 * {@code .ci/install-browser}); the test is skipped when they are missing and CI is not "true".
 * Screenshots go to {@code target/browser/}.
 */
final class Browser {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private Browser() {}

  static ChromeDriver start(Path work) {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    assumeTrue(installed || "true".equals(System.getenv("CI")),
        "chromium/chromedriver not installed (run .ci/install-browser); required when CI=true");
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
    return new ChromeDriver(service, options);
  }

  static void save(ChromeDriver driver, String name) throws Exception {
    Path shots = Files.createDirectories(Path.of("target", "browser"));
    File f = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), shots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
