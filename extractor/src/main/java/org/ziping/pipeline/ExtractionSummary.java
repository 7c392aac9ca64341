package org.ziping.pipeline;

import java.util.List;
import org.ziping.report.ErrorEntry;

/**
 * What a batch reports of one file's extraction without reading its JSON: the number of reports
 * and the {@code errors} (also the {@link WorkerProtocol#SUMMARY} frame of a worker's answer).
 *
 * @param reports how many reports the document holds
 * @param errors the document's {@code errors}, non-null
 */
public record ExtractionSummary(int reports, List<ErrorEntry> errors) {
  public ExtractionSummary {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** A file failed when a stage reported an error, or when nothing was read from it. */
  public boolean failed() {
    return reports == 0 || errors.stream().anyMatch(e -> !e.warning());
  }
}
