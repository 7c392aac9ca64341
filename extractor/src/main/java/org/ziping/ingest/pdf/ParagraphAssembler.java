package org.ziping.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles lines into paragraphs, for body text and inside table cells.
 *
 * <p>Body text: consecutive lines of one page stay in one paragraph unless (1) their style differs
 * (font size by more than 0.5 pt, or one line is all bold and the other not), (2) the baseline
 * distance exceeds the document's usual line pitch by more than 0.3 em (paragraph spacing), (3) the
 * earlier line ends short: the first word of the next line would have fitted before the right
 * margin, so the break was a hard one, or (4) the next line is indented by more than 0.8 em relative
 * to the earlier one (first-line indent). The usual line pitch, the body font size and the margins
 * are measured over the whole document ({@link #measure}): the smallest frequent baseline distance
 * between neighbouring lines of body size (so that paragraph spacing is not taken for line pitch), the font size carrying the most glyphs, the most common
 * left edge, and as right margin the larger of the most common right edge and the 80th percentile
 * of the right edges of lines of ten glyphs or more (CJK text ends flush, Latin text is ragged).
 *
 * <p>Cells: rule (3) against the cell's own right edge, and rule (2) against the smallest line
 * distance met in the cell on the same page; the paragraphs of a cell are joined by a newline.
 *
 * <p>Joining lines: nothing between wide (CJK) characters or where either side is wide; a space
 * between two Latin letters or digits (the line was wrapped at a space).
 *
 * <p>Limits: a paragraph whose last line happens to fill the line up to the margin is joined with
 * the next one when no spacing or indent separates them; centred multi-line titles are split per
 * line.
 */
final class ParagraphAssembler {

  /** Layout measurements of a document's body text. */
  public record Metrics(float leftMargin, float rightMargin, float bodyFontSize, float linePitch) {
    /** The expected baseline distance for lines of the given size. */
    public float pitchFor(float fontSize) {
      return linePitch * fontSize / bodyFontSize;
    }
  }

  private ParagraphAssembler() {}

  /** Measures the body text of all pages. */
  public static Metrics measure(List<List<TextLine>> pages) {
    Map<Integer, Integer> sizes = new HashMap<>();
    Map<Integer, Integer> lefts = new HashMap<>();
    Map<Integer, Integer> rights = new HashMap<>();
    List<Float> longRights = new ArrayList<>();
    float minLeft = Float.MAX_VALUE;
    float maxRight = 0;
    for (List<TextLine> page : pages) {
      for (TextLine l : page) {
        sizes.merge(Math.round(l.fontSize() * 2), l.chars().size(), Integer::sum);
        lefts.merge(Math.round(l.x0()), 1, Integer::sum);
        if (l.chars().size() >= 10) {
          rights.merge(Math.round(l.x1()), 1, Integer::sum);
          longRights.add(l.x1());
        }
        minLeft = Math.min(minLeft, l.x0());
        maxRight = Math.max(maxRight, l.x1());
      }
    }
    if (sizes.isEmpty()) {
      return new Metrics(0, 0, 12, 14.4f);
    }
    float body = mode(sizes) / 2f;
    Map<Integer, Integer> pitches = new HashMap<>();
    for (List<TextLine> page : pages) {
      for (int i = 1; i < page.size(); i++) {
        TextLine a = page.get(i - 1);
        TextLine b = page.get(i);
        float d = b.baseline() - a.baseline();
        if (Math.abs(a.fontSize() - body) < 0.5f && Math.abs(b.fontSize() - body) < 0.5f
            && d > 1.0f * body && d < 2.5f * body) {
          pitches.merge(Math.round(d * 2), 1, Integer::sum);
        }
      }
    }
    float pitch = pitches.isEmpty() ? 1.2f * body : smallestFrequent(pitches) / 2f;
    float left = lefts.isEmpty() ? minLeft : mode(lefts);
    float right = maxRight;
    if (!longRights.isEmpty()) {
      longRights.sort(Float::compare);
      right = Math.max(mode(rights), longRights.get((int) (0.8 * (longRights.size() - 1))));
    }
    return new Metrics(Math.min(left, minLeft + 0.5f * body) , right, body, pitch);
  }

  /**
   * The smallest value whose count reaches 15% of the largest count: the line pitch inside
   * paragraphs, even in documents where most paragraphs are a single line (whose distances are
   * the larger paragraph pitch).
   */
  private static int smallestFrequent(Map<Integer, Integer> counts) {
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    int threshold = Math.max(2, (int) Math.ceil(0.15 * max));
    return counts.entrySet().stream().filter(e -> e.getValue() >= threshold)
        .mapToInt(Map.Entry::getKey).min().orElse(mode(counts));
  }

  private static int mode(Map<Integer, Integer> counts) {
    int best = 0;
    int bestCount = -1;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() < best)) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /** Splits the body lines of one page (top to bottom) into paragraphs. */
  public static List<List<TextLine>> split(List<TextLine> lines, Metrics m) {
    List<List<TextLine>> out = new ArrayList<>();
    List<TextLine> cur = new ArrayList<>();
    for (TextLine l : lines) {
      if (!cur.isEmpty() && breaksBefore(cur.get(cur.size() - 1), l, m)) {
        out.add(cur);
        cur = new ArrayList<>();
      }
      cur.add(l);
    }
    if (!cur.isEmpty()) {
      out.add(cur);
    }
    return out;
  }

  private static boolean breaksBefore(TextLine a, TextLine b, Metrics m) {
    if (a.page() != b.page()) {
      return true;
    }
    if (Math.abs(a.fontSize() - b.fontSize()) > 0.5f || a.bold() != b.bold()) {
      return true;
    }
    float em = Math.max(a.fontSize(), b.fontSize());
    float d = b.baseline() - a.baseline();
    if (d <= 0.5f * em || d > m.pitchFor(em) + 0.3f * em) {
      return true;
    }
    if (endsShort(a, b, m.rightMargin())) {
      return true;
    }
    return b.x0() > a.x0() + 0.8f * em;
  }

  /** The next line's first word would have fitted on line {@code a} before {@code right}. */
  static boolean endsShort(TextLine a, TextLine b, float right) {
    float em = a.fontSize();
    return a.x1() + b.firstTokenWidth() + 0.3f * em < right;
  }

  /** Text of a paragraph: its lines joined by {@link #separator}. */
  public static String join(List<TextLine> lines) {
    StringBuilder sb = new StringBuilder();
    for (TextLine l : lines) {
      if (sb.length() > 0) {
        sb.append(separator(sb, l.text(), false));
      }
      sb.append(l.text());
    }
    return sb.toString();
  }

  /**
   * What goes between the end of {@code before} and the start of {@code after} when they are
   * joined across a line wrap or, with {@code pageBreak}, across a page break: a space between two
   * Latin letters or digits, except that digits across a page break are one broken number.
   */
  public static String separator(CharSequence before, String after, boolean pageBreak) {
    if (before.length() == 0 || after.isEmpty()) {
      return "";
    }
    int a = Character.codePointBefore(before, before.length());
    int b = after.codePointAt(0);
    if (Character.isWhitespace(a) || Character.isWhitespace(b)) {
      return "";
    }
    if (pageBreak && Character.isDigit(a) && (Character.isDigit(b) || b == '.' || b == '%')) {
      return "";
    }
    return CharClass.isNarrowAlnum(a) && CharClass.isNarrowAlnum(b) ? " " : "";
  }

  /**
   * Text of a table cell from its lines (top to bottom, possibly from two pages): soft-wrapped
   * lines are joined, paragraphs are separated by a newline.
   */
  public static String cellText(List<TextLine> lines, float cellLeft, float cellRight) {
    if (lines.isEmpty()) {
      return "";
    }
    float padding = cellRight - cellLeft;
    for (TextLine l : lines) {
      padding = Math.min(padding, l.x0() - cellLeft);
    }
    float right = cellRight - Math.max(1f, padding);
    Map<Integer, Float> minPitch = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      TextLine a = lines.get(i - 1);
      TextLine b = lines.get(i);
      if (a.page() == b.page()) {
        float d = b.baseline() - a.baseline();
        if (d > 0.5f * a.fontSize()) {
          minPitch.merge(a.page(), d, Math::min);
        }
      }
    }
    StringBuilder sb = new StringBuilder(lines.get(0).text());
    for (int i = 1; i < lines.size(); i++) {
      TextLine a = lines.get(i - 1);
      TextLine b = lines.get(i);
      boolean hard;
      if (a.page() == b.page()) {
        float d = b.baseline() - a.baseline();
        Float p = minPitch.get(a.page());
        hard = endsShort(a, b, right) || (p != null && d > 1.3f * p)
            || Math.abs(a.fontSize() - b.fontSize()) > 0.5f || b.x0() > a.x0() + 0.8f * a.fontSize();
      } else {
        hard = endsShort(a, b, right);
      }
      sb.append(hard ? "\n" : separator(sb, b.text(), a.page() != b.page()));
      sb.append(b.text());
    }
    return sb.toString();
  }
}
