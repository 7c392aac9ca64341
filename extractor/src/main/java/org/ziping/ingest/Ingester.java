package org.ziping.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.ziping.model.DocumentModel;
import org.ziping.model.SourceInfo;

/**
 * Reads one file format into a {@link DocumentModel}, like Tika's {@code Parser}: one
 * implementation per format, chosen by the media type Tika detects from the content.
 * Implementations build the model with {@link org.ziping.model.DocumentBuilder} so that offsets
 * always point into the model's text.
 */
public interface Ingester {

  /** Media types this ingester reads (Tika's names, without parameters). */
  Set<String> mediaTypes();

  /**
   * Reads {@code file}.
   *
   * @param source identity of the file, already filled in (format, sha256; pages left for the
   *               ingester to set)
   * @throws IngestException when the file cannot be read as this format; the message says why in
   *                         words a user understands ("truncated PDF: no trailer", "empty file")
   */
  DocumentModel ingest(Path file, SourceInfo source, IngestConfig config)
      throws IngestException, IOException;
}
