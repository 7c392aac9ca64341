package org.ziping.ingest.pdf;

import org.ziping.ingest.IngestConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ziping.ingest.pdf.PageFurnitureFilter;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.Cell;
import org.ziping.model.DocumentModel;
import org.ziping.model.SourceInfo;
import org.ziping.model.TableGrid;

/** The PDF ingester on the five corpus reports (LibreOffice PDFs with ruled tables). */
class PdfIngesterCorpusTest {

  static Path root() {
    String prop = System.getProperty("ziping.root");
    if (prop != null && Files.isDirectory(Path.of(prop, "corpus"))) {
      return Path.of(prop);
    }
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("corpus"))) {
      p = p.getParent();
    }
    assertNotNull(p, "no corpus/ folder above the working directory");
    return p;
  }

  static Path corpus(String prefix, String ext) throws IOException {
    return org.ziping.testing.Corpus.file(prefix, ext);
  }

  static DocumentModel read(String prefix) throws Exception {
    Path f = corpus(prefix, "pdf");
    return new PdfIngester().ingest(f, new SourceInfo(f.toString(), "pdf", "application/pdf", "0",
        null, null), IngestConfig.defaults());
  }

  static List<TableGrid> tables(DocumentModel m) {
    List<TableGrid> out = new ArrayList<>();
    for (Block b : m.blocks()) {
      if (b.type() == BlockType.TABLE) {
        out.add(b.table());
      }
    }
    return out;
  }

  static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }

  @Test
  void table002MatchesTheWordGrid() throws Exception {
    DocumentModel m = read("002");
    List<TableGrid> ts = tables(m);
    assertEquals(1, ts.size());
    TableGrid t = ts.get(0);
    assertEquals(22, t.rows());
    assertEquals(8, t.cols());
    Cell title = t.cellAt(0, 0);
    assertEquals(8, title.colSpan());
    assertTrue(title.text().contains("整体支出绩效自评表"), title.text());

    Cell budget = t.cellAt(2, 0);
    assertEquals("年度资金预算情况", squash(budget.text()));
    assertEquals(4, budget.rowSpan());
    assertEquals(8, budget.page());

    Cell dept = t.cellAt(9, 0);
    assertEquals("部门管理", dept.text());
    assertEquals(7, dept.rowSpan());
    Cell funds = t.cellAt(9, 1);
    assertEquals("资金投入", funds.text());
    assertEquals(3, funds.rowSpan());
    Cell finance = t.cellAt(12, 1);
    assertEquals("财务管理", finance.text());
    assertEquals(2, finance.rowSpan());

    List<String> basic = t.row(4).stream().map(c -> squash(c.text())).toList();
    assertEquals(List.of("其中：基本支出", "453.39", "891.47", "891.47", "196.62%", "-", ""), basic);
    assertEquals(9, t.cellAt(4, 1).page());
    // the row cut by the page break 9/10 is one row, as in the Word file
    assertTrue(t.cellAt(7, 1).text().endsWith("保障单位正常运转"), t.cellAt(7, 1).text());
    assertEquals(2, t.cellAt(6, 0).rowSpan());
    // 服务对象满意度 in column 1 covers the 合计 row
    assertEquals(2, t.cellAt(18, 1).rowSpan());
    assertEquals("99.5", t.cellAt(19, 6).text());
  }

  @Test
  void scoreTable001ContinuesAcrossPagesWithItsRepeatedHeader() throws Exception {
    DocumentModel m = read("001");
    List<TableGrid> ts = tables(m);
    TableGrid score = ts.stream().filter(t -> t.cols() == 7).findFirst().orElseThrow();
    List<String> header = score.row(0).stream().map(Cell::text).toList();
    assertEquals(List.of("一级指标", "二级指标", "三级指标", "评分标准", "分值", "自评得分",
        "扣分原因和其他说明"), header);
    assertEquals(29, score.rows());
    // the header repeated inside the table is kept as a row
    assertEquals("一级指标", score.cellAt(15, 0).text());
    List<Cell> total = score.row(score.rows() - 1);
    assertEquals("总分", squash(total.get(0).text()));
    assertEquals("100", score.cellAt(score.rows() - 1, 4).text());
    assertEquals("100", score.cellAt(score.rows() - 1, 5).text());
    // a row cut by a page break is one row
    assertEquals("建设湖南新增极目标任务完成情况", score.cellAt(19, 2).text());
    assertEquals(10, score.cellAt(19, 2).page());

    TableGrid form = ts.get(0);
    assertEquals(43, form.rows());
    assertEquals(8, form.cols());
    assertEquals(5, form.cellAt(1, 3).colSpan());
    assertEquals("18773005530", form.cellAt(1, 3).text());
  }

  @Test
  void pagesMetadataOffsetsAndNoPageNumbersInAllFive() throws Exception {
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      DocumentModel m = read(prefix);
      assertNotNull(m.source().pages(), prefix);
      assertTrue(m.source().pages() >= 7, prefix);
      assertEquals("LibreOffice 7.4", m.source().metadata().get("producer"), prefix);
      assertFalse(m.blocks().isEmpty(), prefix);
      for (Block b : m.blocks()) {
        assertEquals(b.text(), m.text().substring(b.start(), b.end()), prefix + " block " + b.index());
        assertNotNull(b.page(), prefix);
        assertTrue(b.page() >= 1 && b.page() <= m.source().pages(), prefix);
        if (b.type() == BlockType.TABLE) {
          for (Cell c : b.table().cells()) {
            assertEquals(c.text(), m.text().substring(c.start(), c.end()), prefix);
            assertNotNull(c.page(), prefix);
          }
        } else {
          assertFalse(PageFurnitureFilter.isPageNumber(b.text()),
              prefix + " page number block: " + b.text());
        }
      }
    }
  }

  @Test
  void headingsOf002ByFontSize() throws Exception {
    DocumentModel m = read("002");
    Block first = m.blocks().get(0);
    assertEquals(BlockType.HEADING, first.type());
    assertEquals(1, first.headingLevel());
    assertTrue(first.hints().contains("centered"));
    Block h2 = m.blocks().stream().filter(b -> b.text().equals("一、部门基本情况")).findFirst()
        .orElseThrow();
    assertEquals(2, h2.headingLevel());
    Block h3 = m.blocks().stream().filter(b -> b.text().equals("（一）部门概况。")).findFirst()
        .orElseThrow();
    assertEquals(3, h3.headingLevel());
    // a bold lead-in inside a paragraph does not make a heading
    Block mixed = m.blocks().stream().filter(b -> b.text().startsWith("3. 强化认证结果运用"))
        .findFirst().orElseThrow();
    assertEquals(BlockType.PARAGRAPH, mixed.type());
  }

  @Test
  void paragraphTextOf004EqualsItsText() throws Exception {
    DocumentModel m = read("004");
    StringBuilder pdf = new StringBuilder();
    for (Block b : m.blocks()) {
      if (b.type() != BlockType.TABLE) {
        pdf.append(b.text());
      }
    }
    String txt = Files.readString(corpus("004", "txt"));
    assertEquals(squash(txt), squash(pdf.toString()));
    // and one block per text paragraph
    long paragraphs = txt.lines().filter(l -> !l.isBlank()).count();
    assertEquals(paragraphs, m.blocks().size(), "one block per paragraph of the text");
  }

  @Test
  void paragraphsJoinedAcrossPageBreaksAreOneParagraphOfTheText() throws Exception {
    for (String prefix : List.of("000", "004")) {
      DocumentModel m = read(prefix);
      List<String> lines = Files.readString(corpus(prefix, "txt")).lines()
          .map(PdfIngesterCorpusTest::squash).filter(l -> !l.isEmpty()).toList();
      int joined = 0;
      for (Block b : m.blocks()) {
        if (b.hints().contains("page-break-joined")) {
          joined++;
          assertTrue(lines.contains(squash(b.text())), prefix + ": " + b.text());
        }
      }
      assertTrue(joined > 0, prefix);
    }
  }
}
