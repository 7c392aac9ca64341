package org.ziping.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.compress.LZ4;

/**
 * The stored report JSON ({@link IndexSchema#REPORT_JSON}) as LZ4-compressed UTF-8 bytes.
 *
 * <p>Why: Lucene compresses a document's stored fields as one record, so reading a hit's stored
 * text for its snippet decompresses the report JSON stored with it, about three times the text's
 * size; that was a third of an uncached search. Compressed here, the JSON is a few times smaller
 * in the record and Lucene's decompression copies it as it is. Format: the UTF-8 length as a vInt,
 * then Lucene's {@link LZ4} block of the UTF-8 bytes ({@link LZ4.FastCompressionHashTable}).
 * Limits: JSON over 2 GB cannot be stored (a report's text is limited far below that).
 */
final class CompressedJson {
  private CompressedJson() {}

  static BytesRef encode(String json) {
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
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
    ByteArrayDataInput in = new ByteArrayDataInput(stored.bytes, stored.offset, stored.length);
    int length = in.readVInt();
    byte[] utf8 = new byte[length];
    LZ4.decompress(in, length, utf8, 0);
    return new String(utf8, StandardCharsets.UTF_8);
  }
}
