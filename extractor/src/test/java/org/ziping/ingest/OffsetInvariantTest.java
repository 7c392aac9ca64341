package org.ziping.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.Cell;
import org.ziping.model.DocumentModel;
import org.ziping.model.TableGrid;
import org.ziping.testing.Corpus;

/**
 * For every corpus file in every format: blocks are in order, each block's and each cell's offsets
 * select exactly its text, spans stay inside the grid and no two anchors cover one position.
 */
class OffsetInvariantTest {
  @TestFactory
  Stream<DynamicTest> offsetsSelectTheText() {
    DocumentReader reader = DocumentReader.standard(IngestConfig.defaults());
    return Corpus.files().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      DocumentModel doc = reader.read(f);
      assertFalse(doc.blocks().isEmpty(), "no blocks");
      int last = -1;
      for (Block b : doc.blocks()) {
        assertTrue(b.start() > last, "blocks out of order at " + b.index());
        last = b.end();
        assertEquals(b.text(), doc.text().substring(b.start(), b.end()), "block " + b.index());
        if (b.type() == BlockType.TABLE) {
          checkGrid(doc, b.table(), "table block " + b.index());
        }
        if (f.toString().endsWith(".pdf")) {
          assertTrue(b.page() != null && b.page() >= 1, "pdf block without page " + b.index());
        }
      }
    }));
  }

  static void checkGrid(DocumentModel doc, TableGrid t, String where) {
    boolean[][] covered = new boolean[t.rows()][t.cols()];
    for (Cell c : t.cells()) {
      assertEquals(c.text(), doc.text().substring(c.start(), c.end()), where + " cell " + c.row() + "," + c.col());
      assertTrue(c.row() + c.rowSpan() <= t.rows() && c.col() + c.colSpan() <= t.cols(),
          where + " span outside grid at " + c.row() + "," + c.col());
      for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
        for (int k = c.col(); k < c.col() + c.colSpan(); k++) {
          assertFalse(covered[r][k], where + " two cells cover " + r + "," + k);
          covered[r][k] = true;
        }
      }
      for (TableGrid n : c.nested()) {
        checkGrid(doc, n, where + " nested");
      }
    }
  }
}
