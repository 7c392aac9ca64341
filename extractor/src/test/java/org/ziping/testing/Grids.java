package org.ziping.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.ziping.model.Cell;
import org.ziping.model.TableGrid;

/** Assertions on table grids shared by the ingester tests. */
public final class Grids {
  private Grids() {}

  /** The cell covering (r, c) is anchored there, with these spans and this text. */
  public static void assertCell(TableGrid g, int r, int c, int rowSpan, int colSpan, String text) {
    Cell cell = g.cellAt(r, c);
    assertNotNull(cell, "no cell covers " + r + "," + c);
    assertEquals(r, cell.row(), "row of " + text);
    assertEquals(c, cell.col(), "col of " + text);
    assertEquals(rowSpan, cell.rowSpan(), "rowSpan of " + text);
    assertEquals(colSpan, cell.colSpan(), "colSpan of " + text);
    assertEquals(text, cell.text());
  }
}
