package org.ziping.ingest.pdf;

import org.ziping.ingest.IngestException;
import org.ziping.ingest.IngestConfig;
import org.ziping.ingest.OcrMode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.Cell;
import org.ziping.model.DocumentModel;
import org.ziping.model.SourceInfo;
import org.ziping.model.TableGrid;

/**
 * The PDF ingester on small PDFs drawn here with PDFBox (Courier 10 pt, 6 pt per character, on A4;
 * y coordinates below are baselines measured from the top of the page).
 */
class PdfIngesterFixtureTest {
  private static final float HEIGHT = PDRectangle.A4.getHeight();
  private static final int FULL = 75; // characters of a full line: 450 pt from x = 72 to 522

  @TempDir
  Path dir;

  /** Draws on one page; y from the top. */
  private static final class Canvas implements AutoCloseable {
    final PDPageContentStream cs;
    final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.COURIER);
    final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);

    Canvas(PDDocument doc) throws IOException {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      cs = new PDPageContentStream(doc, page);
    }

    Canvas text(float x, float y, String s) throws IOException {
      return text(x, y, s, font, 10);
    }

    Canvas text(float x, float y, String s, PDType1Font f, float size) throws IOException {
      cs.beginText();
      cs.setFont(f, size);
      cs.newLineAtOffset(x, HEIGHT - y);
      cs.showText(s);
      cs.endText();
      return this;
    }

    Canvas line(float x0, float y0, float x1, float y1) throws IOException {
      cs.setLineWidth(0.5f);
      cs.moveTo(x0, HEIGHT - y0);
      cs.lineTo(x1, HEIGHT - y1);
      cs.stroke();
      return this;
    }

    /** The same segment as a thin filled rectangle (how some producers draw borders). */
    Canvas bar(float x0, float y0, float x1, float y1) throws IOException {
      float w = 0.6f;
      if (y0 == y1) {
        cs.addRect(x0, HEIGHT - y0 - w / 2, x1 - x0, w);
      } else {
        cs.addRect(x0 - w / 2, HEIGHT - y1, w, y1 - y0);
      }
      cs.fill();
      return this;
    }

    @Override
    public void close() throws IOException {
      cs.close();
    }
  }

  /** A line of exactly {@code FULL} characters ending with {@code end}. */
  private static String full(String start, String end) {
    StringBuilder sb = new StringBuilder(start);
    String[] words = {"budget", "funds", "were", "spent", "on", "the", "planned", "work", "and"};
    int i = 0;
    while (sb.length() < FULL - end.length()) {
      sb.append(sb.length() == 0 ? "" : " ").append(words[i++ % words.length]);
    }
    sb.setLength(FULL - end.length() - 1);
    sb.append(' ').append(end);
    return sb.toString().replace("  ", " x");
  }

  private DocumentModel ingest(Path f) throws Exception {
    return ingest(f, IngestConfig.defaults());
  }

  private DocumentModel ingest(Path f, IngestConfig config) throws Exception {
    return new PdfIngester().ingest(f, new SourceInfo(f.toString(), "pdf", "application/pdf", "0",
        null, null), config);
  }

  private Path save(PDDocument doc, String name) throws IOException {
    Path f = dir.resolve(name);
    doc.save(f.toFile());
    doc.close();
    return f;
  }

  private static void assertOffsets(DocumentModel m) {
    for (Block b : m.blocks()) {
      assertEquals(b.text(), m.text().substring(b.start(), b.end()));
      if (b.table() != null) {
        for (Cell c : b.table().cells()) {
          assertEquals(c.text(), m.text().substring(c.start(), c.end()));
        }
      }
    }
  }

  /**
   * A 3 x 3 grid: "Region" spans columns 0-1 of row 0 (no vertical ruling there), "Shared" spans
   * rows 1-2 of column 2 (no horizontal ruling there); cell (2,1) is empty.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void gridFromRulingsWithColSpanAndRowSpan(boolean filledBars) throws Exception {
    PDDocument doc = new PDDocument();
    try (Canvas c = new Canvas(doc)) {
      c.text(72, 80, "Table 1 shows the regions.");
      float[] xs = {72, 172, 272, 372};
      float[] ys = {100, 130, 160, 190};
      Seg seg = filledBars ? c::bar : c::line;
      seg.draw(72, 100, 372, 100);
      seg.draw(72, 130, 372, 130);
      seg.draw(72, 160, 272, 160);
      seg.draw(72, 190, 372, 190);
      seg.draw(72, 100, 72, 190);
      seg.draw(172, 130, 172, 190);
      seg.draw(272, 100, 272, 190);
      seg.draw(372, 100, 372, 190);
      c.text(xs[0] + 4, ys[0] + 18, "Region");
      c.text(xs[2] + 4, ys[0] + 18, "Total");
      c.text(xs[0] + 4, ys[1] + 18, "North");
      c.text(xs[1] + 4, ys[1] + 18, "12");
      c.text(xs[2] + 4, ys[1] + 33, "Shared");
      c.text(xs[0] + 4, ys[2] + 18, "South");
      c.text(72, 220, "The end.");
    }
    DocumentModel m = ingest(save(doc, "grid.pdf"));
    assertOffsets(m);
    assertEquals(List.of(BlockType.PARAGRAPH, BlockType.TABLE, BlockType.PARAGRAPH),
        m.blocks().stream().map(Block::type).toList());
    TableGrid t = m.blocks().get(1).table();
    assertEquals(3, t.rows());
    assertEquals(3, t.cols());
    assertEquals("Region", t.cellAt(0, 0).text());
    assertEquals(2, t.cellAt(0, 0).colSpan());
    assertEquals(t.cellAt(0, 0), t.cellAt(0, 1));
    assertEquals("Total", t.cellAt(0, 2).text());
    assertEquals("Shared", t.cellAt(1, 2).text());
    assertEquals(2, t.cellAt(1, 2).rowSpan());
    assertEquals(t.cellAt(1, 2), t.cellAt(2, 2));
    assertEquals("12", t.cellAt(1, 1).text());
    assertEquals("", t.cellAt(2, 1).text());
    assertEquals(1, t.cellAt(2, 1).rowSpan());
    assertEquals(7, t.cells().size());
    assertEquals(1, t.cellAt(2, 0).page());
  }

  @FunctionalInterface
  private interface Seg {
    void draw(float x0, float y0, float x1, float y1) throws IOException;
  }

  @Test
  void runningHeadersFootersAndPageNumbersAreDropped() throws Exception {
    PDDocument doc = new PDDocument();
    for (int p = 1; p <= 3; p++) {
      try (Canvas c = new Canvas(doc)) {
        c.text(72, 30, "Agency Annual Report 2023, section " + p);
        c.text(72, 100, "Body text of page " + p + " reports the figures.");
        c.text(290, 820, "- " + p + " -");
      }
    }
    DocumentModel m = ingest(save(doc, "furniture.pdf"));
    assertOffsets(m);
    assertEquals(3, m.source().pages());
    assertEquals(List.of("Body text of page 1 reports the figures.",
        "Body text of page 2 reports the figures.", "Body text of page 3 reports the figures."),
        m.blocks().stream().map(Block::text).toList());
    assertEquals(List.of(1, 2, 3), m.blocks().stream().map(Block::page).toList());
  }

  @Test
  void paragraphBrokenByAPageBreakIsJoinedButNotBeforeANumberedItem() throws Exception {
    PDDocument doc = new PDDocument();
    float pitch = 14;
    try (Canvas c = new Canvas(doc)) {
      c.text(72, 60, "Heading of the report", c.bold, 14);
      float y = 90;
      for (int i = 0; i < 48; i++, y += pitch) {
        c.text(72, y, full(i == 0 ? "In 2023" : "", i == 47 ? "was 12" : "and"));
      }
    }
    try (Canvas c = new Canvas(doc)) {
      c.text(72, 60, "34.5 units in total, as planned.");
      float y = 60 + pitch + 10;
      for (int i = 0; i < 50; i++, y += pitch) {
        c.text(72, y, full("", i == 49 ? "because" : "and"));
      }
    }
    try (Canvas c = new Canvas(doc)) {
      c.text(72, 60, "1. The first item starts a new paragraph.");
    }
    DocumentModel m = ingest(save(doc, "pagebreak.pdf"));
    assertOffsets(m);
    List<Block> bs = m.blocks();
    assertEquals(BlockType.HEADING, bs.get(0).type());
    assertEquals(1, bs.get(0).headingLevel());
    Block joined = bs.get(1);
    assertTrue(joined.hints().contains("page-break-joined"), joined.hints().toString());
    assertTrue(joined.text().contains("was 1234.5 units in total"), joined.text());
    assertEquals(1, joined.page());
    assertEquals(4, bs.size(), bs.stream().map(Block::text).toList().toString());
    assertTrue(bs.get(2).text().endsWith("because"));
    assertFalse(bs.get(2).hints().contains("page-break-joined"));
    assertEquals("1. The first item starts a new paragraph.", bs.get(3).text());
    assertEquals(3, bs.get(3).page());
  }

  @Test
  void tableContinuedOnTheNextPageIsOneTableWithItsRepeatedHeaderKept() throws Exception {
    PDDocument doc = new PDDocument();
    float[] xs = {72, 222, 372};
    drawRows(doc, xs, 640, 30, new String[][] {{"Item", "Score"}, {"Input", "15"},
        {"Process", "40"}, {"Output", "25"}, {"Effect", "20"}}, "Scores are listed below.");
    drawRows(doc, xs, 50, 30, new String[][] {{"Item", "Score"}, {"Total", "100"}}, null);
    DocumentModel m = ingest(save(doc, "continued.pdf"));
    assertOffsets(m);
    List<Block> tables = m.blocks().stream().filter(b -> b.type() == BlockType.TABLE).toList();
    assertEquals(1, tables.size());
    TableGrid t = tables.get(0).table();
    assertEquals(7, t.rows());
    assertEquals(2, t.cols());
    assertEquals("Item", t.cellAt(5, 0).text());
    assertEquals("100", t.cellAt(6, 1).text());
    assertEquals(2, t.cellAt(6, 1).page());
    assertEquals(1, tables.get(0).page());
  }

  private static void drawRows(PDDocument doc, float[] xs, float top, float h, String[][] rows,
                               String before) throws IOException {
    try (Canvas c = new Canvas(doc)) {
      if (before != null) {
        c.text(72, top - 20, before);
      }
      float bottom = top + h * rows.length;
      for (int r = 0; r <= rows.length; r++) {
        c.line(xs[0], top + r * h, xs[xs.length - 1], top + r * h);
      }
      for (float x : xs) {
        c.line(x, top, x, bottom);
      }
      for (int r = 0; r < rows.length; r++) {
        for (int k = 0; k < rows[r].length; k++) {
          c.text(xs[k] + 4, top + r * h + 19, rows[r][k]);
        }
      }
    }
  }

  @Test
  void truncatedPdfIsAnError() throws Exception {
    PDDocument doc = new PDDocument();
    try (Canvas c = new Canvas(doc)) {
      c.text(72, 100, "Some text.");
    }
    Path whole = save(doc, "whole.pdf");
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("truncated.pdf");
    Files.write(cut, Arrays.copyOf(bytes, 300));
    IngestException e = assertThrows(IngestException.class, () -> ingest(cut));
    assertTrue(e.getMessage().startsWith("damaged or truncated PDF: "), e.getMessage());

    Path garbage = dir.resolve("garbage.pdf");
    Files.writeString(garbage, "%PDF-1.7\nthis is not a PDF body at all\n");
    IngestException g = assertThrows(IngestException.class, () -> ingest(garbage));
    assertTrue(g.getMessage().startsWith("damaged or truncated PDF: "), g.getMessage());
  }

  @Test
  void encryptedPdfWithoutPasswordIsAnError() throws Exception {
    PDDocument doc = new PDDocument();
    try (Canvas c = new Canvas(doc)) {
      c.text(72, 100, "Secret.");
    }
    StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user",
        new AccessPermission());
    policy.setEncryptionKeyLength(128);
    doc.protect(policy);
    Path f = save(doc, "encrypted.pdf");
    IngestException e = assertThrows(IngestException.class, () -> ingest(f));
    assertEquals("password-protected PDF", e.getMessage());
  }

  @Test
  void scannedPdfWithOcrOffGivesAWarningAndNoBlocks() throws Exception {
    PDDocument doc = new PDDocument();
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    BufferedImage img = new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB);
    PDImageXObject x = LosslessFactory.createFromImage(doc, img);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.drawImage(x, 72, 400, 400, 400);
    }
    DocumentModel m = ingest(save(doc, "scanned.pdf"), IngestConfig.defaults().withOcr(OcrMode.NEVER));
    assertTrue(m.blocks().isEmpty());
    assertEquals(List.of("no text layer (scanned?); OCR is off"), m.warnings());
    assertEquals(1, m.source().pages());
  }
}
