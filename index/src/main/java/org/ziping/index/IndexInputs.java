package org.ziping.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Predicate;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import org.ziping.report.ReportJson;
import org.ziping.pipeline.Extraction;
import org.ziping.report.ExtractedDocument;

/**
 * The inputs of one index run: files (a {@code .json} written by {@code ziping extract}, or a
 * document to extract), and JSON Lines files, each line of which is one extracted document (the
 * JSON of {@code extract} on one line, as the Spark job writes it into {@code reports/}).
 *
 * <p>Which files are JSON Lines is the caller's rule ({@link #of(List, Predicate)}); the standard
 * one ({@link #isJsonLines}) takes a name ending in {@code .jsonl}, and a Spark text part
 * ({@code part-*}, not {@code .crc} or {@code .parquet}) in a folder that holds Spark's
 * {@code _SUCCESS} marker. A JSON Lines file is read lazily, one line at a time while the run
 * iterates, so a file of any number of documents costs the memory of the lines in flight only.
 * Blank lines are skipped (line numbers count them); a byte-order mark before the first line is
 * dropped.
 *
 * <p>Each line is indexed as the same document read from a {@code .json} file would be (same
 * documents, same ids: {@link ReportIndexer#reportsOf}), keyed for the incremental test by the
 * document's {@code source.file} and {@code source.sha256} instead of the path and hash of the file
 * holding it: a line whose source path was indexed with the same sha256 is skipped, a changed one
 * replaces that path's reports. A line without {@code source.file} is keyed by its file and line
 * number; without {@code source.sha256}, by the hash of the line.
 *
 * <p>Limits: the file must be UTF-8 and uncompressed; a byte sequence that is not UTF-8 fails that
 * line and ends the reading of its file (the rest cannot be resynchronised), named in the run's
 * failures. Every line is parsed in full, even when unchanged, so a malformed line is always
 * reported.
 */
public final class IndexInputs implements Iterable<IndexInputs.Input> {
  /** Spark's marker of a completed output folder. */
  public static final String SPARK_SUCCESS = "_SUCCESS";

  /**
   * One unit of a run: a whole file ({@code line} 0), or one line of a JSON Lines file ({@code
   * line} from 1, its {@code text}); {@code failure} says why a line could not be read.
   */
  public record Input(Path file, long line, String text, String failure) {
    public boolean isLine() {
      return line > 0;
    }

    /** The file, and the line for a line: how failures name the input. */
    public String name() {
      return isLine() ? file + ": line " + line : file.toString();
    }

    @Override
    public String toString() {
      return name();
    }
  }

  /** An input read: its incremental key and sha256, and its reports unless unchanged (null). */
  public record Read(String key, String sha, ReportIndexer.FileReports reports) {
    public boolean unchanged() {
      return reports == null;
    }
  }

  /** {@code extract}'s reader, refusing anything after the document on its line. */
  private static final ObjectReader LINE_READER = ReportJson.mapper().readerFor(ExtractedDocument.class)
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final List<Path> files;
  private final Predicate<Path> jsonLines;

  private IndexInputs(List<Path> files, Predicate<Path> jsonLines) {
    this.files = List.copyOf(files);
    this.jsonLines = jsonLines;
  }

  /** The files, JSON Lines by the standard rule ({@link #isJsonLines}). */
  public static IndexInputs of(List<Path> files) {
    return new IndexInputs(files, IndexInputs::isJsonLines);
  }

  /** The files, read as JSON Lines when {@code jsonLines} says so. */
  public static IndexInputs of(List<Path> files, Predicate<Path> jsonLines) {
    return new IndexInputs(files, jsonLines);
  }

  /** A name ending in {@code .jsonl}, or a Spark text part ({@link #isSparkPart}). */
  public static boolean isJsonLines(Path f) {
    return name(f).endsWith(".jsonl") || isSparkPart(f);
  }

  /**
   * A file {@code part-*} (not a {@code .crc} checksum, not Parquet) in a folder that holds
   * {@value #SPARK_SUCCESS}: a part of a Spark job's text output.
   */
  public static boolean isSparkPart(Path f) {
    String n = name(f);
    Path dir = f.toAbsolutePath().getParent();
    return n.startsWith("part-") && !n.endsWith(".crc") && !n.endsWith(".parquet")
        && dir != null && Files.isRegularFile(dir.resolve(SPARK_SUCCESS));
  }

  /**
   * Files of a Spark output folder that hold no documents: names starting with {@code _}
   * ({@code _SUCCESS}) or {@code .}, and {@code .crc} checksums.
   */
  public static boolean isSparkSideFile(Path f) {
    String n = name(f);
    return n.startsWith("_") || n.startsWith(".") || n.endsWith(".crc");
  }

  private static String name(Path f) {
    Path n = f.getFileName();
    return n == null ? "" : n.toString().toLowerCase(Locale.ROOT);
  }

  /** The number of inputs when known before reading (no JSON Lines file), else -1. */
  public int knownSize() {
    for (Path f : files) {
      if (jsonLines.test(f)) {
        return -1;
      }
    }
    return files.size();
  }

  @Override
  public Iterator<Input> iterator() {
    return new Iterator<>() {
      private final Iterator<Path> next = files.iterator();
      private Lines lines;
      private Input ahead;

      @Override
      public boolean hasNext() {
        while (ahead == null) {
          if (lines != null) {
            ahead = lines.next();
            if (ahead != null) {
              break;
            }
            lines = null;
          }
          if (!next.hasNext()) {
            return false;
          }
          Path f = next.next();
          if (jsonLines.test(f) && Files.isRegularFile(f)) {
            lines = new Lines(f);
          } else {
            ahead = new Input(f, 0, null, null);
          }
        }
        return true;
      }

      @Override
      public Input next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Input in = ahead;
        ahead = null;
        return in;
      }
    };
  }

  /** The non-blank lines of one file, read on demand; closed at the end or at a read error. */
  private static final class Lines {
    private final Path file;
    private BufferedReader reader;
    private long number;
    private boolean done;

    Lines(Path file) {
      this.file = file;
    }

    /** The next line, a failure, or null at the end. */
    Input next() {
      if (done) {
        return null;
      }
      try {
        if (reader == null) {
          reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        }
        String s;
        while ((s = reader.readLine()) != null) {
          number++;
          if (number == 1 && s.startsWith("\uFEFF")) {
            s = s.substring(1);
          }
          if (!s.isBlank()) {
            return new Input(file, number, s, null);
          }
        }
        close();
        return null;
      } catch (IOException e) {
        close();
        return new Input(file, number + 1, null, "cannot be read"
            + (number > 0 ? " (the file's later lines are not read either)" : "") + ": " + e);
      }
    }

    private void close() {
      done = true;
      if (reader != null) {
        try {
          reader.close();
        } catch (IOException ignored) {
          // reading is over; nothing is lost by a failed close of a reader
        }
      }
    }
  }

  /**
   * Reads one input for the index: a file through {@link ReportIndexer#reportsOf} (keyed by its
   * absolute path and the sha256 of its bytes), a line as an extracted document (keyed by its
   * source). Unchanged when {@code known} holds the same sha256 for the key. Throws with the reason
   * when the input cannot be read or holds no extracted document.
   */
  public static Read read(Input in, Optional<Extraction> extraction, Map<String, String> known,
                          ReportSummaries summaries) throws IOException {
    if (in.failure() != null) {
      throw new IOException(in.failure());
    }
    if (!in.isLine()) {
      Path p = in.file();
      String key = p.toAbsolutePath().normalize().toString();
      if (Files.isDirectory(p)) {
        throw new IOException("a folder holding no input files");
      }
      if (!Files.isRegularFile(p)) {
        throw new IOException("not a readable file");
      }
      String sha = ReportIndexer.sha256(p);
      if (sha.equals(known.get(key))) {
        return new Read(key, sha, null);
      }
      return new Read(key, sha, ReportIndexer.reportsOf(extraction, p, key, sha, summaries));
    }
    ExtractedDocument doc;
    try {
      doc = LINE_READER.readValue(in.text());
    } catch (JsonProcessingException e) {
      throw new IOException("not the JSON of an extracted document: " + e.getOriginalMessage());
    }
    if (doc == null || (doc.reports().isEmpty() && doc.source() == null)) {
      throw new IOException("not an extracted document (no source, no reports)");
    }
    String file = doc.source() == null ? null : doc.source().file();
    String sha = doc.source() == null ? null : doc.source().sha256();
    String key = file != null && !file.isBlank() ? file
        : in.file().toAbsolutePath().normalize() + "#" + in.line();
    if (sha == null || sha.isBlank()) {
      sha = ReportIndexer.sha256(in.text().getBytes(StandardCharsets.UTF_8));
    }
    if (sha.equals(known.get(key))) {
      return new Read(key, sha, null);
    }
    return new Read(key, sha, ReportIndexer.reportsOf(doc, key, sha, summaries));
  }
}
