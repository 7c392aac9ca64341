package org.ziping.ingest.pdf;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the ruling lines of a table in a page image and erases them.
 *
 * <p>Algorithm (a small morphological scan on the binarised image, dark = gray below
 * {@link #DARK}): (1) every pixel row is scanned for runs of dark pixels, bridging gaps of up to
 * {@link #GAP} pixels (scan noise, broken lines); runs at least {@code minLength} long are kept;
 * (2) runs on consecutive rows that overlap by half the shorter one are one line; a line thicker
 * than {@code maxThickness} is a filled area, not a ruling, and is dropped; (3) the same for
 * columns gives vertical lines, which may be much shorter (the border between two cells of one
 * row) and are therefore kept only when both ends meet a horizontal line — character strokes
 * almost never do. The segments found are erased (painted white, one pixel wider than found) so
 * that the text recogniser sees cells as islands of text rather than text crossed by bars.
 *
 * <p>Limits: dotted or dashed rulings whose gaps exceed {@link #GAP} pixels are not found; skewed
 * scans (more than a pixel of drift per {@link #GAP} pixels) break lines into pieces that may fall
 * below the minimum length; a table drawn without rulings is left to the word positions.
 */
final class RulingScanner {
  static final int DARK = 215;
  static final int GAP = 3;

  /**
   * A line found in the image, in pixels.
   *
   * @param horizontal true for a horizontal line
   * @param pos        centre row (horizontal) or column (vertical)
   * @param from       first pixel along the line
   * @param to         last pixel along the line
   * @param p0         first row (or column) of its thickness
   * @param p1         last row (or column) of its thickness
   */
  record Segment(boolean horizontal, int pos, int from, int to, int p0, int p1) {
    int length() {
      return to - from + 1;
    }
  }

  private final int minHorizontal;
  private final int minVertical;
  private final int maxThickness;

  /**
   * @param dpi resolution of the image; lengths are chosen in millimetres: horizontal lines at
   *            least 8 mm, vertical ones at least 2.5 mm, at most 1.2 mm thick
   */
  RulingScanner(int dpi) {
    this.minHorizontal = mm(8, dpi);
    this.minVertical = mm(2.5, dpi);
    this.maxThickness = Math.max(2, mm(1.2, dpi));
  }

  private static int mm(double mm, int dpi) {
    return (int) Math.round(mm / 25.4 * dpi);
  }

  /** The horizontal and vertical rulings of a gray image. */
  List<Segment> scan(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    boolean[] dark = new boolean[w * h];
    var raster = image.getRaster();
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      raster.getSamples(0, y, w, 1, 0, row);
      for (int x = 0; x < w; x++) {
        dark[y * w + x] = row[x] < DARK;
      }
    }
    List<Segment> hs = lines(dark, w, h, true, minHorizontal);
    List<Segment> vs = lines(dark, w, h, false, minVertical);
    int tol = maxThickness + GAP;
    List<Segment> out = new ArrayList<>(hs);
    for (Segment v : vs) {
      if (meets(v.from(), v.pos(), hs, tol) && meets(v.to(), v.pos(), hs, tol)) {
        out.add(v);
      }
    }
    return out;
  }

  private static boolean meets(int y, int x, List<Segment> hs, int tol) {
    for (Segment s : hs) {
      if (y >= s.p0() - tol && y <= s.p1() + tol && x >= s.from() - tol && x <= s.to() + tol) {
        return true;
      }
    }
    return false;
  }

  /** Runs along rows (horizontal) or columns, grouped across consecutive rows into lines. */
  private List<Segment> lines(boolean[] dark, int w, int h, boolean horizontal, int minLen) {
    int outer = horizontal ? h : w;
    int inner = horizontal ? w : h;
    List<Segment> done = new ArrayList<>();
    List<int[]> open = new ArrayList<>(); // {from, to, p0, p1}
    for (int p = 0; p < outer; p++) {
      List<int[]> runs = new ArrayList<>();
      int start = -1;
      int lastDark = -1;
      for (int q = 0; q <= inner; q++) {
        boolean d = q < inner && (horizontal ? dark[p * w + q] : dark[q * w + p]);
        if (d) {
          if (start < 0) {
            start = q;
          }
          lastDark = q;
        } else if (start >= 0 && q - lastDark > GAP) {
          if (lastDark - start + 1 >= minLen) {
            runs.add(new int[] {start, lastDark});
          }
          start = -1;
        }
      }
      List<int[]> next = new ArrayList<>();
      for (int[] r : runs) {
        int[] joined = null;
        for (int[] o : open) {
          int overlap = Math.min(o[1], r[1]) - Math.max(o[0], r[0]);
          int shorter = Math.min(o[1] - o[0], r[1] - r[0]);
          if (o[3] == p - 1 && overlap >= shorter / 2) {
            joined = o;
            break;
          }
        }
        if (joined != null) {
          open.remove(joined);
          joined[0] = Math.min(joined[0], r[0]);
          joined[1] = Math.max(joined[1], r[1]);
          joined[3] = p;
          next.add(joined);
        } else {
          next.add(new int[] {r[0], r[1], p, p});
        }
      }
      for (int[] o : open) {
        close(o, horizontal, done);
      }
      open = next;
    }
    for (int[] o : open) {
      close(o, horizontal, done);
    }
    return done;
  }

  private void close(int[] o, boolean horizontal, List<Segment> done) {
    if (o[3] - o[2] + 1 <= maxThickness) {
      done.add(new Segment(horizontal, (o[2] + o[3]) / 2, o[0], o[1], o[2], o[3]));
    }
  }

  /** Paints the segments white (one pixel wider on each side) in a copy of the image. */
  static BufferedImage erase(BufferedImage image, List<Segment> segments) {
    BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(),
        BufferedImage.TYPE_BYTE_GRAY);
    copy.setData(image.getData());
    var raster = copy.getRaster();
    for (Segment s : segments) {
      int a0 = Math.max(0, s.p0() - 1);
      int a1 = s.p1() + 1;
      for (int a = a0; a <= a1; a++) {
        for (int b = s.from(); b <= s.to(); b++) {
          int x = s.horizontal() ? b : a;
          int y = s.horizontal() ? a : b;
          if (x < copy.getWidth() && y < copy.getHeight()) {
            raster.setSample(x, y, 0, 255);
          }
        }
      }
    }
    return copy;
  }
}
