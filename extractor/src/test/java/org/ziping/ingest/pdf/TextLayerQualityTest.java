package org.ziping.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayerQualityTest {
  private static List<PositionedChar> glyphs(String s) {
    List<PositionedChar> out = new ArrayList<>();
    int x = 0;
    for (int cp : s.codePoints().toArray()) {
      out.add(new PositionedChar(new String(Character.toChars(cp)), x += 10, 100, 10, 10, false));
    }
    return out;
  }

  @Test
  void unmappedCidGlyphsAreGarbage() {
    assertTrue(TextLayerQuality.garbage(glyphs("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uE001\uE002"
        + "\u0001\u0002年度")));
  }

  @Test
  void chineseTextWithAFewOddGlyphsIsKept() {
    assertFalse(TextLayerQuality.garbage(glyphs("年初预算数为176975384.52元，执行率\uFFFD100%")));
  }

  @Test
  void tooLittleTextIsNotJudged() {
    assertFalse(TextLayerQuality.garbage(glyphs("\uFFFD\uFFFD\uFFFD")));
  }
}
