package org.ziping.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rulings drawn into an image are found, text strokes are not, and a grid with a span results. */
class RulingScannerTest {
  private static final int DPI = 300;

  /** A 3×3 table whose first row is one merged cell, with faint 2 px lines, and some "text". */
  private static BufferedImage page() {
    BufferedImage img = new BufferedImage(1200, 900, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1200, 900);
    g.setColor(new Color(190, 190, 190));
    g.setStroke(new BasicStroke(2));
    int[] ys = {100, 200, 300, 400};
    int[] xs = {100, 400, 700, 1000};
    for (int y : ys) {
      g.drawLine(100, y, 1000, y);
    }
    for (int x : xs) {
      boolean inner = x != 100 && x != 1000;
      g.drawLine(x, inner ? 200 : 100, x, 400);
    }
    // text-like strokes: short bars and a character-sized box outside and inside cells
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(4));
    g.drawLine(150, 250, 190, 250);
    g.drawLine(170, 230, 170, 270);
    g.drawRect(450, 600, 40, 40);
    g.drawLine(100, 700, 160, 700);
    g.dispose();
    return img;
  }

  @Test
  void findsTheTableRulingsOnly() {
    List<RulingScanner.Segment> s = new RulingScanner(DPI).scan(page());
    assertEquals(4, s.stream().filter(RulingScanner.Segment::horizontal).count(), s.toString());
    assertEquals(4, s.stream().filter(x -> !x.horizontal()).count(), s.toString());
    for (RulingScanner.Segment x : s) {
      assertTrue(x.length() >= 200, x.toString());
    }
  }

  @Test
  void theRulingsMakeAGridWithTheMergedFirstRow() {
    List<Ruling> rulings = new ArrayList<>();
    float pt = 72f / DPI;
    for (RulingScanner.Segment x : new RulingScanner(DPI).scan(page())) {
      rulings.add(new Ruling(x.horizontal(), x.pos() * pt, x.from() * pt, x.to() * pt));
    }
    List<PageTable> tables = TableDetector.detect(rulings, 1);
    assertEquals(1, tables.size());
    PageTable t = tables.get(0);
    assertEquals(3, t.rows());
    assertEquals(3, t.cols());
    assertEquals(3, t.cells().get(0).colSpan());
  }

  @Test
  void erasingWhitensTheRulingsAndKeepsTheText() {
    BufferedImage img = page();
    BufferedImage erased = RulingScanner.erase(img, new RulingScanner(DPI).scan(img));
    int[] px = new int[1];
    assertEquals(255, erased.getRaster().getPixel(250, 200, px)[0]);
    assertEquals(255, erased.getRaster().getPixel(400, 350, px)[0]);
    assertTrue(erased.getRaster().getPixel(170, 250, px)[0] < 100);
    assertTrue(img.getRaster().getPixel(250, 200, px)[0] < 215, "the original is left as it was");
  }
}
