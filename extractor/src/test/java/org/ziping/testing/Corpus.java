package org.ziping.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** Finds the repository root, the corpus and the goldens for tests. */
public final class Corpus {
  private Corpus() {}

  public static Path root() {
    String prop = System.getProperty("ziping.root");
    if (prop != null && Files.isDirectory(Paths.get(prop, "corpus"))) {
      return Paths.get(prop).toAbsolutePath().normalize();
    }
    Path p = Paths.get("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("corpus"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("corpus/ not found above " + Paths.get("").toAbsolutePath());
    }
    return p;
  }

  public static Path dir() {
    return root().resolve("corpus");
  }

  /** All corpus report files (txt, docx, pdf), sorted. */
  public static List<Path> files() {
    try (Stream<Path> s = Files.list(dir())) {
      return s.filter(f -> f.toString().matches(".*\\.(txt|docx|pdf)$")).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The scanned PDFs in {@code corpus-scans/} ({@code *.scan.pdf}: image-only pages, read by OCR),
   * sorted. They live beside {@code corpus/}, out of {@link #files()} and of everything that walks
   * {@code corpus/}, because reading them needs tesseract and takes seconds per page.
   */
  public static List<Path> scans() {
    try (Stream<Path> s = Files.list(root().resolve("corpus-scans"))) {
      return s.filter(Corpus::isScan).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The scanned PDF of a seed id ("002"). */
  public static Path scan(String seed) {
    return scans().stream().filter(f -> f.getFileName().toString().startsWith(seed + "_"))
        .findFirst().orElseThrow(() -> new IllegalStateException("no corpus scan " + seed));
  }

  private static boolean isScan(Path f) {
    return f.getFileName().toString().endsWith(".scan.pdf");
  }

  /** The corpus file of a seed id ("002") and extension ("pdf"). */
  public static Path file(String seed, String ext) {
    return files().stream()
        .filter(f -> f.getFileName().toString().startsWith(seed + "_") && f.toString().endsWith("." + ext))
        .findFirst().orElseThrow(() -> new IllegalStateException("no corpus file " + seed + " " + ext));
  }

  /** The path a person would type from the repository root: corpus/NAME. */
  public static String display(Path f) {
    return "corpus/" + f.getFileName();
  }
}
