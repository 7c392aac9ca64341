package org.ziping.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestConfig;

/**
 * Expands command-line paths into input files: a file is taken as it is, a folder is walked
 * (sorted). In a folder, hidden files and folders (name starting with ".") are skipped, and so are
 * README/markdown notes and files whose detected type is not a document the pipeline reads
 * ({@link #isDocumentType}: source code, archives, images, compiled files …); report JSON
 * ({@code *.json}, written by {@code extract}) is kept. Every skipped file is counted with its
 * reason in {@link Walk#skipped()}.
 *
 * <p>A folder given as a symbolic link is walked as the folder it points to (links inside it are
 * not followed, so no loop can arise); the files keep the path as given (under the link). Nothing
 * vanishes silently: a path that does not exist, and a folder that holds no input file, are kept
 * as they are, so that reading them reports the error ("no such file", "a folder with no input
 * files") instead of the batch ending with nothing done.
 *
 * <p>The walk itself is {@link StreamedWalk}'s, which hands the inputs out while the types of the
 * files further on are still being detected; {@link #walk} waits for all of them.
 *
 * <p>Output names ({@link #outputs}) keep each file's path relative to the folder it was found in,
 * so two {@code report.pdf} in different sub-folders do not overwrite each other; names that would
 * still clash (the same name under two arguments) are refused before anything is written.
 */
public final class InputFiles {
  private InputFiles() {}

  /** One input file and its name relative to the argument it came from (its file name for a file). */
  public record Input(Path file, Path name) {}

  /** A file left out of a folder walk and why. */
  public record Skipped(Path file, String reason) {}

  /** The inputs taken, and the files left out of the folders. */
  public record Walk(List<Input> inputs, List<Skipped> skipped) {
    /** The input files, in order. */
    public List<Path> files() {
      return inputs.stream().map(Input::file).toList();
    }

    /**
     * Tells stderr how many files the folders held that are not inputs ("extract: skipped 3
     * files in folders (hidden or not a document)"), naming each with its reason when verbose;
     * nothing when none was skipped.
     */
    public void report(PrintWriter err, String command, boolean verbose) {
      if (skipped.isEmpty()) {
        return;
      }
      err.println(command + ": skipped " + skipped.size() + " file(s) in folders (hidden or not a "
          + "document)" + (verbose ? ":" : "; --verbose names them"));
      if (verbose) {
        skipped.forEach(s -> err.println(command + ": skipped " + s.file() + ": " + s.reason()));
      }
    }
  }

  public static List<Path> expand(List<Path> paths) throws IOException {
    return walk(paths).files();
  }

  /** The input files of the arguments, in order, each with its relative name. */
  public static List<Input> inputs(List<Path> paths) throws IOException {
    return walk(paths).inputs();
  }

  /**
   * An upper bound of the number of inputs of the paths, cheaply: the regular files under the
   * folders (no detection, nothing skipped) plus the other paths. For sizing work before the walk.
   */
  public static long countAtMost(List<Path> paths) throws IOException {
    long n = 0;
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p.toRealPath())) {
          n += s.filter(Files::isRegularFile).count();
        }
      } else {
        n++;
      }
    }
    return n;
  }

  /**
   * The inputs of the paths, with what the folder walks skipped: the whole walk, every file's type
   * detected ({@link StreamedWalk}, which hands the same inputs out as they are decided).
   */
  public static Walk walk(List<Path> paths) throws IOException {
    return new StreamedWalk(paths).drain();
  }

  /**
   * Whether a detected media type is a document the pipeline reads: a type of the standard
   * reader's dedicated ingesters (text, HTML and web archives, PDF, Word and WPS, Excel and ET
   * workbooks), or RTF and OpenDocument text or sheets, which Tika reads as text. Text types of
   * source code (text/x-python, text/x-java-source …), CSV, images, archives and executables are
   * not.
   */
  public static boolean isDocumentType(String mediaType) {
    return Types.READ.contains(mediaType) || TIKA_DOCUMENTS.contains(mediaType);
  }

  private static final Set<String> TIKA_DOCUMENTS = Set.of("application/rtf", "text/rtf",
      "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet");

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
      Path o = outputOf(in, dir, suffix);
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

  /** The output file of one input under {@code dir}: its relative name plus {@code suffix}. */
  public static Path outputOf(Input in, Path dir, String suffix) {
    return dir.resolve(in.name().toString() + suffix).normalize();
  }

  /** Output file name for an input: its file name plus {@code suffix}. */
  public static Path outputFor(Path input, Path dir, String suffix) {
    return dir.resolve(input.getFileName().toString() + suffix);
  }

  /** The standard reader's types, built on first use. */
  private static final class Types {
    static final Set<String> READ = DocumentReader.standard(IngestConfig.defaults()).mediaTypes();
  }
}
