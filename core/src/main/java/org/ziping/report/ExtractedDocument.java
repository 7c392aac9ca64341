package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One JSON document per input file: the output contract's top level. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtractedDocument(int schemaVersion, SourceRef source, List<Report> reports,
                                List<ErrorEntry> errors) {
  public static final int SCHEMA_VERSION = 1;
}
