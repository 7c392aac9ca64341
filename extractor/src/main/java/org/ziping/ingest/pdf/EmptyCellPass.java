package org.ziping.ingest.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A second reading of the table cells the page reading left empty. Tesseract's layout analysis
 * drops small isolated text — a lone "5" in a narrow score column, a short label — as noise; read
 * on their own, such cells come out right.
 *
 * <p>Algorithm: every cell of the page's tables (from the rulings) that no word of the first
 * reading falls into (by the word's centre) and that has dark pixels inside is cut out, inset by
 * a few pixels so no border residue is kept; the pieces are stacked into one montage image, each
 * on its own band with a white gap, which tesseract reads once as a block of text
 * ({@code --psm 6}); every word goes back to its cell by the band it lies in, moved to the cell's
 * place on the page. One extra tesseract run per page with empty cells, on a small image.
 *
 * <p>Limits: a cell the first reading filled partly is not read again; a cell whose text touches
 * its borders loses the touching strokes.
 */
final class EmptyCellPass {
  /** Pixels cut off each side of a cell (its border and the residue of the erased ruling). */
  static final int INSET = 6;
  /** White pixels around and between the pieces of the montage. */
  static final int GAP = 40;
  /** A cell with fewer dark pixels than this is empty. */
  static final int MIN_INK = 12;

  private EmptyCellPass() {}

  /** A cell cut out: its rectangle on the page (px) and its band in the montage. */
  private record Piece(int x, int y, int w, int h, int bandTop) {}

  /**
   * Words found in the empty cells, in page pixels.
   *
   * @param tables tables of the page, in points
   * @param pt     points per pixel
   */
  static List<OcrWord> read(BufferedImage erased, List<PageTable> tables, List<OcrWord> words,
                            float pt, Tesseract tesseract, int dpi) throws IOException {
    List<Piece> pieces = new ArrayList<>();
    int y = GAP;
    int width = 0;
    for (PageTable t : tables) {
      for (PageTable.Region r : t.cells()) {
        int x0 = Math.round(r.x0() / pt) + INSET;
        int y0 = Math.round(r.y0() / pt) + INSET;
        int x1 = Math.min(erased.getWidth(), Math.round(r.x1() / pt) - INSET);
        int y1 = Math.min(erased.getHeight(), Math.round(r.y1() / pt) - INSET);
        if (x1 - x0 < 8 || y1 - y0 < 8 || holdsWord(words, x0, y0, x1, y1)
            || ink(erased, x0, y0, x1, y1) < MIN_INK) {
          continue;
        }
        pieces.add(new Piece(x0, y0, x1 - x0, y1 - y0, y));
        y += y1 - y0 + GAP;
        width = Math.max(width, x1 - x0);
      }
    }
    if (pieces.isEmpty()) {
      return List.of();
    }
    BufferedImage montage = new BufferedImage(width + 2 * GAP, y, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = montage.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, montage.getWidth(), montage.getHeight());
    for (Piece p : pieces) {
      g.drawImage(erased.getSubimage(p.x(), p.y(), p.w(), p.h()), GAP, p.bandTop(), null);
    }
    g.dispose();
    List<OcrWord> found = new ArrayList<>();
    for (OcrWord w : tesseract.read(montage, dpi, 6)) {
      int cy = w.top() + w.height() / 2;
      for (int i = 0; i < pieces.size(); i++) {
        Piece p = pieces.get(i);
        if (cy >= p.bandTop() && cy < p.bandTop() + p.h()) {
          found.add(new OcrWord(w.text(), w.left() - GAP + p.x(), w.top() - p.bandTop() + p.y(),
              w.width(), w.height(), w.confidence(), "cell" + i + "." + w.line()));
          break;
        }
      }
    }
    return found;
  }

  private static boolean holdsWord(List<OcrWord> words, int x0, int y0, int x1, int y1) {
    for (OcrWord w : words) {
      int cx = w.left() + w.width() / 2;
      int cy = w.top() + w.height() / 2;
      if (cx >= x0 && cx < x1 && cy >= y0 && cy < y1) {
        return true;
      }
    }
    return false;
  }

  private static int ink(BufferedImage img, int x0, int y0, int x1, int y1) {
    var raster = img.getRaster();
    int[] row = new int[x1 - x0];
    int n = 0;
    for (int y = y0; y < y1; y++) {
      raster.getSamples(x0, y, x1 - x0, 1, 0, row);
      for (int v : row) {
        if (v < RulingScanner.DARK) {
          n++;
        }
      }
    }
    return n;
  }
}
