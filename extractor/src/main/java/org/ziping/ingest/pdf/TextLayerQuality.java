package org.ziping.ingest.pdf;

import java.util.List;

/**
 * Tells a usable text layer from garbage. A PDF whose CID fonts have no ToUnicode map gives
 * glyph codes PDFBox cannot map: U+FFFD, private-use code points, control characters or
 * unassigned ones. A page is garbage when at least {@link #MIN_CHARS} non-space characters were
 * extracted and more than {@link #MAX_BAD_SHARE} of them are of that kind.
 *
 * <p>Limits: a font that maps codes to wrong but valid characters (a shifted encoding) is not
 * recognised as garbage.
 */
public final class TextLayerQuality {
  static final int MIN_CHARS = 10;
  static final double MAX_BAD_SHARE = 0.3;

  private TextLayerQuality() {}

  /** True when the page's glyphs are mostly unmappable codes. */
  public static boolean garbage(List<PositionedChar> glyphs) {
    int total = 0;
    int bad = 0;
    for (PositionedChar c : glyphs) {
      for (int cp : c.text().codePoints().toArray()) {
        if (Character.isWhitespace(cp)) {
          continue;
        }
        total++;
        if (bad(cp)) {
          bad++;
        }
      }
    }
    return total >= MIN_CHARS && bad > MAX_BAD_SHARE * total;
  }

  static boolean bad(int cp) {
    int type = Character.getType(cp);
    return cp == 0xFFFD || type == Character.PRIVATE_USE || type == Character.CONTROL
        || type == Character.UNASSIGNED || type == Character.SURROGATE;
  }
}
