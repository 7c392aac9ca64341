package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One JSON document per input file: the output contract's top level. {@code reports} and
 * {@code errors} are never null (empty when none).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtractedDocument(int schemaVersion, SourceRef source, List<Report> reports,
                                List<ErrorEntry> errors) {
  public static final int SCHEMA_VERSION = 1;

  public ExtractedDocument {
    reports = reports == null ? List.of() : List.copyOf(reports);
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /**
   * The same document with the path it was read by ({@code read}) written as its caller gave it
   * ({@code given}), in its source and its errors (file and message): a worker kept between
   * batches reads a caller's relative path against the caller's folder, not its own.
   */
  public ExtractedDocument readAs(String read, String given) {
    SourceRef s = source == null || !read.equals(source.file()) ? source
        : new SourceRef(given, source.format(), source.sha256(), source.pages());
    List<ErrorEntry> e = errors.stream().map(x -> new ErrorEntry(
        read.equals(x.file()) ? given : x.file(), x.stage(),
        x.message() == null ? null : x.message().replace(read, given), x.severity())).toList();
    return new ExtractedDocument(schemaVersion, s, reports, e);
  }

  /** The same document with these reports. */
  public ExtractedDocument withReports(List<Report> r) {
    return new ExtractedDocument(schemaVersion, source, r, errors);
  }
}
