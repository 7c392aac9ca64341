package org.ziping.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * Compressed text comes back as it went in, on random text, as UTF-8 and as UTF-16, also through
 * one decoder whose buffers serve texts of every length and both forms in turn; report JSON gets
 * smaller.
 */
class CompressedTextTest {
  @Test
  void randomStringsRoundTrip() throws Exception {
    Random random = new Random(8);
    CompressedText.Decoder decoder = new CompressedText.Decoder();
    for (int i = 0; i < 2_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(i < 1_000 ? 64 : 20_000);
      String alphabet = "预算执行率绩效目标{}[]\":,0123456789.% \n";
      for (int k = 0; k < n; k++) {
        switch (random.nextInt(4)) {
          case 0 -> b.appendCodePoint(random.nextInt(0x10FFFF + 1 - 0xE000) + 0xE000); // incl. supplementary
          case 1 -> b.append((char) random.nextInt(0xD800)); // any BMP character before surrogates
          default -> b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String s = b.toString();
      String expected = new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      BytesRef stored = CompressedText.encode(s);
      // stored in a larger array at an offset, as Lucene may hand it back
      byte[] wider = new byte[stored.length + 7];
      System.arraycopy(stored.bytes, stored.offset, wider, 3, stored.length);
      assertEquals(expected, CompressedText.decode(new BytesRef(wider, 3, stored.length)));
      assertEquals(expected, decoder.decode(new BytesRef(wider, 3, stored.length)));
      // the snippet text (UTF-16) keeps every code unit, unpaired surrogates too
      String units = i % 3 == 0 ? s + (char) (0xD800 + random.nextInt(0x800)) : s;
      BytesRef utf16 = CompressedText.encodeUtf16(units);
      byte[] wider16 = new byte[utf16.length + 5];
      System.arraycopy(utf16.bytes, utf16.offset, wider16, 5, utf16.length);
      assertEquals(units, decoder.decodeUtf16(new BytesRef(wider16, 5, utf16.length)));
      // and the decoder's buffers serve both forms in turn
      assertEquals(expected, decoder.decode(stored));
    }
  }

  @Test
  void chineseTextIsSmallerAsUtf16() throws Exception {
    String text = "本年度部门整体支出预算执行率为百分之九十八，绩效目标基本完成。".repeat(40);
    assertTrue(CompressedText.encodeUtf16(text).length <= CompressedText.encode(text).length,
        "UTF-16 " + CompressedText.encodeUtf16(text).length + " bytes against UTF-8 "
            + CompressedText.encode(text).length);
  }

  @Test
  void reportJsonIsSeveralTimesSmaller() throws Exception {
    StringBuilder b = new StringBuilder("{\"reports\":[");
    for (int i = 0; i < 200; i++) {
      b.append("{\"label\":\"项目资金预算执行率\",\"value\":\"").append(90 + i % 10)
          .append(".5%\",\"quote\":\"全年预算数").append(1000 + i).append("万元\"},");
    }
    String json = b.append("{}]}").toString();
    int utf8 = json.getBytes(StandardCharsets.UTF_8).length;
    int stored = CompressedText.encode(json).length;
    assertTrue(stored * 3 < utf8, stored + " bytes stored for " + utf8);
    assertEquals(json, CompressedText.decode(CompressedText.encode(json)));
  }
}
