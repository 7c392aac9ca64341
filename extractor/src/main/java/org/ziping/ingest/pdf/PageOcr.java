package org.ziping.ingest.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.ziping.model.OcrPage;

/**
 * Reads one PDF page by OCR into the same glyphs and rulings the text layer gives, so that the PDF
 * ingester builds lines, paragraphs and tables from them exactly as for a born-digital page.
 *
 * <p>Steps: the page is rendered with PDFBox at {@link #DPI} dpi in gray; {@link RulingScanner}
 * finds the table rulings in the image and erases them; {@link Tesseract} reads the erased image
 * into words with boxes and confidences, and {@link EmptyCellPass} reads again the table cells
 * (from the rulings, {@link TableDetector}) that reading left empty; every word becomes glyphs in page coordinates (points,
 * from the top-left of the crop box): a run of wide (CJK) characters is cut into one glyph per
 * character of equal width — so that the line builder writes no spaces between Chinese characters,
 * whatever spaces tesseract put between them — and a run of narrow characters (a number, a Latin
 * word) stays one glyph. Font size and baseline are those of the word's tesseract line: the
 * median height of its CJK words (a CJK glyph's box is about one em), else the digits' height
 * divided by 0.72 (the cap height of a Latin font); the baseline lies 0.1 em above the bottom of
 * CJK boxes and at the bottom of digits. Box heights vary from line to line, so a line whose em is
 * within {@link #SNAP} of the page's median em gets the median (else ordinary lines would pass for
 * headings, which are found by size). The rulings are handed over in points as well.
 *
 * <p>Limits: no bold, font names or underline are known, so headings are found by size alone;
 * rotated and skewed scans are read as they are (no deskew); a word tesseract merges across two
 * cells is placed by its centre.
 */
public final class PageOcr {
  /** Rendering resolution: tesseract is trained on text of about 20–30 px per em. */
  public static final int DPI = 300;
  /** Pixels of the rendered image to points. */
  private static final float PT = 72f / DPI;
  /** Lines whose em is within this share of the page's median em are set to the median. */
  static final float SNAP = 0.2f;

  private final PDFRenderer renderer;
  private final Tesseract tesseract;

  public PageOcr(PDFRenderer renderer, Tesseract tesseract) {
    this.renderer = renderer;
    this.tesseract = tesseract;
  }

  /**
   * What OCR read on one page.
   *
   * @param glyphs  recognised characters as glyphs
   * @param rulings table rulings seen in the image
   * @param stats   word count and confidences
   */
  public record Result(List<PositionedChar> glyphs, List<Ruling> rulings, OcrPage stats) {}

  /** Renders and reads page {@code index} (0-based). */
  public Result read(int index) throws IOException {
    BufferedImage image = renderer.renderImageWithDPI(index, DPI, ImageType.GRAY);
    RulingScanner scanner = new RulingScanner(DPI);
    List<RulingScanner.Segment> segments = scanner.scan(image);
    BufferedImage erased = RulingScanner.erase(image, segments);
    List<OcrWord> words = new ArrayList<>(tesseract.read(erased, DPI));
    List<Ruling> rulings = new ArrayList<>();
    for (RulingScanner.Segment s : segments) {
      rulings.add(new Ruling(s.horizontal(), (s.pos() + 0.5f) * PT, s.from() * PT,
          (s.to() + 1) * PT));
    }
    List<PageTable> tables = TableDetector.detect(rulings, index + 1);
    if (!tables.isEmpty()) {
      words.addAll(EmptyCellPass.read(erased, tables, words, PT, tesseract, DPI));
    }
    List<PositionedChar> glyphs = new ArrayList<>();
    toGlyphs(words, glyphs);
    return new Result(glyphs, rulings, stats(index + 1, words));
  }

  static OcrPage stats(int page, List<OcrWord> words) {
    double sum = 0;
    float min = 100;
    int low = 0;
    for (OcrWord w : words) {
      sum += w.confidence();
      min = Math.min(min, w.confidence());
      if (w.confidence() < OcrPage.LOW) {
        low++;
      }
    }
    int n = words.size();
    return new OcrPage(page, n, n == 0 ? 0 : (int) Math.round(sum / n),
        n == 0 ? 0 : Math.round(min), low);
  }

  /** Line metrics of one tesseract line: em size and baseline, in pixels. */
  private record LineMetrics(float em, float cjkBottom) {}

  static void toGlyphs(List<OcrWord> words, List<PositionedChar> glyphs) {
    Map<String, List<OcrWord>> byLine = new LinkedHashMap<>();
    for (OcrWord w : words) {
      byLine.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w);
    }
    Map<String, LineMetrics> metrics = new HashMap<>();
    List<Integer> ems = new ArrayList<>();
    byLine.forEach((k, ws) -> {
      LineMetrics m = metrics(ws);
      metrics.put(k, m);
      ems.add(Math.round(m.em()));
    });
    float bodyEm = ems.isEmpty() ? 0 : median(ems);
    for (List<OcrWord> ws : byLine.values()) {
      LineMetrics m = metrics.get(ws.get(0).line());
      if (Math.abs(m.em() - bodyEm) <= SNAP * bodyEm) {
        // box heights vary from line to line; the body size must not, or lines become headings
        m = new LineMetrics(bodyEm, m.cjkBottom());
      }
      // tesseract's CJK word boxes overlap at times; a word ends where the next one of its line
      // starts, so that the characters of a line keep tesseract's order when sorted by x
      float prevRight = -Float.MAX_VALUE;
      for (int k = 0; k < ws.size(); k++) {
        OcrWord w = ws.get(k);
        float left = Math.max(w.left(), prevRight);
        float right = w.right();
        if (k + 1 < ws.size() && ws.get(k + 1).left() < right && ws.get(k + 1).left() > left) {
          right = ws.get(k + 1).left();
        }
        if (right <= left) {
          right = left + 1;
        }
        addWord(w, left, right, m, glyphs);
        prevRight = right;
      }
    }
  }

  private static LineMetrics metrics(List<OcrWord> ws) {
    List<Integer> cjk = new ArrayList<>();
    List<Integer> cjkBottoms = new ArrayList<>();
    List<Integer> other = new ArrayList<>();
    for (OcrWord w : ws) {
      if (allWide(w.text())) {
        cjk.add(w.height());
        cjkBottoms.add(w.bottom());
      } else if (w.text().codePoints().anyMatch(Character::isDigit)) {
        other.add(w.height());
      }
    }
    if (!cjk.isEmpty()) {
      return new LineMetrics(median(cjk), median(cjkBottoms));
    }
    if (!other.isEmpty()) {
      return new LineMetrics(median(other) / 0.72f, Float.NaN);
    }
    int max = 0;
    for (OcrWord w : ws) {
      max = Math.max(max, w.height());
    }
    return new LineMetrics(max, Float.NaN);
  }

  private static float median(List<Integer> v) {
    List<Integer> s = new ArrayList<>(v);
    s.sort(null);
    return s.get(s.size() / 2);
  }

  private static boolean allWide(String t) {
    return t.codePoints().allMatch(CharClass::isWide);
  }

  private static void addWord(OcrWord w, float left, float right, LineMetrics m,
                              List<PositionedChar> glyphs) {
    float em = Math.max(1, m.em());
    // on a line with Chinese words every word sits on their baseline; else on its own bottom
    float baseline = Float.isNaN(m.cjkBottom()) ? w.bottom() : m.cjkBottom() - 0.1f * em;
    // weights: a wide character one em, a narrow one 0.55 em; scaled to the word's box
    int[] cps = w.text().codePoints().toArray();
    float total = 0;
    for (int cp : cps) {
      total += CharClass.isWide(cp) ? 1f : 0.55f;
    }
    float scale = (right - left) / total;
    float x = left;
    int i = 0;
    while (i < cps.length) {
      if (CharClass.isWide(cps[i])) {
        float width = scale;
        add(new String(cps, i, 1), x, width, baseline, em, glyphs);
        x += width;
        i++;
      } else {
        int j = i;
        while (j < cps.length && !CharClass.isWide(cps[j])) {
          j++;
        }
        float width = 0.55f * scale * (j - i);
        add(new String(cps, i, j - i), x, width, baseline, em, glyphs);
        x += width;
        i = j;
      }
    }
  }

  private static void add(String text, float x, float width, float baseline, float em,
                          List<PositionedChar> glyphs) {
    glyphs.add(new PositionedChar(text, x * PT, baseline * PT, width * PT, em * PT, false));
  }
}
