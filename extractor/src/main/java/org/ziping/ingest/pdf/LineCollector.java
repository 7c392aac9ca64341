package org.ziping.ingest.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every glyph of every page with its position, font size and boldness, using PDFBox's
 * {@link PDFTextStripper} for glyph decoding, Unicode mapping and the removal of duplicated
 * overlapping glyphs, but none of its line building: {@link #writePage()} takes the stripper's
 * positioned characters as they are. Lines are built afterwards by {@link TextLine#build} once the
 * glyphs have been split between table cells and body text.
 *
 * <p>A font is bold when its name contains Bold, Black, Heavy, Semibold or Demi, when its
 * descriptor forces bold, or when the descriptor's weight is 600 or more. Text rendered bold by
 * stroking the outline (render mode 2) is not recognised.
 */
final class LineCollector extends PDFTextStripper {
  private final List<List<PositionedChar>> pages = new ArrayList<>();
  private final Map<PDFont, Boolean> boldFonts = new HashMap<>();

  public LineCollector() {
    super();
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(true);
  }

  /** Glyphs of each page, index 0 for page 1. */
  public List<List<PositionedChar>> collect(PDDocument doc) throws IOException {
    pages.clear();
    for (int i = 0; i < doc.getNumberOfPages(); i++) {
      pages.add(new ArrayList<>());
    }
    setStartPage(1);
    setEndPage(Integer.MAX_VALUE);
    writeText(doc, Writer.nullWriter());
    return pages;
  }

  @Override
  protected void writePage() {
    List<PositionedChar> glyphs = new ArrayList<>();
    for (List<TextPosition> article : getCharactersByArticle()) {
      for (TextPosition tp : article) {
        String u = tp.getUnicode();
        if (u == null || u.isEmpty()) {
          continue;
        }
        float size = tp.getXScale();
        if (!(size > 0.5f)) {
          size = tp.getFontSizeInPt();
        }
        if (!(size > 0.5f)) {
          size = tp.getHeightDir();
        }
        glyphs.add(new PositionedChar(u, tp.getXDirAdj(), tp.getYDirAdj(), tp.getWidthDirAdj(),
            size, isBold(tp.getFont())));
      }
    }
    int index = getCurrentPageNo() - 1;
    if (index >= 0 && index < pages.size()) {
      pages.set(index, glyphs);
    }
  }

  private boolean isBold(PDFont font) {
    if (font == null) {
      return false;
    }
    return boldFonts.computeIfAbsent(font, f -> {
      String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
      if (name.contains("bold") || name.contains("black") || name.contains("heavy")
          || name.contains("semibold") || name.contains("demi")) {
        return true;
      }
      PDFontDescriptor d = f.getFontDescriptor();
      return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    });
  }
}
