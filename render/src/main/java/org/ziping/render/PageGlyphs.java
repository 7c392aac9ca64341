package org.ziping.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The visible characters of one PDF page with their glyph boxes, re-read with PDFBox's text
 * stripper (sorted by position, white space dropped), and the search for a quoted figure among
 * them by occurrence. Boxes are in PDF user space (origin bottom left). Limits: pages are taken unrotated; a
 * figure split by a line break inside a cell is found only when its characters are read in
 * order.
 */
final class PageGlyphs {

  /** One glyph: its character and box (x, y of the lower left corner, width, height). */
  record Glyph(char ch, float x, float y, float w, float h) {}

  private final List<Glyph> glyphs;
  private final String text;

  private PageGlyphs(List<Glyph> glyphs) {
    this.glyphs = glyphs;
    StringBuilder sb = new StringBuilder();
    glyphs.forEach(g -> sb.append(g.ch()));
    this.text = sb.toString();
  }

  /** The glyphs of page {@code page} (from 1). */
  static PageGlyphs read(PDDocument doc, int page) throws IOException {
    List<Glyph> out = new ArrayList<>();
    PDFTextStripper s = new PDFTextStripper() {
      @Override
      protected void writeString(String string, List<TextPosition> positions) {
        for (TextPosition p : positions) {
          String u = p.getUnicode();
          if (u == null || u.isEmpty()) {
            continue;
          }
          float h = Math.max(p.getHeightDir(), p.getFontSizeInPt() * 0.8f);
          float base = p.getPageHeight() - p.getYDirAdj();
          float w = p.getWidthDirAdj() / u.length();
          for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (!Character.isWhitespace(c)) {
              out.add(new Glyph(c, p.getXDirAdj() + i * w, base - h * 0.2f, w, h * 1.2f));
            }
          }
        }
      }
    };
    s.setSortByPosition(true);
    s.setStartPage(page);
    s.setEndPage(page);
    s.getText(doc);
    return new PageGlyphs(out);
  }

  String text() {
    return text;
  }

  List<Glyph> glyphs(int from, int to) {
    return glyphs.subList(from, to);
  }

  /** How often {@code target} stands on the page. */
  int count(String target) {
    int n = 0;
    for (int i = text.indexOf(target); i >= 0 && !target.isEmpty(); i = text.indexOf(target, i + 1)) {
      n++;
    }
    return n;
  }

  /** Where the {@code k}-th occurrence (from 0) of {@code target} starts, -1 when there is none. */
  int nth(String target, int k) {
    int i = target.isEmpty() ? -1 : text.indexOf(target);
    for (int j = 0; j < k && i >= 0; j++) {
      i = text.indexOf(target, i + 1);
    }
    return i;
  }

  /**
   * The glyphs of a string wrapped in a table cell: a head (at least two characters) ending one
   * line and the tail starting a later line within the head's column (its first glyph's left edge
   * between the head's left and right edges, and below it by less than three line heights). Empty
   * unless exactly one such pair exists.
   */
  List<Glyph> wrapped(String target) {
    List<Glyph> found = null;
    int solutions = 0;
    for (int cut = 2; cut <= target.length() - 1; cut++) {
      String head = target.substring(0, cut);
      String tail = target.substring(cut);
      for (int h = text.indexOf(head); h >= 0; h = text.indexOf(head, h + 1)) {
        Glyph first = glyphs.get(h);
        Glyph last = glyphs.get(h + cut - 1);
        if (Math.abs(first.y() - last.y()) > first.h() / 2) {
          continue;
        }
        for (int t = text.indexOf(tail, h + cut); t >= 0; t = text.indexOf(tail, t + 1)) {
          Glyph start = glyphs.get(t);
          float drop = first.y() - start.y();
          if (drop <= first.h() / 2 || drop > 3 * first.h()) {
            continue;
          }
          if (start.x() >= first.x() - first.w() / 2 && start.x() <= last.x() + last.w()) {
            solutions++;
            found = new ArrayList<>(glyphs.subList(h, h + cut));
            found.addAll(glyphs.subList(t, t + tail.length()));
          }
        }
      }
    }
    return solutions == 1 ? found : List.of();
  }
}
