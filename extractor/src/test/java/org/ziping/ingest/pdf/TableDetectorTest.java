package org.ziping.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableDetectorTest {

  private static Ruling h(float y, float x0, float x1) {
    return new Ruling(true, y, x0, x1);
  }

  private static Ruling v(float x, float y0, float y1) {
    return new Ruling(false, x, y0, y1);
  }

  @Test
  void collinearPiecesAreMergedAndGridHasSpans() {
    List<Ruling> rs = new ArrayList<>();
    // top border drawn in two pieces with a 1 pt gap, slightly off in y
    rs.add(h(100, 50, 150));
    rs.add(h(100.8f, 151, 250));
    rs.add(h(130, 50, 250));
    rs.add(h(160, 50, 150)); // no border under column 1: the right cell spans rows 1-2
    rs.add(h(190, 50, 250));
    rs.add(v(50, 100, 190));
    rs.add(v(150, 130, 190)); // no border in row 0: the first row's cell spans both columns
    rs.add(v(250, 100, 190));
    List<PageTable> ts = TableDetector.detect(rs, 3);
    assertEquals(1, ts.size());
    PageTable t = ts.get(0);
    assertEquals(3, t.rows());
    assertEquals(2, t.cols());
    assertEquals(3, t.page());
    PageTable.Region top = t.cells().get(t.cellAt(60, 110));
    assertEquals(2, top.colSpan());
    assertEquals(1, top.rowSpan());
    PageTable.Region right = t.cells().get(t.cellAt(200, 150));
    assertEquals(2, right.rowSpan());
    assertEquals(right, t.cells().get(t.cellAt(200, 180)));
    assertEquals(4, t.cells().size());
  }

  @Test
  void separateBoxesAreSeparateTablesAndLoneRulesAreNotTables() {
    List<Ruling> rs = new ArrayList<>();
    rs.add(h(100, 50, 250));
    rs.add(h(120, 50, 250));
    rs.add(v(50, 100, 120));
    rs.add(v(250, 100, 120));
    rs.add(h(300, 50, 250));
    rs.add(h(330, 50, 250));
    rs.add(v(50, 300, 330));
    rs.add(v(250, 300, 330));
    rs.add(h(500, 50, 500)); // a separator rule
    List<PageTable> ts = TableDetector.detect(rs, 1);
    assertEquals(2, ts.size());
    assertTrue(ts.get(0).top() < ts.get(1).top());
    assertEquals(1, ts.get(0).cells().size());
  }

  @Test
  void bordersRunningOnToThePageEdgeOpenTheTableThere() {
    // a row cut by the page break, printed by a browser: side borders run on to y 800, no rule
    List<Ruling> rs = new ArrayList<>();
    rs.add(h(600, 50, 250));
    rs.add(h(700, 50, 250));
    rs.add(v(50, 600, 800));
    rs.add(v(150, 600, 800));
    rs.add(v(250, 600, 800));
    PageTable t = TableDetector.detect(rs, 1).get(0);
    assertTrue(t.openBottom());
    assertFalse(t.openTop());
    assertEquals(2, t.rows());
    assertEquals(800, t.bottom(), 0.01);
    assertEquals(4, t.cells().size());
  }

  @Test
  void onlySomeColumnsRunningOnDoNotOpenTheTable() {
    // a merged first-column cell continues below while the other columns are closed
    List<Ruling> rs = new ArrayList<>();
    rs.add(h(600, 50, 250));
    rs.add(h(700, 50, 250));
    rs.add(v(50, 600, 715));
    rs.add(v(150, 600, 715));
    rs.add(v(250, 600, 700));
    PageTable t = TableDetector.detect(rs, 1).get(0);
    assertFalse(t.openBottom());
    assertEquals(1, t.rows());
    assertEquals(700, t.bottom(), 0.01);
  }

  @Test
  void rowBordersDrawnAFewPointsApartAreOneRowBoundary() {
    // the first column's border between the rows is drawn 12 pt above the second column's
    List<Ruling> rs = new ArrayList<>();
    rs.add(h(100, 50, 250));
    rs.add(h(200, 50, 150));
    rs.add(h(212, 150, 250));
    rs.add(h(300, 50, 250));
    rs.add(v(50, 100, 300));
    rs.add(v(150, 100, 300));
    rs.add(v(250, 100, 300));
    PageTable t = TableDetector.detect(rs, 1).get(0);
    assertEquals(2, t.rows());
    assertEquals(4, t.cells().size());
    for (PageTable.Region c : t.cells()) {
      assertEquals(1, c.rowSpan(), c.toString());
    }
    assertEquals(1, t.cells().get(t.cellAt(100, 205)).row());
    assertEquals(0, t.cells().get(t.cellAt(200, 205)).row());
  }

  @Test
  void aStaggeredRowTallEnoughForTextIsKept() {
    List<Ruling> rs = new ArrayList<>();
    rs.add(h(100, 50, 250));
    rs.add(h(200, 50, 150));
    rs.add(h(230, 150, 250));
    rs.add(h(300, 50, 250));
    rs.add(v(50, 100, 300));
    rs.add(v(150, 100, 300));
    rs.add(v(250, 100, 300));
    assertEquals(3, TableDetector.detect(rs, 1).get(0).rows());
  }
}
