package org.ziping.ingest;

/** A file that cannot be read; the message names the reason, the caller adds the file name. */
public class IngestException extends Exception {
  public IngestException(String message) {
    super(message);
  }

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The innermost message of {@code e}'s cause chain, which is where libraries such as POI keep
   * the reason a file is unreadable ("Truncated ZIP file"); the class name when none has one.
   */
  public static String reason(Throwable e) {
    String m = null;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        m = t.getMessage();
      }
    }
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
