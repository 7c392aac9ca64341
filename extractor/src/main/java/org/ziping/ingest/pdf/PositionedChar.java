package org.ziping.ingest.pdf;

/**
 * One glyph of a page as PDFBox's text stripper reports it, in page coordinates measured from the
 * top-left corner of the crop box (y grows downwards), in points.
 *
 * @param text     the glyph's Unicode text (usually one character; ligatures give more)
 * @param x        left edge
 * @param baseline y of the baseline
 * @param width    advance width
 * @param fontSize effective size of the font on the page (text rendering matrix scale)
 * @param bold     the font is a bold face (name or descriptor weight)
 */
record PositionedChar(String text, float x, float baseline, float width, float fontSize,
                             boolean bold) {

  public float right() {
    return x + width;
  }

  public float centerX() {
    return x + width / 2;
  }

  /** Vertical centre of the glyph's em box, about a third of the font size above the baseline. */
  public float centerY() {
    return baseline - 0.35f * fontSize;
  }

  public float top() {
    return baseline - 0.8f * fontSize;
  }

  public float bottom() {
    return baseline + 0.2f * fontSize;
  }

  public boolean isSpace() {
    return text.isBlank();
  }

  /** True for a full-width glyph: Han, kana, hangul, CJK punctuation and full-width forms. */
  public boolean isWide() {
    return CharClass.isWide(text.codePointAt(0));
  }
}
