package org.ziping.pipeline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The frames between {@link ForkedExtraction} and {@link ExtractionWorker}: a type byte, a length
 * and UTF-8 text. The supervisor sends a file path (no type byte); the worker answers with any
 * number of {@link #STAGE} frames and one {@link #RESULT} frame holding the document's JSON.
 */
final class WorkerProtocol {
  static final byte STAGE = 'S';
  static final byte RESULT = 'R';

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
