package org.ziping.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Expands command-line paths into input files: a file is taken as it is, a folder is walked
 * (sorted, hidden files and README/markdown notes skipped). A folder given as a symbolic link is
 * walked as the folder it points to (links inside it are not followed, so no loop can arise); the
 * files keep the path as given (under the link). Nothing vanishes silently: a path that does not
 * exist, and a folder that holds no input file, are kept as they are, so that reading them reports
 * the error ("no such file", "a folder with no input files") instead of the batch ending with
 * nothing done.
 *
 * <p>Output names ({@link #outputs}) keep each file's path relative to the folder it was found in,
 * so two {@code report.pdf} in different sub-folders do not overwrite each other; names that would
 * still clash (the same name under two arguments) are refused before anything is written.
 */
public final class InputFiles {
  private InputFiles() {}

  /** One input file and its name relative to the argument it came from (its file name for a file). */
  public record Input(Path file, Path name) {}

  public static List<Path> expand(List<Path> paths) throws IOException {
    return inputs(paths).stream().map(Input::file).toList();
  }

  /** The input files of the arguments, in order, each with its relative name. */
  public static List<Input> inputs(List<Path> paths) throws IOException {
    List<Input> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        Path real = p.toRealPath();
        int before = out.size();
        try (Stream<Path> s = Files.walk(real)) {
          s.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .filter(f -> !f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
              .sorted()
              .forEach(f -> {
                Path rel = real.relativize(f);
                out.add(new Input(p.resolve(rel.toString()), rel));
              });
        }
        if (out.size() == before) {
          out.add(new Input(p, p.getFileName() == null ? p : p.getFileName()));
        }
      } else {
        out.add(new Input(p, p.getFileName() == null ? p : p.getFileName()));
      }
    }
    return out;
  }

  /** Output file name for an input: its file name plus {@code suffix}. */
  public static Path outputFor(Path input, Path dir, String suffix) {
    return dir.resolve(input.getFileName().toString() + suffix);
  }

  /**
   * The output file of every input under {@code dir}: its relative name plus {@code suffix}.
   *
   * @throws IllegalArgumentException naming the inputs whose outputs would clash (checked before
   *     anything is written); clashes are compared without case, as some file systems do
   */
  public static Map<Input, Path> outputs(List<Input> inputs, Path dir, String suffix) {
    Map<Input, Path> out = new LinkedHashMap<>();
    Map<String, Input> seen = new LinkedHashMap<>();
    List<String> clashes = new ArrayList<>();
    for (Input in : inputs) {
      Path o = dir.resolve(in.name().toString() + suffix).normalize();
      Input first = seen.putIfAbsent(o.toString().toLowerCase(Locale.ROOT), in);
      if (first != null) {
        clashes.add(first.file() + " and " + in.file() + " -> " + o);
      }
      out.put(in, o);
    }
    if (!clashes.isEmpty()) {
      throw new IllegalArgumentException("output names clash, nothing written (give the inputs "
          + "as folders, or use separate -o folders): " + String.join("; ", clashes));
    }
    return out;
  }
}
