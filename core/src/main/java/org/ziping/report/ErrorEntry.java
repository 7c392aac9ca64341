package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something that could not be read or parsed, and why. Nothing is dropped silently.
 *
 * @param stage    {@code ingest}, {@code parse} or {@code audit}; {@code warning} for an ingest
 *                 warning (something worked around)
 * @param severity {@code warning} for a note that does not mean the file failed (a parse stage
 *                 that could not decide a field, such as the unit, and left it null); absent for
 *                 an error
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorEntry(String file, String stage, String message, String severity) {
  public static final String WARNING = "warning";

  /** An error: the stage failed on this file. */
  public ErrorEntry(String file, String stage, String message) {
    this(file, stage, message, null);
  }

  /** A warning of a stage: noted, the file did not fail. */
  public static ErrorEntry warning(String file, String stage, String message) {
    return new ErrorEntry(file, stage, message, WARNING);
  }

  /** True for warnings (an ingest warning or a stage's warning), false for failures. */
  public boolean warning() {
    return WARNING.equals(stage) || WARNING.equals(severity);
  }
}
