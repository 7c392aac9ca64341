package org.ziping.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;
import org.apache.lucene.util.compress.LZ4;

/**
 * Text kept in the index LZ4-compressed: the report JSON ({@link IndexSchema#REPORT_JSON}, a
 * stored field, as UTF-8) and the report text that snippets are cut from
 * ({@link IndexSchema#TEXT_LZ4}, binary doc values, as UTF-16).
 *
 * <p>Why: Lucene compresses a document's stored fields as one record, so reading a hit's stored
 * text for its snippet decompressed the report JSON stored with it, about three times the text's
 * size; compressed here, the JSON is a few times smaller in the record and Lucene's decompression
 * copies it as it is. The text itself is read from binary doc values (index format 4), which Lucene
 * keeps uncompressed and reads by document without a stored-fields record to open: a hit's text
 * costs one LZ4 decompression of its own bytes. Since index format 5 the text is kept as UTF-16
 * code units (little-endian), which the highlighter's string takes with a copy: UTF-8 had to be
 * decoded character by character (27 % of the samples of a new query's profile at 100,000
 * reports, docs/speed.md), and a Chinese character takes two bytes in UTF-16 against three in
 * UTF-8.
 *
 * <p>Formats: the byte length as a vInt, then Lucene's {@link LZ4} block
 * ({@link LZ4.FastCompressionHashTable}) of the UTF-8 bytes ({@link #encode}) or of the UTF-16LE
 * code units ({@link #encodeUtf16}). Limits: text over 1 GB cannot be kept (a report's text is
 * limited far below that).
 */
final class CompressedText {
  private CompressedText() {}

  static BytesRef encode(String text) {
    return compress(text.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code text} as LZ4-compressed UTF-16LE code units (the snippet text, index format 5). */
  static BytesRef encodeUtf16(String text) {
    byte[] utf16 = new byte[2 * text.length()];
    ByteBuffer.wrap(utf16).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer().put(text);
    return compress(utf16);
  }

  private static BytesRef compress(byte[] bytes) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeVInt(bytes.length);
      LZ4.compress(bytes, 0, bytes.length, out, new LZ4.FastCompressionHashTable());
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory failed", e); // never: in memory
    }
    return new BytesRef(out.toArrayCopy());
  }

  static String decode(BytesRef stored) throws IOException {
    return new Decoder().decode(stored);
  }

  /**
   * Decodes one text after another into the same buffers, grown to the longest (the snippets of
   * a page decode ten texts): the decompressed bytes, and their UTF-16 chars (decoded from UTF-8
   * by {@link UnicodeUtil#UTF8toUTF16}, copied from UTF-16LE), of which the text's string is one
   * copy. ({@code new String(bytes, UTF_8)} allocates about eleven bytes per Chinese character: a
   * Latin-1 attempt, a UTF-16 buffer for the worst case and its trimmed copy; half of all a search
   * allocated, measured in docs/speed.md.) UTF-8 must be valid, as {@link #encode} writes it. Not
   * for concurrent use.
   */
  static final class Decoder {
    private byte[] bytes = new byte[0];
    private char[] chars = new char[0];

    /** Text written by {@link #encode} (UTF-8). */
    String decode(BytesRef stored) throws IOException {
      int length = decompress(stored);
      if (chars.length < length) {
        chars = new char[length]; // a UTF-8 byte gives at most one UTF-16 char
      }
      return new String(chars, 0, UnicodeUtil.UTF8toUTF16(bytes, 0, length, chars));
    }

    /** Text written by {@link #encodeUtf16} (UTF-16LE). */
    String decodeUtf16(BytesRef stored) throws IOException {
      int length = decompress(stored);
      if ((length & 1) != 0) {
        throw new IOException("UTF-16 text of an odd length: " + length + " bytes");
      }
      int n = length / 2;
      if (chars.length < n) {
        chars = new char[n];
      }
      ByteBuffer.wrap(bytes, 0, length).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer()
          .get(chars, 0, n);
      return new String(chars, 0, n);
    }

    /** Decompresses {@code stored} into {@link #bytes}; returns their number. */
    private int decompress(BytesRef stored) throws IOException {
      ByteArrayDataInput in = new ByteArrayDataInput(stored.bytes, stored.offset, stored.length);
      int length = in.readVInt();
      if (bytes.length < length) {
        bytes = new byte[length];
      }
      LZ4.decompress(in, length, bytes, 0);
      return length;
    }

    /** The size of the buffers in bytes (a pool keeps decoders up to a bound). */
    long bufferBytes() {
      return bytes.length + 2L * chars.length;
    }
  }
}
