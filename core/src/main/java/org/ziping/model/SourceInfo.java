package org.ziping.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Identity of one input file.
 *
 * @param file      path as given (relative to the working directory when it was relative)
 * @param format    {@code txt}, {@code pdf}, {@code docx}, {@code doc} (also .wps), {@code xls}
 *                  (also .et), {@code xlsx}, or the short name of another format read through
 *                  Tika's text ({@code rtf}, {@code html}, ...)
 * @param mediaType the media type Tika detected from the content
 * @param sha256    hex SHA-256 of the file's bytes
 * @param pages     page count for paged formats (pdf), else null
 * @param metadata  selected metadata (charset, title, author, creation date) as strings
 */
public record SourceInfo(String file, String format, String mediaType, String sha256, Integer pages,
                         Map<String, String> metadata) {
  public SourceInfo {
    metadata = metadata == null ? Map.of()
        : Collections.unmodifiableMap(new TreeMap<>(metadata));
  }

  public SourceInfo withPages(Integer n) {
    return new SourceInfo(file, format, mediaType, sha256, n, metadata);
  }
}
