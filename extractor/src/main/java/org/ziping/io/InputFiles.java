package org.ziping.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands command-line paths into input files: a file is taken as it is, a folder is walked
 * (sorted, hidden files and README/markdown notes skipped). A path that does not exist is kept, so
 * that reading it reports the error instead of it vanishing.
 */
public final class InputFiles {
  private InputFiles() {}

  public static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .filter(f -> !f.getFileName().toString().toLowerCase().endsWith(".md"))
              .sorted()
              .forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** Output file name for an input: its file name plus {@code suffix}. */
  public static Path outputFor(Path input, Path dir, String suffix) {
    return dir.resolve(input.getFileName().toString() + suffix);
  }
}
