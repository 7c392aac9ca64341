package org.ziping.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ziping.testing.Grids.assertCell;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.ingest.IngestConfig;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.DocumentModel;
import org.ziping.model.SourceInfo;
import org.ziping.model.TableGrid;

/**
 * A table set with white space only (no ruling lines), between two paragraphs, drawn with PDFBox
 * (Courier 10 pt, 6 pt per character): it becomes a grid and the paragraphs stay paragraphs.
 */
class StreamTableFixtureTest {
  private static final float HEIGHT = PDRectangle.A4.getHeight();

  @TempDir
  Path dir;

  private static void text(PDPageContentStream cs, PDType1Font f, float x, float y, String s)
      throws Exception {
    cs.beginText();
    cs.setFont(f, 10);
    cs.newLineAtOffset(x, HEIGHT - y);
    cs.showText(s);
    cs.endText();
  }

  @Test
  void whiteSpaceTableBetweenParagraphs() throws Exception {
    Path file = dir.resolve("stream-table.pdf");
    PDType1Font f = new PDType1Font(Standard14Fonts.FontName.COURIER);
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        text(cs, f, 72, 100, "The budget lines of the year are set out below, in ten thousand yuan.");
        String[][] rows = {
            {"Item", "Initial", "Adjusted", "Actual"},
            {"Basic", "453.39", "891.47", "891.47"},
            {"Project", "17244.15", "17686.11", "17686.11"},
            {"Total", "17697.54", "18577.58", "18577.58"}};
        float[] xs = {72, 200, 300, 400};
        for (int r = 0; r < rows.length; r++) {
          for (int c = 0; c < 4; c++) {
            text(cs, f, xs[c], 130 + 14 * r, rows[r][c]);
          }
        }
        text(cs, f, 72, 210, "Spending exceeded the initial budget because of year-end additions.");
      }
      doc.save(file.toFile());
    }
    DocumentModel d = new PdfIngester().ingest(file,
        new SourceInfo(file.toString(), "pdf", "application/pdf", "0", null, null),
        IngestConfig.defaults());
    List<BlockType> types = d.blocks().stream().map(Block::type).toList();
    assertEquals(List.of(BlockType.PARAGRAPH, BlockType.TABLE, BlockType.PARAGRAPH), types);
    TableGrid t = d.blocks().get(1).table();
    assertEquals(4, t.rows());
    assertEquals(4, t.cols());
    assertCell(t, 0, 0, 1, 1, "Item");
    assertCell(t, 1, 3, 1, 1, "891.47");
    assertCell(t, 3, 1, 1, 1, "17697.54");
    assertEquals("Spending exceeded the initial budget because of year-end additions.",
        d.blocks().get(2).text());
  }
}
