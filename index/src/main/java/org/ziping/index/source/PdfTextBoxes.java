package org.ziping.index.source;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The boxes of a quoted text on one PDF page, in PDF points from the page's top left corner.
 *
 * <p>Algorithm: PDFBox's {@link PDFTextStripper} reads the page in reading order and hands over
 * every glyph with its position; the glyphs that are not white space are strung together (NFKC,
 * so compatibility forms such as Kangxi radicals read as the characters they stand for). The
 * quote, its white space removed and NFKC-normalised (a table row quoted with tabs, a sentence broken over lines),
 * is looked up in that string; the first occurrence's glyphs are merged into one box per line
 * (glyphs on one baseline). The evidence of a finding can then be outlined on the rendered page.
 *
 * <p>Limits: a quote whose characters the PDF orders differently (columns read across, text drawn
 * out of order) or writes with other code points than the extraction (ligatures, private-use
 * glyphs) is not found, and gives no box. The first occurrence on the page is taken.
 */
public final class PdfTextBoxes {
  private PdfTextBoxes() {}

  /** A rectangle in PDF points, origin top left of the page. */
  public record Box(double x, double y, double width, double height) {}

  /** The boxes of {@code quote} on page {@code page} (from 1); empty when it is not found. */
  public static List<Box> find(PDDocument doc, int page, String quote) throws IOException {
    String needle = quote == null ? ""
        : Normalizer.normalize(quote, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    if (needle.isEmpty() || page < 1 || page > doc.getNumberOfPages()) {
      return List.of();
    }
    List<TextPosition> glyphs = glyphs(doc, page);
    StringBuilder hay = new StringBuilder();
    List<Integer> owner = new ArrayList<>();
    for (int i = 0; i < glyphs.size(); i++) {
      String u = glyphs.get(i).getUnicode();
      if (u == null) {
        continue;
      }
      u = Normalizer.normalize(u, Normalizer.Form.NFKC);
      for (int k = 0; k < u.length(); k++) {
        if (!Character.isWhitespace(u.charAt(k))) {
          hay.append(u.charAt(k));
          owner.add(i);
        }
      }
    }
    int at = hay.indexOf(needle);
    if (at < 0) {
      return List.of();
    }
    List<Box> lines = new ArrayList<>();
    double x0 = 0;
    double y0 = 0;
    double x1 = 0;
    double y1 = 0;
    Float baseline = null;
    int last = -1;
    for (int c = at; c < at + needle.length(); c++) {
      int gi = owner.get(c);
      if (gi == last) {
        continue;
      }
      last = gi;
      TextPosition t = glyphs.get(gi);
      double left = t.getXDirAdj();
      double bottom = t.getYDirAdj();
      double height = Math.max(t.getHeightDir(), t.getFontSizeInPt() * 0.8);
      double top = bottom - height;
      double right = left + t.getWidthDirAdj();
      if (baseline != null && Math.abs(baseline - t.getYDirAdj()) <= height / 2) {
        x0 = Math.min(x0, left);
        y0 = Math.min(y0, top);
        x1 = Math.max(x1, right);
        y1 = Math.max(y1, bottom);
        continue;
      }
      if (baseline != null) {
        lines.add(new Box(x0, y0, x1 - x0, y1 - y0));
      }
      baseline = t.getYDirAdj();
      x0 = left;
      y0 = top;
      x1 = right;
      y1 = bottom;
    }
    if (baseline != null) {
      lines.add(new Box(x0, y0, x1 - x0, y1 - y0));
    }
    return lines;
  }

  private static List<TextPosition> glyphs(PDDocument doc, int page) throws IOException {
    List<TextPosition> out = new ArrayList<>();
    PDFTextStripper s = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        out.addAll(positions);
      }
    };
    s.setSortByPosition(true);
    s.setStartPage(page);
    s.setEndPage(page);
    s.getText(doc);
    return out;
  }
}
