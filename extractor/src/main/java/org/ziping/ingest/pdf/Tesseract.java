package org.ziping.ingest.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Runs Debian's {@code tesseract} command line (no JNI): the image is written to a temporary PNG,
 * read with {@code -l chi_sim+eng --psm 3 --dpi D tsv} and the TSV parsed into words with boxes
 * and confidences ({@link TesseractTsv}).
 *
 * <p>Choices, tried on the corpus scans: page segmentation mode 3 (automatic layout analysis)
 * reads body text in whole lines, which mode 11 (sparse text) cuts into fragments with more
 * misreadings; since the table rulings are erased before, a table's cells are separate text
 * regions for the layout analysis, and lines and reading order are rebuilt afterwards from the
 * word boxes anyway. {@code chi_sim+eng} rather than {@code chi_sim} alone: with the English
 * model a lone "%" under a number (a rate wrapped in a narrow cell) and digits such as 6/0 are
 * read right far more often; the price is that a few blurred Chinese lines come out as Latin
 * letters.
 *
 * <p>One process per page, with {@code OMP_THREAD_LIMIT=1} (tesseract's OpenMP threads only slow
 * it down on a shared machine) and a timeout; the executable is {@code tesseract} on the PATH, or
 * the system property {@code ziping.tesseract}. {@link #available()} checks once per JVM that it
 * runs and has the {@code chi_sim} language.
 */
public final class Tesseract {
  /** Languages passed to tesseract: simplified Chinese with English for Latin text and digits. */
  public static final String LANGUAGES = "chi_sim+eng";
  /** The command that installs tesseract and its Chinese model on Debian. */
  public static final String INSTALL_HINT = "bash .ci/install-ocr";
  private static final Map<String, Boolean> AVAILABLE =
      new ConcurrentHashMap<>();

  private final long timeoutSeconds;

  public Tesseract(long timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
  }

  static String executable() {
    return System.getProperty("ziping.tesseract", "tesseract");
  }

  /** True when tesseract runs and knows {@code chi_sim} (checked once per executable). */
  public static boolean available() {
    return AVAILABLE.computeIfAbsent(executable(), Tesseract::probe);
  }

  private static boolean probe(String executable) {
    try {
      Process p = new ProcessBuilder(executable, "--list-langs").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0 && out.lines().anyMatch(l -> l.strip().equals("chi_sim"));
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * The words of one image.
   *
   * @throws IOException when tesseract fails, times out or cannot be started; the message says
   *                     which
   */
  public List<OcrWord> read(BufferedImage image, int dpi) throws IOException {
    return read(image, dpi, 3);
  }

  /** The words of one image read with page segmentation mode {@code psm}. */
  List<OcrWord> read(BufferedImage image, int dpi, int psm) throws IOException {
    Path dir = Files.createTempDirectory("ziping-ocr");
    Path png = dir.resolve("page.png");
    Path tsv = dir.resolve("page.tsv");
    Path log = dir.resolve("tesseract.log");
    try {
      if (!ImageIO.write(image, "png", png.toFile())) {
        throw new IOException("no PNG writer for the page image");
      }
      ProcessBuilder pb = new ProcessBuilder(executable(), png.toString(), "stdout",
          "-l", LANGUAGES, "--psm", Integer.toString(psm), "--dpi", Integer.toString(dpi), "tsv");
      pb.environment().put("OMP_THREAD_LIMIT", "1");
      pb.redirectOutput(tsv.toFile());
      pb.redirectError(log.toFile());
      Process p = pb.start();
      boolean done;
      try {
        done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException("tesseract interrupted", e);
      }
      if (!done) {
        p.destroyForcibly();
        throw new IOException("tesseract took more than " + timeoutSeconds + " s");
      }
      if (p.exitValue() != 0) {
        String err = Files.readString(log, StandardCharsets.UTF_8).strip();
        throw new IOException("tesseract failed (exit " + p.exitValue() + ")"
            + (err.isEmpty() ? "" : ": " + err.lines().reduce((a, b) -> b).orElse("")));
      }
      return TesseractTsv.parse(Files.readString(tsv, StandardCharsets.UTF_8));
    } finally {
      for (Path f : List.of(png, tsv, log, dir)) {
        Files.deleteIfExists(f);
      }
    }
  }
}
