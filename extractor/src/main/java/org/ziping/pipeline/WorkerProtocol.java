package org.ziping.pipeline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The frames between {@link ForkedExtraction} and {@link ExtractionWorker}: a type byte, a length
 * and UTF-8 text. The supervisor sends a file path (no type byte); the worker answers with any
 * number of {@link #STAGE} frames, one {@link #SUMMARY} frame (the number of reports and the
 * {@code errors}, as JSON) and one {@link #RESULT} frame holding the document's JSON as
 * {@code extract} writes it.
 */
final class WorkerProtocol {
  static final byte STAGE = 'S';
  static final byte RESULT = 'R';
  static final byte SUMMARY = 'M';

  /** The {@link #SUMMARY} frame's content. */
  record Summary(int reports, java.util.List<org.ziping.report.ErrorEntry> errors) {}

  private WorkerProtocol() {}

  static void writeText(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  static void write(DataOutputStream out, byte type, String s) throws IOException {
    out.writeByte(type);
    writeText(out, s);
  }

  static String readText(DataInputStream in) throws IOException {
    int n = in.readInt();
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
