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

  /** The formats the corpus holds each seed in, by file extension; txt first. */
  public static final List<String> FORMATS =
      List.of("txt", "docx", "doc", "pdf", "chromium.pdf", "html");

  /** {@link #FORMATS}, for {@code @MethodSource("org.ziping.testing.Corpus#formats")}. */
  public static List<String> formats() {
    return FORMATS;
  }

  /** Every format but txt, the reference the others are compared with. */
  public static List<String> formatsBesideText() {
    return FORMATS.subList(1, FORMATS.size());
  }

  /** All corpus report files (one per seed and format), sorted. */
  public static List<Path> files() {
    try (Stream<Path> s = Files.list(dir())) {
      return s.filter(f -> FORMATS.stream().anyMatch(ext -> f.toString().endsWith("." + ext)))
          .sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The corpus file of a seed id ("002") and format: its name after the stem, "txt", "docx",
   * "pdf" (the LibreOffice render) or "chromium.pdf" (the browser-printed render).
   */
  public static Path file(String seed, String ext) {
    return files().stream()
        .filter(f -> {
          String name = f.getFileName().toString();
          return name.startsWith(seed + "_") && name.substring(name.indexOf('.') + 1).equals(ext);
        })
        .findFirst().orElseThrow(() -> new IllegalStateException("no corpus file " + seed + " " + ext));
  }

  /**
   * {@code ../shared/realdocs} beside the repository (real published files, never copied into the
   * repository). Skips the calling test when the folder is absent, unless {@code CI=true}, where it
   * is required.
   */
  public static Path realdocs() {
    Path dir = root().resolve("../shared/realdocs").normalize();
    boolean present = Files.isDirectory(dir);
    org.junit.jupiter.api.Assumptions.assumeTrue(present || "true".equals(System.getenv("CI")),
        "../shared/realdocs is absent: the tests on real published documents are skipped");
    if (!present) {
      throw new IllegalStateException("CI=true but " + dir + " is absent");
    }
    return dir;
  }

  /** The path a person would type from the repository root: corpus/NAME. */
  public static String display(Path f) {
    return "corpus/" + f.getFileName();
  }
}
