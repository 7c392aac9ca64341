package org.ziping.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.cli.Main;
import org.ziping.report.ReportJson;
import org.ziping.pipeline.StandardExtraction;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;
import org.ziping.testing.Corpus;

/**
 * {@code audit --format xlsx} and {@code --format pdf} on the corpus PDFs: the workbook read back
 * with POI, the annotated copies read back with PDFBox.
 */
class AuditExportsOnCorpusTest {
  private static final List<String> SEEDS = List.of("000", "001", "002", "003", "004");

  private static String run(String... args) {
    var cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    assertEquals(Main.EXIT_OK, code, err.toString());
    return err.toString();
  }

  @Test
  void workbookHasOneRowPerReportAndPerEvidenceWithFiltersAndFrozenHeaders(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("audit.xlsx");
    List<String> args = new ArrayList<>(List.of("audit", "--format", "xlsx", "-o", xlsx.toString()));
    SEEDS.forEach(s -> args.add(Corpus.file(s, "pdf").toString()));
    run(args.toArray(String[]::new));

    StandardExtraction extraction = new StandardExtraction();
    List<ExtractedDocument> docs = new ArrayList<>();
    for (String s : SEEDS) {
      docs.add(extraction.extract(Corpus.file(s, "pdf")));
    }
    AuditedBatch batch = AuditedBatch.of(docs);
    int evidenceRows = 0;
    for (AuditedBatch.Row r : batch.rows()) {
      for (Finding f : r.findings()) {
        evidenceRows += Math.max(1, f.evidence().size());
      }
    }

    DataFormatter fmt = new DataFormatter();
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet reports = wb.getSheet("报告");
      XSSFSheet findings = wb.getSheet("发现");
      assertEquals(6, reports.getLastRowNum(), "six reports in five files (003 holds two)");
      assertEquals(evidenceRows, findings.getLastRowNum());
      for (XSSFSheet s : List.of(reports, findings)) {
        assertTrue(s.getCTWorksheet().isSetAutoFilter(), s.getSheetName() + " has an auto-filter");
        assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
      }
      assertEquals("文件", reports.getRow(0).getCell(0).getStringCellValue());
      assertEquals("A1:L7", reports.getCTWorksheet().getAutoFilter().getRef(), "filter over every column");
      assertEquals("A1:N" + (evidenceRows + 1), findings.getCTWorksheet().getAutoFilter().getRef());

      Row r003 = rowWhere(reports, 0, "003_");
      assertEquals("26.24", fmt.formatCellValue(r003.getCell(8)), "execution rate of 003's department report");
      assertEquals("99", fmt.formatCellValue(r003.getCell(6)));

      boolean found = false;
      for (Row r : findings) {
        if (fmt.formatCellValue(r.getCell(0)).contains("002_")
            && "EXEC_RATE_MISMATCH".equals(fmt.formatCellValue(r.getCell(4)))
            && "196.62".equals(fmt.formatCellValue(r.getCell(9)))) {
          assertEquals("错误", fmt.formatCellValue(r.getCell(6)));
          assertEquals("9", fmt.formatCellValue(r.getCell(11)), "page");
          assertEquals("表1 第5行 第6列", fmt.formatCellValue(r.getCell(12)), "cell");
          assertTrue(fmt.formatCellValue(r.getCell(10)).contains("基本支出"), "evidence text");
          found = true;
        }
      }
      assertTrue(found, "002's 196.62% in the findings sheet");
    }
  }

  private static Row rowWhere(Sheet s, int col, String prefix) {
    for (Row r : s) {
      if (r.getCell(col) != null && r.getCell(col).getStringCellValue().contains(prefix)) {
        return r;
      }
    }
    throw new AssertionError("no row with " + prefix);
  }

  @Test
  void annotatedPdfHighlightsStandOnTheEvidenceFigures(@TempDir Path dir) throws Exception {
    String err = run("audit", "--format", "pdf", "-o", dir.toString(), Corpus.file("002", "pdf").toString(),
        Corpus.file("002", "txt").toString());
    assertTrue(err.contains("1 annotated copies") && err.contains("1 inputs not PDF"), err);
    Path copy;
    try (Stream<Path> s = Files.list(dir)) {
      copy = s.filter(p -> p.toString().endsWith(".audit.pdf")).findFirst().orElseThrow();
    }
    try (PDDocument pdf = Loader.loadPDF(copy.toFile())) {
      PDPage page9 = pdf.getPage(8);
      List<PDAnnotationHighlight> marks = new ArrayList<>();
      int notes = 0;
      for (PDAnnotation a : page9.getAnnotations()) {
        if (a instanceof PDAnnotationHighlight h) {
          marks.add(h);
        } else if (a instanceof PDAnnotationText) {
          notes++;
        }
      }
      assertFalse(marks.isEmpty(), "highlights on page 9");
      assertTrue(notes > 0, "notes on page 9");
      boolean rate = false;
      for (PDAnnotationHighlight h : marks) {
        String under = textUnder(pdf, page9, h);
        if (h.getContents().startsWith("基本支出 · 执行率") && h.getTitlePopup().equals("ziping EXEC_RATE_MISMATCH")) {
          assertEquals("196.62%", under.replaceAll("\\s+", ""), "the highlight covers the declared rate");
          rate = true;
        }
        assertFalse(under.isBlank(), "every highlight covers text: " + h.getContents());
      }
      assertTrue(rate, "002's 196.62% is highlighted on page 9");
    }
  }

  /**
   * The copy is placed from the evidence sources the JSON stores, so an extracted JSON annotates
   * the PDF as the PDF itself does; JSON written before they were stored has the PDF read again.
   */
  @Test
  void extractedJsonAnnotatesAsThePdfDoes(@TempDir Path dir) throws Exception {
    Path pdf = Corpus.file("002", "pdf");
    String fromPdf = placed(run("audit", "--format", "pdf", "-o", dir.resolve("a").toString(),
        pdf.toString()));
    ExtractedDocument d = new StandardExtraction().extract(pdf);
    assertFalse(d.reports().get(0).pageOccurrences().isEmpty());
    Path json = Files.writeString(dir.resolve("002.json"), ReportJson.write(d));
    assertEquals(fromPdf, placed(run("audit", "--format", "pdf", "-o", dir.resolve("b").toString(),
        json.toString())));
    ExtractedDocument older = d.withReports(d.reports().stream()
        .map(r -> r.with(b -> b.pageOccurrences = null)).toList());
    Path olderJson = Files.writeString(dir.resolve("002-older.json"), ReportJson.write(older));
    assertEquals(fromPdf, placed(run("audit", "--format", "pdf", "-o", dir.resolve("c").toString(),
        olderJson.toString())));
    assertTrue(fromPdf.contains("38 highlights"), fromPdf);
  }

  /** The "N highlights, M notes, K evidence not placed" part of the audit's stderr. */
  private static String placed(String err) {
    return err.lines().filter(l -> l.startsWith("audit: pdf: ") && l.contains(" highlights"))
        .map(l -> l.substring(l.lastIndexOf(": ") + 2)).toList().toString();
  }

  private static String textUnder(PDDocument pdf, PDPage page, PDAnnotationHighlight h) throws Exception {
    var r = h.getRectangle();
    float height = page.getMediaBox().getHeight();
    PDFTextStripperByArea area = new PDFTextStripperByArea();
    area.setSortByPosition(true);
    area.addRegion("h", new java.awt.geom.Rectangle2D.Float(r.getLowerLeftX() + 0.5f,
        height - r.getUpperRightY() + 0.5f, r.getWidth() - 1f, r.getHeight() - 1f));
    area.extractRegions(page);
    return area.getTextForRegion("h");
  }
}
