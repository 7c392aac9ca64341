package org.ziping.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.FormatDetector;
import org.ziping.ingest.IngestConfig;
import java.util.stream.Stream;

/**
 * Expands command-line paths into input files: a file is taken as it is, a folder is walked
 * (sorted). In a folder, hidden files and folders (name starting with ".") are skipped, and so are
 * README/markdown notes and files whose detected type is not a document the pipeline reads
 * ({@link #isDocumentType}: source code, archives, images, compiled files …); report JSON
 * ({@code *.json}, written by {@code extract}) is kept. Every skipped file is counted with its
 * reason in {@link Walk#skipped()}. A path that does not exist is kept, so that reading it reports
 * the error instead of it vanishing.
 */
public final class InputFiles {
  private InputFiles() {}

  /** A file left out of a folder walk and why. */
  public record Skipped(Path file, String reason) {}

  /** The files taken, and those left out of the folders. */
  public record Walk(List<Path> files, List<Skipped> skipped) {
    /**
     * Tells stderr how many files the folders held that are not inputs ("extract: skipped 3
     * files in folders (hidden or not a document)"), naming each with its reason when verbose;
     * nothing when none was skipped.
     */
    public void report(java.io.PrintWriter err, String command, boolean verbose) {
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

  /** The input files of the paths, with what the folder walks skipped. */
  public static Walk walk(List<Path> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    FormatDetector detector = new FormatDetector();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).sorted().forEach(found::add);
        }
        for (Path f : found) {
          String why = skipReason(p, f, detector);
          if (why == null) {
            out.add(f);
          } else {
            skipped.add(new Skipped(f, why));
          }
        }
      } else {
        out.add(p);
      }
    }
    return new Walk(out, skipped);
  }

  /** Why a file found under {@code root} is not an input, null when it is one. */
  private static String skipReason(Path root, Path f, FormatDetector detector) {
    for (Path part : root.relativize(f)) {
      if (part.toString().startsWith(".")) {
        return "hidden";
      }
    }
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".md")) {
      return "a markdown note";
    }
    if (name.endsWith(".json")) {
      return null;
    }
    try {
      String type = detector.detect(f);
      return isDocumentType(type) ? null : "not a document (" + type + ")";
    } catch (IOException e) {
      return null;
    }
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

  /** Output file name for an input: its file name plus {@code suffix}. */
  public static Path outputFor(Path input, Path dir, String suffix) {
    return dir.resolve(input.getFileName().toString() + suffix);
  }

  /** The standard reader's types, built on first use. */
  private static final class Types {
    static final Set<String> READ = DocumentReader.standard(IngestConfig.defaults()).mediaTypes();
  }
}
