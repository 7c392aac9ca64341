package org.ziping.pipeline;

import java.util.List;
import org.ziping.io.Json;
import org.ziping.report.ErrorEntry;
import org.ziping.report.ExtractedDocument;

/**
 * One file's extraction as the JSON that {@code extract} writes ({@link Json#write}), with what a
 * batch needs to report on it without reading the JSON back: the number of reports and the
 * {@code errors}. A worker JVM ({@link ForkedExtraction}) sends both, so the supervisor writes the
 * worker's JSON as it is instead of parsing it and writing it a second time.
 *
 * @param json the document's JSON, byte for byte what {@code Json.write(document)} gives
 * @param reports how many reports the document holds
 * @param errors the document's {@code errors}, non-null
 */
public record SerializedDocument(String json, int reports, List<ErrorEntry> errors) {
  public SerializedDocument {
    errors = List.copyOf(errors);
  }

  /** The document serialised once. */
  public static SerializedDocument of(ExtractedDocument d) {
    return new SerializedDocument(Json.write(d), d.reports().size(), d.errors());
  }

  /** The document itself, read back from its JSON (for callers that need the records). */
  public ExtractedDocument document() {
    try {
      return Json.mapper().readValue(json, ExtractedDocument.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("unreadable document JSON", e);
    }
  }

  /** A file failed when a stage reported an error, or when nothing was read from it. */
  public boolean failed() {
    return reports == 0 || errors.stream().anyMatch(e -> !e.warning());
  }
}
