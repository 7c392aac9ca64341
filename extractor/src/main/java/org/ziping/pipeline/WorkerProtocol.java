package org.ziping.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ziping.report.ErrorEntry;

/**
 * The frames between {@link ForkedExtraction} and a worker JVM ({@link ExtractionWorker}), which
 * runs several files at once: every request and every answer carries the file's id, chosen by the
 * supervisor, so answers of files in flight together may interleave.
 *
 * <p>A request is an id, the file's path and the path of its output file (empty for none). The
 * worker answers each with any number of {@link #STAGE} frames (the first when a thread takes the
 * file: the supervisor's clock starts there), then one {@link #SUMMARY} frame (the number of
 * reports and the {@code errors}, in binary: {@link #summary(ExtractionSummary)}) and, written
 * together with it, either one {@link #RESULT} frame holding the document's JSON as
 * {@code extract} writes it, or, when the request named an output file and the worker has
 * written the JSON there ({@link SerializedDocument#writeTo}), one empty {@link #WRITTEN} frame:
 * the document's bytes then never cross the channel. A worker that cannot write the output file
 * answers with {@link #RESULT}, and the supervisor writes it. Text is UTF-8 after its length in
 * bytes. The worker's end of input is the end of the batch. Before its first frame the worker
 * writes {@link #HELLO}; what the JVM printed on stdout before it (a flight recording's notice) is
 * skipped.
 */
final class WorkerProtocol {
  static final byte STAGE = 'S';
  static final byte RESULT = 'R';
  static final byte SUMMARY = 'M';
  /** The document's JSON is in the output file the request named. */
  static final byte WRITTEN = 'W';
  /** The largest text of a frame: a document's JSON within the parent's heap. */
  static final int MAX_TEXT_BYTES = 256 << 20;

  /**
   * A file to extract, with the id its answer frames carry and the absolute path of its output
   * file, empty when the answer is to carry the JSON.
   */
  record Request(int id, String path, String output) {}

  /** One answer frame of the file {@code id}; its payload is UTF-8 text. */
  record Frame(byte type, int id, byte[] payload) {
    String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }
  }

  /** The worker's first bytes on stdout: its frames follow. */
  static final byte[] HELLO = "\nziping worker frames 4\n".getBytes(StandardCharsets.US_ASCII);
  /** How much a worker may print on stdout before {@link #HELLO}. */
  private static final int MAX_BEFORE_HELLO = 1 << 20;

  private WorkerProtocol() {}

  static void writeHello(DataOutputStream out) throws IOException {
    out.write(HELLO);
    out.flush();
  }

  /**
   * Reads up to and including {@link #HELLO}; returns what came before it (the JVM's own
   * notices). An {@link IOException} when the stream ends or holds too much before it.
   */
  static String readHello(DataInputStream in) throws IOException {
    ByteArrayOutputStream before = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < HELLO.length) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("the worker ended before its first frame: "
            + before.toString(StandardCharsets.UTF_8).strip());
      }
      before.write(b);
      if (before.size() > MAX_BEFORE_HELLO) {
        throw new IOException("the worker printed more than " + MAX_BEFORE_HELLO
            + " bytes before its first frame");
      }
      if (b == (HELLO[matched] & 0xff)) {
        matched++;
      } else {
        matched = b == (HELLO[0] & 0xff) ? 1 : 0;
      }
    }
    byte[] all = before.toByteArray();
    return new String(all, 0, all.length - HELLO.length, StandardCharsets.UTF_8);
  }

  static void writeRequest(DataOutputStream out, int id, String path, String output)
      throws IOException {
    out.writeInt(id);
    writeText(out, path);
    writeText(out, output);
  }

  /** The next request; {@link java.io.EOFException} at the end of the batch. */
  static Request readRequest(DataInputStream in) throws IOException {
    int id = in.readInt();
    String path = readText(in);
    return new Request(id, path, readText(in));
  }

  static void writeFrame(DataOutputStream out, byte type, int id, String text)
      throws IOException {
    writeFrame(out, type, id, text.getBytes(StandardCharsets.UTF_8));
  }

  static void writeFrame(DataOutputStream out, byte type, int id, byte[] utf8)
      throws IOException {
    out.writeByte(type);
    out.writeInt(id);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  /**
   * The next answer frame; an {@link IOException} at the end of the stream and on anything that is
   * not a frame (a JVM that printed to stdout as it died), never an allocation of a bogus length.
   */
  static Frame readFrame(DataInputStream in) throws IOException {
    byte type = in.readByte();
    if (type != STAGE && type != SUMMARY && type != RESULT && type != WRITTEN) {
      throw new IOException("not a frame of the worker protocol (type " + type + ")");
    }
    int id = in.readInt();
    return new Frame(type, id, readBytes(in));
  }

  /**
   * The payload of a {@link #SUMMARY} frame: the number of reports, the number of errors, then
   * each error's file, stage, message and severity, each a text that may be null. Binary rather
   * than JSON: the supervisor reads one per file on its frame-reading thread, and a JSON
   * data-binding of the record cost that thread more than the rest of a frame (docs/speed.md,
   * "The launcher's share").
   */
  static byte[] summary(ExtractionSummary s) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + 64 * s.errors().size());
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(s.reports());
      out.writeInt(s.errors().size());
      for (ErrorEntry e : s.errors()) {
        writeNullableText(out, e.file());
        writeNullableText(out, e.stage());
        writeNullableText(out, e.message());
        writeNullableText(out, e.severity());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return bytes.toByteArray();
  }

  /**
   * Reads a {@link #summary(ExtractionSummary)} payload; an {@link IOException} if it is not one.
   */
  static ExtractionSummary readSummary(byte[] payload) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
    int reports = in.readInt();
    int n = in.readInt();
    if (reports < 0 || n < 0 || n > payload.length) {
      throw new IOException("not a summary: " + reports + " reports, " + n + " errors");
    }
    List<ErrorEntry> errors = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      errors.add(new ErrorEntry(readNullableText(in), readNullableText(in),
          readNullableText(in), readNullableText(in)));
    }
    if (in.available() > 0) {
      throw new IOException("not a summary: " + in.available() + " bytes after its end");
    }
    return new ExtractionSummary(reports, errors);
  }

  private static void writeNullableText(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
    } else {
      writeText(out, s);
    }
  }

  private static String readNullableText(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n == -1) {
      return null;
    }
    if (n < 0 || n > in.available()) {
      throw new IOException("not a summary: a text of " + n + " bytes");
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static void writeText(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readText(DataInputStream in) throws IOException {
    return new String(readBytes(in), StandardCharsets.UTF_8);
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_TEXT_BYTES) {
      throw new IOException("a frame of " + n + " bytes");
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return b;
  }
}
