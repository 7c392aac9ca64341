package org.ziping.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import org.ziping.ingest.OcrMode;
import org.ziping.report.ExtractedDocument;

/**
 * The whole extraction for one file: ingest, parse, audit. Never throws for a bad input: what
 * could not be read is in {@link ExtractedDocument#errors()}, with the file and the reason.
 * Other modules (the index) use this and the report records, never the stages' internals.
 */
public interface Extraction {
  ExtractedDocument extract(Path file);

  /**
   * The same extraction as the JSON {@code extract} writes, serialised once; a worker JVM's
   * answer is passed on as it is ({@link ForkedExtraction}).
   */
  default SerializedDocument extractSerialized(Path file) {
    return SerializedDocument.of(extract(file));
  }

  /**
   * The same extraction with its JSON written to {@code output} as {@code extract} writes it
   * ({@link SerializedDocument#writeTo}); returns what the batch reports of it. A worker JVM writes
   * the file itself, so the document's bytes never reach this JVM ({@link ForkedExtraction}).
   */
  default ExtractionSummary extractTo(Path file, Path output) throws IOException {
    SerializedDocument d = extractSerialized(file);
    d.writeTo(output);
    return d.summary();
  }

  /** The same extraction reading scanned PDF pages with the given OCR mode. */
  default Extraction withOcr(OcrMode mode) {
    return this;
  }
}
