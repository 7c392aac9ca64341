package org.ziping.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One line of text on a page: glyphs sharing a baseline, left to right, with the spacing decided
 * from the glyph gaps.
 *
 * <p>Algorithm of {@link #build}: glyphs are sorted by their vertical centre and swept once; a glyph
 * joins the current line when its centre lies within 0.45 em of the line's centre, otherwise it
 * starts a new line (O(n log n) per page). Each line is then sorted by x. Between two wide (CJK)
 * glyphs no space is written unless the gap exceeds 3 em (separate fields on one line); between
 * other glyphs a single space is written where a space glyph lies between them or the gap exceeds
 * 0.5 em (0.25 em between two Latin letters or digits, the width of a missing space). Glyphs drawn
 * twice at nearly the same place (fake bold) are kept once.
 *
 * <p>Limits: lines of side-by-side text columns whose baselines coincide are merged into one line;
 * vertical writing is not supported.
 *
 * @param chars      the glyphs, left to right, spaces excluded
 * @param text       the line's text
 * @param page       1-based page number
 * @param x0         left edge of the first glyph
 * @param x1         right edge of the last glyph
 * @param baseline   baseline y (top-down page coordinates)
 * @param fontSize   the largest font size on the line
 * @param bold       every glyph of the line is bold
 */
record TextLine(List<PositionedChar> chars, String text, int page, float x0, float x1,
                       float baseline, float fontSize, boolean bold) {

  public TextLine {
    chars = List.copyOf(chars);
  }

  public float top() {
    return baseline - 0.8f * fontSize;
  }

  public float bottom() {
    return baseline + 0.2f * fontSize;
  }

  /**
   * Width the line's first unbreakable unit needs: opening brackets or quotes together with what
   * follows them, then one wide glyph or one run of narrow glyphs (a Latin word or a number), then
   * any closing punctuation that may not start a line.
   */
  public float firstTokenWidth() {
    int i = 0;
    int n = chars.size();
    while (i < n - 1 && CharClass.isOpening(chars.get(i).text().codePointAt(0))
        && attached(chars.get(i), chars.get(i + 1))) {
      i++;
    }
    if (!chars.get(i).isWide()) {
      while (i < n - 1 && !chars.get(i + 1).isWide() && attached(chars.get(i), chars.get(i + 1))) {
        i++;
      }
    }
    while (i < n - 1 && CharClass.isClosing(chars.get(i + 1).text().codePointAt(0))
        && attached(chars.get(i), chars.get(i + 1))) {
      i++;
    }
    return chars.get(i).right() - chars.get(0).x();
  }

  private static boolean attached(PositionedChar a, PositionedChar b) {
    return b.x() - a.right() < 0.25f * b.fontSize();
  }

  /** Groups glyphs (any order) into lines, top to bottom. */
  public static List<TextLine> build(List<PositionedChar> glyphs, int page) {
    List<TextLine> lines = new ArrayList<>();
    if (glyphs.isEmpty()) {
      return lines;
    }
    List<PositionedChar> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(PositionedChar::centerY)
        .thenComparingDouble(PositionedChar::x));
    List<PositionedChar> current = new ArrayList<>();
    double sumCy = 0;
    float maxFs = 0;
    for (PositionedChar c : sorted) {
      if (!current.isEmpty()) {
        double cy = sumCy / current.size();
        float em = Math.max(maxFs, c.fontSize());
        if (Math.abs(c.centerY() - cy) > 0.45 * em) {
          addLine(lines, current, page);
          current = new ArrayList<>();
          sumCy = 0;
          maxFs = 0;
        }
      }
      current.add(c);
      sumCy += c.centerY();
      maxFs = Math.max(maxFs, c.fontSize());
    }
    addLine(lines, current, page);
    return lines;
  }

  private static void addLine(List<TextLine> lines, List<PositionedChar> glyphs, int page) {
    glyphs.sort(Comparator.comparingDouble(PositionedChar::x));
    StringBuilder sb = new StringBuilder();
    List<PositionedChar> kept = new ArrayList<>();
    PositionedChar prev = null;
    boolean spaceSeen = false;
    float fs = 0;
    boolean bold = true;
    double baseSum = 0;
    for (PositionedChar c : glyphs) {
      if (c.isSpace()) {
        spaceSeen = prev != null;
        continue;
      }
      if (prev != null && prev.text().equals(c.text())
          && Math.abs(c.x() - prev.x()) < 0.3f * Math.max(prev.width(), 0.1f * c.fontSize())) {
        continue;
      }
      if (prev != null) {
        sb.append(separator(prev, c, spaceSeen));
      }
      sb.append(c.text());
      kept.add(c);
      fs = Math.max(fs, c.fontSize());
      bold &= c.bold();
      baseSum += c.baseline();
      prev = c;
      spaceSeen = false;
    }
    if (kept.isEmpty()) {
      return;
    }
    // the dominant baseline: the mean of the glyphs of the largest size
    double sum = 0;
    int n = 0;
    for (PositionedChar c : kept) {
      if (c.fontSize() >= fs - 0.5f) {
        sum += c.baseline();
        n++;
      }
    }
    float baseline = (float) (n > 0 ? sum / n : baseSum / kept.size());
    lines.add(new TextLine(kept, sb.toString(), page, kept.get(0).x(),
        kept.get(kept.size() - 1).right(), baseline, fs, bold));
  }

  private static String separator(PositionedChar a, PositionedChar b, boolean spaceGlyph) {
    float gap = b.x() - a.right();
    float em = Math.max(a.fontSize(), b.fontSize());
    int ca = a.text().codePointBefore(a.text().length());
    int cb = b.text().codePointAt(0);
    boolean wideA = CharClass.isWide(ca);
    boolean wideB = CharClass.isWide(cb);
    if (wideA && wideB) {
      return gap > 3 * em ? " " : "";
    }
    if (spaceGlyph && gap > 0.05f * em) {
      return " ";
    }
    if (CharClass.isNarrowAlnum(ca) && CharClass.isNarrowAlnum(cb)) {
      return gap > 0.25f * em ? " " : "";
    }
    return gap > 0.5f * em ? " " : "";
  }
}
