package org.ziping.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.ziping.report.ReportJson;
import org.ziping.report.ErrorEntry;
import org.ziping.report.ExtractedDocument;

/**
 * One file's extraction as the JSON that {@code extract} writes ({@link ReportJson#write}), in UTF-8,
 * with what a batch needs to report on it without reading the JSON back: the number of reports and
 * the {@code errors}. A worker JVM ({@link ForkedExtraction}) sends both, so the supervisor writes
 * the worker's bytes as they are instead of decoding, parsing or writing them a second time.
 *
 * @param utf8 the document's JSON, byte for byte what {@code ReportJson.write(document)} gives in UTF-8
 *     (not copied: the caller hands it over)
 * @param reports how many reports the document holds
 * @param errors the document's {@code errors}, non-null
 */
public record SerializedDocument(byte[] utf8, int reports, List<ErrorEntry> errors) {
  public SerializedDocument {
    errors = List.copyOf(errors);
  }

  /**
   * The document serialised once, straight to UTF-8 (the same bytes as {@link ReportJson#write}'s text
   * encoded, without the text in between).
   */
  public static SerializedDocument of(ExtractedDocument d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    try {
      ReportJson.mapper().writeValue(out, d);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise the document of " + d.source().file(), e);
    }
    out.write('\n');
    return new SerializedDocument(out.toByteArray(), d.reports().size(), d.errors());
  }

  /** The JSON as text. */
  public String json() {
    return new String(utf8, StandardCharsets.UTF_8);
  }

  /** The document itself, read back from its JSON (for callers that need the records). */
  public ExtractedDocument document() {
    try {
      return ReportJson.mapper().readValue(utf8, ExtractedDocument.class);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable document JSON", e);
    }
  }

  /** What a batch reports of the document: its number of reports and its errors. */
  public ExtractionSummary summary() {
    return new ExtractionSummary(reports, errors);
  }

  /** A file failed when a stage reported an error, or when nothing was read from it. */
  public boolean failed() {
    return summary().failed();
  }

  /**
   * Writes the JSON to {@code output} (its folders made first) so that the file is never seen half
   * written: into {@code NAME.part} beside it, then moved over it. A writer that dies before the
   * move leaves only the {@code .part} file, which the next write of the same output replaces; a
   * write or move that fails removes it.
   */
  public void writeTo(Path output) throws IOException {
    Path dir = output.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path part = output.resolveSibling(output.getFileName() + ".part");
    try {
      Files.write(part, utf8);
      try {
        Files.move(part, output, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, output, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      Files.deleteIfExists(part);
      throw e;
    }
  }
}
