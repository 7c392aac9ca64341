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
  public static final List<String> FORMATS = List.of("txt", "docx", "doc", "pdf", "html");

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
