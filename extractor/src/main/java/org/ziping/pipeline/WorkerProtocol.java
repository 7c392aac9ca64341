package org.ziping.pipeline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The frames between {@link ForkedExtraction} and a worker JVM ({@link ExtractionWorker}), which
 * runs several files at once: every request and every answer carries the file's id, chosen by
 * the supervisor, so answers of files in flight together may interleave.
 *
 * <p>A request is an id and the file's path. The worker answers each with any number of
 * {@link #STAGE} frames (the first when a thread takes the file: the supervisor's clock starts
 * there), then one {@link #SUMMARY} frame (the number of reports and the {@code errors}, as JSON)
 * and one {@link #RESULT} frame holding the document's JSON as {@code extract} writes it; the two
 * last are written together. Text is UTF-8 after its length in bytes. The worker's end of input
 * is the end of the batch.
 */
final class WorkerProtocol {
  static final byte STAGE = 'S';
  static final byte RESULT = 'R';
  static final byte SUMMARY = 'M';
  /** The largest text of a frame: a document's JSON within the parent's heap. */
  static final int MAX_TEXT_BYTES = 256 << 20;

  /** The {@link #SUMMARY} frame's content. */
  record Summary(int reports, java.util.List<org.ziping.report.ErrorEntry> errors) {}

  /** A file to extract, with the id its answer frames carry. */
  record Request(int id, String path) {}

  /** One answer frame of the file {@code id}. */
  record Frame(byte type, int id, String text) {}

  private WorkerProtocol() {}

  static void writeRequest(DataOutputStream out, int id, String path) throws IOException {
    out.writeInt(id);
    writeText(out, path);
  }

  /** The next request; {@link java.io.EOFException} at the end of the batch. */
  static Request readRequest(DataInputStream in) throws IOException {
    int id = in.readInt();
    return new Request(id, readText(in));
  }

  static void writeFrame(DataOutputStream out, byte type, int id, String text)
      throws IOException {
    out.writeByte(type);
    out.writeInt(id);
    writeText(out, text);
  }

  /**
   * The next answer frame; an {@link IOException} at the end of the stream and on anything that is
   * not a frame (a JVM that printed to stdout as it died), never an allocation of a bogus length.
   */
  static Frame readFrame(DataInputStream in) throws IOException {
    byte type = in.readByte();
    if (type != STAGE && type != SUMMARY && type != RESULT) {
      throw new IOException("not a frame of the worker protocol (type " + type + ")");
    }
    int id = in.readInt();
    return new Frame(type, id, readText(in));
  }

  private static void writeText(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readText(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_TEXT_BYTES) {
      throw new IOException("a frame of " + n + " bytes");
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
