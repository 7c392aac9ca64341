package org.ziping.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * The repository's seed reports for the bench tests: a corpus file by seed number and format, and
 * the reviewed extraction of each seed's text version ({@code golden/reports/*.txt.json}), the
 * input the generators scale from.
 */
final class Seeds {
  private Seeds() {}

  static Path root() {
    String prop = System.getProperty("ziping.root");
    Path p = prop != null ? Paths.get(prop) : Paths.get("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("corpus"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("corpus/ not found above " + Paths.get("").toAbsolutePath());
    }
    return p;
  }

  /** The corpus file of a seed ("004") in a format ("txt", "docx"). */
  static Path corpusFile(String seed, String ext) throws IOException {
    try (Stream<Path> s = Files.list(root().resolve("corpus"))) {
      return s.filter(f -> {
        String name = f.getFileName().toString();
        return name.startsWith(seed + "_") && name.endsWith("." + ext);
      }).findFirst().orElseThrow(() -> new IllegalStateException("no corpus file " + seed + " " + ext));
    }
  }

  /** The five seeds' extracted JSON (text versions), sorted by name. */
  static List<Path> extractedSeeds() throws IOException {
    try (Stream<Path> s = Files.list(root().resolve("golden/reports"))) {
      List<Path> out = s.filter(f -> f.getFileName().toString().endsWith(".txt.json")).sorted().toList();
      if (out.size() != 5) {
        throw new IllegalStateException("expected the five seeds' txt goldens, found " + out);
      }
      return out;
    }
  }
}
