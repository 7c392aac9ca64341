package org.ziping.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;
import org.apache.lucene.util.compress.LZ4;

/**
 * Text kept in the index as LZ4-compressed UTF-8 bytes: the report JSON
 * ({@link IndexSchema#REPORT_JSON}, a stored field) and the report text that snippets are cut
 * from ({@link IndexSchema#TEXT_LZ4}, binary doc values).
 *
 * <p>Why: Lucene compresses a document's stored fields as one record, so reading a hit's stored
 * text for its snippet decompressed the report JSON stored with it, about three times the text's
 * size; compressed here, the JSON is a few times smaller in the record and Lucene's decompression
 * copies it as it is. The text itself is read from binary doc values (index format 4), which Lucene
 * keeps uncompressed and reads by document without a stored-fields record to open: a hit's text
 * costs one LZ4 decompression of its own bytes. Format: the UTF-8 length as a vInt, then Lucene's
 * {@link LZ4} block of the UTF-8 bytes ({@link LZ4.FastCompressionHashTable}). Limits: text over
 * 2 GB cannot be kept (a report's text is limited far below that).
 */
final class CompressedText {
  private CompressedText() {}

  static BytesRef encode(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeVInt(utf8.length);
      LZ4.compress(utf8, 0, utf8.length, out, new LZ4.FastCompressionHashTable());
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
   * a page decode ten texts): the UTF-8 bytes, and their UTF-16 chars ({@link
   * UnicodeUtil#UTF8toUTF16}), of which the text's string is one copy. ({@code new String(bytes,
   * UTF_8)} allocates about eleven bytes per Chinese character: a Latin-1 attempt, a UTF-16 buffer
   * for the worst case and its trimmed copy; half of all a search allocated, measured in
   * docs/speed.md.) The bytes must be valid UTF-8, as {@link #encode} writes them. Not for
   * concurrent use.
   */
  static final class Decoder {
    private byte[] utf8 = new byte[0];
    private char[] utf16 = new char[0];

    String decode(BytesRef stored) throws IOException {
      ByteArrayDataInput in = new ByteArrayDataInput(stored.bytes, stored.offset, stored.length);
      int length = in.readVInt();
      if (utf8.length < length) {
        utf8 = new byte[length];
        utf16 = new char[length]; // a UTF-8 byte gives at most one UTF-16 char
      }
      LZ4.decompress(in, length, utf8, 0);
      return new String(utf16, 0, UnicodeUtil.UTF8toUTF16(utf8, 0, length, utf16));
    }

    /** The size of the buffers in bytes (a pool keeps decoders up to a bound). */
    long bufferBytes() {
      return utf8.length + 2L * utf16.length;
    }
  }
}
