package org.ziping.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the ruling lines of one page from its graphics stream with PDFBox's
 * {@link PDFGraphicsStreamEngine}: path points arrive already transformed by the current
 * transformation matrix; the collector converts them to top-down coordinates of the page as
 * displayed (crop box, /Rotate applied), the coordinates the text stripper gives the glyphs.
 *
 * <ul>
 *   <li>stroked paths: every axis-parallel segment (within 0.5 pt) of every subpath, rectangles
 *       included, becomes a ruling; slanted segments and curves are ignored;</li>
 *   <li>filled paths: each subpath whose bounding box is thin (at most 3 pt across) becomes a
 *       ruling along its long side; larger filled areas are cell shading and are ignored;</li>
 *   <li>white strokes and fills (all RGB components above 0.94) draw nothing visible and are
 *       ignored.</li>
 * </ul>
 * Images are counted so that a page with images and no text can be reported as scanned.
 *
 * <p>Limits: dashed lines count as solid; rotations other than quarter turns are taken as none.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {
  private static final float THIN = 3f;
  private static final float SLANT = 0.5f;

  private final List<Ruling> rulings = new ArrayList<>();
  private final List<List<Point2D.Float>> subpaths = new ArrayList<>();
  private final List<Boolean> closed = new ArrayList<>();
  private List<Point2D.Float> current;
  private final float left;
  private final float right;
  private final float bottom;
  private final float top;
  private final int rotation;
  private int images;

  public RulingCollector(PDPage page) {
    super(page);
    PDRectangle box = page.getCropBox();
    left = box.getLowerLeftX();
    right = box.getUpperRightX();
    bottom = box.getLowerLeftY();
    top = box.getUpperRightY();
    rotation = Math.floorMod(page.getRotation(), 360);
  }

  /** Processes the page and returns its rulings, in top-down page coordinates. */
  public List<Ruling> collect() throws IOException {
    processPage(getPage());
    return rulings;
  }

  public int imageCount() {
    return images;
  }

  /**
   * User space to the page as displayed, top-down from its top-left corner: the page's /Rotate
   * (clockwise, in quarter turns) applied, as the text stripper places the glyphs.
   */
  private Point2D.Float map(double x, double y) {
    return switch (rotation) {
      case 90 -> new Point2D.Float((float) (y - bottom), (float) (x - left));
      case 180 -> new Point2D.Float((float) (right - x), (float) (y - bottom));
      case 270 -> new Point2D.Float((float) (top - y), (float) (right - x));
      default -> new Point2D.Float((float) (x - left), (float) (top - y));
    };
  }

  /** The inverse of {@link #map}. */
  private Point2D.Float unmap(float px, float py) {
    return switch (rotation) {
      case 90 -> new Point2D.Float(py + left, px + bottom);
      case 180 -> new Point2D.Float(right - px, py + bottom);
      case 270 -> new Point2D.Float(right - py, top - px);
      default -> new Point2D.Float(px + left, top - py);
    };
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    List<Point2D.Float> r = new ArrayList<>(4);
    r.add(map(p0.getX(), p0.getY()));
    r.add(map(p1.getX(), p1.getY()));
    r.add(map(p2.getX(), p2.getY()));
    r.add(map(p3.getX(), p3.getY()));
    subpaths.add(r);
    closed.add(true);
    current = null;
  }

  @Override
  public void drawImage(PDImage pdImage) {
    images++;
  }

  @Override
  public void clip(int windingRule) {
    // the clipping path is ended by endPath(); nothing is drawn
  }

  @Override
  public void moveTo(float x, float y) {
    current = new ArrayList<>();
    current.add(map(x, y));
    subpaths.add(current);
    closed.add(false);
  }

  @Override
  public void lineTo(float x, float y) {
    if (current == null) {
      moveTo(x, y);
      return;
    }
    current.add(map(x, y));
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    // a curve breaks the chain of straight segments: continue from its end point
    moveTo(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    if (current == null || current.isEmpty()) {
      return new Point2D.Float();
    }
    Point2D.Float p = current.get(current.size() - 1);
    return unmap(p.x, p.y);
  }

  @Override
  public void closePath() {
    if (current != null) {
      closed.set(closed.size() - 1, true);
      current = null;
    }
  }

  @Override
  public void endPath() {
    reset();
  }

  @Override
  public void strokePath() throws IOException {
    if (!isWhite(getGraphicsState().getStrokingColor())) {
      for (int i = 0; i < subpaths.size(); i++) {
        List<Point2D.Float> pts = subpaths.get(i);
        int n = pts.size();
        int segments = closed.get(i) ? n : n - 1;
        for (int k = 0; k < segments; k++) {
          addSegment(pts.get(k), pts.get((k + 1) % n));
        }
      }
    }
    reset();
  }

  @Override
  public void fillPath(int windingRule) throws IOException {
    if (!isWhite(getGraphicsState().getNonStrokingColor())) {
      addThinFills();
    }
    reset();
  }

  @Override
  public void fillAndStrokePath(int windingRule) throws IOException {
    boolean strokeVisible = !isWhite(getGraphicsState().getStrokingColor());
    if (!isWhite(getGraphicsState().getNonStrokingColor())) {
      addThinFills();
    }
    if (strokeVisible) {
      strokePath();
    } else {
      reset();
    }
  }

  /** Text is read by {@link LineCollector}; skipping it here saves decoding every glyph twice. */
  @Override
  public void showTextString(byte[] string) {
    // text showing draws no rulings
  }

  @Override
  public void showTextStrings(COSArray array) {
    // text showing draws no rulings
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // shadings are backgrounds, not rulings
  }

  private void addThinFills() {
    for (List<Point2D.Float> pts : subpaths) {
      if (pts.size() < 2) {
        continue;
      }
      float minX = Float.MAX_VALUE;
      float minY = Float.MAX_VALUE;
      float maxX = -Float.MAX_VALUE;
      float maxY = -Float.MAX_VALUE;
      for (Point2D.Float p : pts) {
        minX = Math.min(minX, p.x);
        maxX = Math.max(maxX, p.x);
        minY = Math.min(minY, p.y);
        maxY = Math.max(maxY, p.y);
      }
      float w = maxX - minX;
      float h = maxY - minY;
      if (h <= THIN && w > h) {
        rulings.add(new Ruling(true, (minY + maxY) / 2, minX, maxX));
      } else if (w <= THIN && h > w) {
        rulings.add(new Ruling(false, (minX + maxX) / 2, minY, maxY));
      }
    }
  }

  private void addSegment(Point2D.Float a, Point2D.Float b) {
    float dx = Math.abs(a.x - b.x);
    float dy = Math.abs(a.y - b.y);
    if (dy <= SLANT && dx > SLANT) {
      rulings.add(new Ruling(true, (a.y + b.y) / 2, a.x, b.x));
    } else if (dx <= SLANT && dy > SLANT) {
      rulings.add(new Ruling(false, (a.x + b.x) / 2, a.y, b.y));
    }
  }

  private void reset() {
    subpaths.clear();
    closed.clear();
    current = null;
  }

  private static boolean isWhite(PDColor color) {
    try {
      int rgb = color.toRGB();
      return ((rgb >> 16) & 0xFF) > 240 && ((rgb >> 8) & 0xFF) > 240 && (rgb & 0xFF) > 240;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
