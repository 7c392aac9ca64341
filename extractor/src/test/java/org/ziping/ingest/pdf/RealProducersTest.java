package org.ziping.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziping.testing.Grids.assertCell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestConfig;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.DocumentModel;
import org.ziping.model.TableGrid;
import org.ziping.testing.Corpus;

/**
 * The PDFs of {@code ../shared/realdocs} (budget and final-accounts disclosures published by
 * government bodies, made with WPS, Word, Excel-like spreadsheet printers, PScript5/Distiller and
 * Acrobat): every one is read without error, and one table per producer is pinned (rows, columns,
 * spans, chosen cells), checked against the printed page by eye.
 */
class RealProducersTest {
  private static final DocumentReader READER = DocumentReader.standard(IngestConfig.defaults());

  private static DocumentModel read(String name) throws Exception {
    return READER.read(Corpus.realdocs().resolve(name));
  }

  private static List<TableGrid> tables(DocumentModel d) {
    return d.blocks().stream().filter(b -> b.type() == BlockType.TABLE).map(Block::table).toList();
  }

  /** The first table whose first cell (white space removed) starts with {@code first}. */
  private static TableGrid table(DocumentModel d, String first) {
    return tables(d).stream()
        .filter(t -> t.cells().get(0).text().replaceAll("\\s+", "").startsWith(first))
        .findFirst().orElseThrow(() -> new AssertionError("no table starting " + first));
  }

  /** The first table starting with {@code first}, of this size. */
  private static TableGrid grid(DocumentModel d, String first, int rows, int cols) {
    TableGrid t = table(d, first);
    assertEquals(rows + "x" + cols, t.rows() + "x" + t.cols(), "size of the table " + first);
    return t;
  }

  @TestFactory
  Stream<DynamicTest> everyRealPdfIsReadWithItsText() throws IOException {
    List<Path> pdfs;
    try (Stream<Path> s = Files.list(Corpus.realdocs())) {
      pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    assertFalse(pdfs.isEmpty());
    return pdfs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
      DocumentModel d = READER.read(p);
      assertEquals("pdf", d.source().format());
      assertTrue(d.text().length() > 1000, "text read: " + d.text().length());
      assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }));
  }

  /** WPS 表格 (spreadsheet printed landscape): the income and spending overview. */
  @Test
  void wpsSpreadsheet() throws Exception {
    TableGrid t = grid(read("gbc__dept_budget.pdf"), "本年收入", 16, 4);
    assertCell(t, 0, 0, 1, 2, "本年收入");
    assertCell(t, 0, 2, 1, 2, "本年支出");
    assertCell(t, 2, 1, 1, 1, "96,282,213.44");
    assertCell(t, 5, 2, 1, 1, "四、住房保障支出");
    assertCell(t, 15, 3, 1, 1, "96,282,213.44");
  }

  /**
   * WPS Office (spreadsheet printed landscape, last page of a long table centred on its page): the
   * 70-row income table spans four pages and is one grid; the performance-target form keeps its
   * merged cells.
   */
  @Test
  void wpsOfficeSpreadsheet() throws Exception {
    DocumentModel d = read("tbx__1770007475548-818404804.pdf");
    grid(d, "项目", 70, 9);
    TableGrid form = grid(d, "财政项目支出绩效目标填报表", 17, 8);
    assertCell(form, 0, 0, 1, 8, "财政项目支出绩效目标填报表");
    assertCell(form, 5, 0, 4, 2, "项目资金（元）");
    assertCell(form, 6, 2, 2, 2, "其中：财政资金");
    assertCell(form, 11, 1, 1, 1, "一级指标");
    assertCell(form, 12, 0, 5, 1, "绩效指标");
    assertCell(form, 12, 1, 3, 1, "产出指标");
    assertCell(form, 12, 3, 1, 3, "规划建筑面积");
    assertCell(form, 12, 6, 1, 2, "≥13459.00(平方米)");
  }

  /** WPS 文字 (word processor, portrait): the final-accounts overview, labels merged over two columns. */
  @Test
  void wpsWriter() throws Exception {
    TableGrid t = grid(read("gbc__中共上海市普陀区委社会工作部 2024 年度部门决算.pdf"), "收入", 32, 4);
    assertCell(t, 0, 0, 1, 2, "收入");
    assertCell(t, 1, 1, 1, 1, "决算数");
    assertCell(t, 2, 1, 1, 1, "307.82");
    assertCell(t, 2, 3, 1, 1, "264.87");
    assertCell(t, 20, 2, 1, 1, "十九、住房保障支出");
    assertCell(t, 20, 3, 1, 1, "29.42");
  }

  /** Microsoft Word 2007: the budget overview with two header rows and merged labels. */
  @Test
  void word2007() throws Exception {
    TableGrid t = grid(read("jsob__2018年省检察院部门预算公开.pdf"), "收入", 26, 6);
    assertCell(t, 0, 2, 1, 4, "支出");
    assertCell(t, 1, 0, 2, 1, "项目名称");
    assertCell(t, 1, 2, 1, 2, "功能分类");
    assertCell(t, 3, 1, 1, 1, "21,940.96");
    assertCell(t, 6, 3, 1, 1, "16,458.75");
    assertCell(t, 5, 5, 1, 1, "2,388.04");
  }

  /** Adobe Acrobat Pro 10 (A3 landscape sheets). */
  @Test
  void acrobatPro() throws Exception {
    TableGrid t = grid(read("jsob__江苏省委办公厅2017年预算公开表格.pdf"), "收入", 26, 6);
    assertCell(t, 1, 4, 1, 2, "支出用途");
    assertCell(t, 3, 1, 1, 1, "20,702.25");
    assertCell(t, 6, 1, 1, 1, "147.20");
    assertCell(t, 20, 3, 1, 1, "1,856.69");
  }

  /** PScript5 through Acrobat Distiller, pages with /Rotate 90: rulings turned with the page. */
  @Test
  void pscriptRotatedPages() throws Exception {
    TableGrid t = grid(read("jsob__江苏省委办公厅2018年度部门预算公开表.pdf"), "收入", 26, 6);
    assertCell(t, 0, 0, 1, 2, "收入");
    assertCell(t, 1, 0, 2, 1, "项目名称");
    assertCell(t, 3, 3, 1, 1, "20,153.75");
    assertCell(t, 10, 3, 1, 1, "1,289.52");
    assertCell(t, 23, 2, 1, 3, "当年支出小计");
    assertCell(t, 25, 5, 1, 1, "24,458.43");
  }

  /** Acrobat PDFMaker for Word: a text-only explanation, no tables and no table made of prose. */
  @Test
  void pdfMakerProseOnly() throws Exception {
    DocumentModel d = read("jsob__江苏省委办公厅2017年部门预算.pdf");
    assertTrue(tables(d).isEmpty());
    assertTrue(d.text().contains("收入、支出预算总计20849.45万元"), "prose kept");
  }
}
