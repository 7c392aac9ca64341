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

  /** The same document with these reports. */
  public ExtractedDocument withReports(List<Report> r) {
    return new ExtractedDocument(schemaVersion, source, r, errors);
  }
}
