package org.ziping.ingest;

/** A file that cannot be read; the message names the reason, the caller adds the file name. */
public class IngestException extends Exception {
  public IngestException(String message) {
    super(message);
  }

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }
}
