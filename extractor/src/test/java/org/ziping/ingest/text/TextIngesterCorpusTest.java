package org.ziping.ingest.text;

import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestConfig;
import org.ziping.ingest.tika.TikaTextIngester;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.Cell;
import org.ziping.model.DocumentModel;
import org.ziping.model.SourceInfo;
import org.ziping.model.TableGrid;
import org.ziping.testing.Grids;

/** The text ingester on the five corpus reports' txt files. */
public class TextIngesterCorpusTest {
  private final TextIngester ingester = new TextIngester();

  static Path root() {
    String prop = System.getProperty("ziping.root");
    if (prop != null && Files.isDirectory(Paths.get(prop, "corpus"))) {
      return Paths.get(prop);
    }
    Path p = Paths.get("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("corpus"))) {
      p = p.getParent();
    }
    assertNotNull(p, "no corpus/ folder above " + Paths.get("").toAbsolutePath());
    return p;
  }

  static List<Path> corpusTexts() throws IOException {
    try (Stream<Path> s = Files.list(root().resolve("corpus"))) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  static Path corpus(String prefix) throws IOException {
    return corpusTexts().stream().filter(p -> p.getFileName().toString().startsWith(prefix))
        .findFirst().orElseThrow();
  }

  private DocumentModel read(Path p) throws Exception {
    SourceInfo src = new SourceInfo(p.toString(), "txt", "text/plain", "0", null, null);
    return ingester.ingest(p, src, IngestConfig.defaults());
  }

  public static void assertOffsets(DocumentModel doc) {
    for (Block b : doc.blocks()) {
      assertEquals(b.text(), doc.text().substring(b.start(), b.end()), "block " + b.index());
      if (b.table() != null) {
        assertCells(doc, b.table());
      }
    }
  }

  private static void assertCells(DocumentModel doc, TableGrid g) {
    for (Cell c : g.cells()) {
      assertEquals(c.text(), doc.text().substring(c.start(), c.end()),
          "cell " + c.row() + "," + c.col());
      for (TableGrid n : c.nested()) {
        assertCells(doc, n);
      }
    }
  }

  static List<TableGrid> tables(DocumentModel doc) {
    List<TableGrid> out = new ArrayList<>();
    for (Block b : doc.blocks()) {
      if (b.type() == BlockType.TABLE) {
        out.add(b.table());
      }
    }
    return out;
  }

  static String shapes(DocumentModel doc) {
    StringBuilder sb = new StringBuilder();
    for (TableGrid g : tables(doc)) {
      String first = g.cells().get(0).text().replace("\n", "⏎");
      sb.append(g.rows()).append('x').append(g.cols()).append(' ')
          .append(first.length() > 30 ? first.substring(0, 30) + "…" : first).append('\n');
    }
    return sb.toString();
  }

  @Test
  void everyCorpusTextKeepsTheOffsetInvariantAndIsUtf8() throws Exception {
    List<Path> files = corpusTexts();
    assertEquals(5, files.size());
    for (Path p : files) {
      DocumentModel doc = read(p);
      assertEquals("UTF-8", doc.source().metadata().get("charset"), p.toString());
      assertFalse(doc.blocks().isEmpty(), p.toString());
      assertOffsets(doc);
    }
  }

  private static TableGrid tableStartingWith(DocumentModel doc, String first, int nth) {
    int seen = 0;
    for (TableGrid g : tables(doc)) {
      if (g.cells().get(0).text().startsWith(first) && seen++ == nth) {
        return g;
      }
    }
    throw new AssertionError("no table " + nth + " starting with " + first + " in\n" + shapes(doc));
  }



  @Test
  void noMarkupIsLeftInTheText() throws Exception {
    for (Path p : corpusTexts()) {
      String t = read(p).text();
      assertFalse(t.contains("**"), p.toString());
      assertFalse(t.contains("<b>") || t.contains("</b>"), p.toString());
      assertFalse(t.contains("[bookmark:"), p.toString());
      assertFalse(t.contains("\n#"), p.toString());
    }
  }

  @Test
  void closingTableOf002() throws Exception {
    DocumentModel doc = read(corpus("002"));
    List<TableGrid> all = tables(doc);
    assertEquals(1, all.size());
    TableGrid g = tableStartingWith(doc, "2023年度部门（单位）整体支出绩效自评表", 0);
    assertEquals(22, g.rows());
    assertEquals(8, g.cols());
    Grids.assertCell(g, 0, 0, 1, 8, "2023年度部门（单位）整体支出绩效自评表");
    Grids.assertCell(g, 2, 0, 4, 1, "年度资金预算情况");
    Grids.assertCell(g, 3, 1, 1, 1, "全年支出");
    Grids.assertCell(g, 3, 5, 1, 1, "104.97%");
    List<String> basic = g.row(4).stream().map(Cell::text).toList();
    assertEquals(List.of("其中：基本支出", "453.39", "891.47", "891.47", "196.62%", "-", ""), basic);
    Grids.assertCell(g, 8, 0, 1, 1, "一级指标");
    Grids.assertCell(g, 9, 0, 7, 1, "部门管理");
    Grids.assertCell(g, 9, 1, 3, 1, "资金投入");
    Grids.assertCell(g, 12, 1, 2, 1, "财务管理");
    Grids.assertCell(g, 16, 0, 1, 1, "重点工作管理");
    Grids.assertCell(g, 18, 4, 1, 1, "94.9");
    Grids.assertCell(g, 19, 0, 1, 1, "合计");
    Grids.assertCell(g, 19, 6, 1, 1, "99.5");
    assertTrue(g.cellAt(20, 0).text().startsWith("其他需要说明的问题"));
    assertEquals(8, g.cellAt(20, 0).colSpan());
    assertTrue(g.cellAt(21, 0).text().startsWith("注：1.部门（单位）整体支出绩效自评"));
    assertEquals(8, g.cellAt(21, 0).colSpan());
    Block table = doc.blocks().stream().filter(b -> b.type() == BlockType.TABLE).findFirst().get();
    assertTrue(table.hints().contains("bold"));
    assertEquals(doc.blocks().size() - 1, table.index(), "the table closes the report");
  }

  @Test
  void headingsOf002ComeFromMarkdown() throws Exception {
    DocumentModel doc = read(corpus("002"));
    Block first = doc.blocks().stream().filter(b -> b.type() == BlockType.HEADING).findFirst().get();
    assertEquals(1, first.headingLevel());
    assertEquals("正宁县社会保险局部门整体 支出绩效评价报告", first.text());
    Block bold = doc.blocks().stream().filter(b -> b.text().equals("（三）部门职能及职责。"))
        .findFirst().get();
    assertEquals(3, bold.headingLevel());
    assertEquals(List.of("md-heading:3", "bold", "bold-line"), bold.hints());
    assertNull(doc.blocks().stream().filter(b -> b.text().startsWith("- (一) 部门概况"))
        .findFirst().get().headingLevel());
  }

  @Test
  void scoreTableOf001() throws Exception {
    DocumentModel doc = read(corpus("001"));
    TableGrid first = tableStartingWith(doc, "一级指标", 0);
    assertEquals(7, first.cols());
    assertEquals(List.of("一级指标", "二级指标", "三级指标", "评分标准", "分值", "自评得分",
        "扣分原因和其他说明"), first.row(0).stream().map(Cell::text).toList());
    Grids.assertCell(first, 1, 0, 1, 1, "投  入\n（15分）");
    Grids.assertCell(first, 1, 1, 1, 1, "预算配置\n（15分）");
    Grids.assertCell(first, 1, 4, 1, 1, "5");
    Grids.assertCell(first, 2, 0, 1, 1, "");
    assertEquals(1, first.row(11).stream().filter(c -> c.text().equals("\u3000")).count(),
        "the cell holding only an ideographic space keeps it");

    assertEquals(28, first.rows(), "one table, as in the Word render, header repeated as a row");
    Grids.assertCell(first, 14, 0, 1, 1, "一级指标");
    int last = first.rows() - 1;
    Grids.assertCell(first, last, 0, 1, 1, "总 分");
    Grids.assertCell(first, last, 4, 1, 1, "100");
    Grids.assertCell(first, last, 5, 1, 1, "100");
  }

  @Test
  void formTableOf001MatchesTheWordRender() throws Exception {
    DocumentModel doc = read(corpus("001"));
    TableGrid g = tableStartingWith(doc, "一、部门（单位）基本概况", 0);
    assertEquals(43, g.rows());
    assertEquals(8, g.cols());
    Grids.assertCell(g, 0, 0, 1, 8, "一、部门（单位）基本概况");
    Grids.assertCell(g, 2, 1, 1, 1, "50");
    Grids.assertCell(g, 2, 3, 1, 5, "44");
    Grids.assertCell(g, 15, 1, 1, 1, "596.39");
    Grids.assertCell(g, 15, 3, 1, 1, "486.52");
    Grids.assertCell(g, 15, 4, 1, 1, "109.87");
    Grids.assertCell(g, 4, 0, 1, 1, "年度主要\n工作内容");
  }

  @Test
  void documentReaderSendsCorpusTextHere() throws Exception {
    TextIngester text = new TextIngester();
    DocumentReader reader = new DocumentReader(IngestConfig.defaults(), List.of(text),
        new TikaTextIngester(text));
    DocumentModel doc = reader.read(corpus("004"));
    assertEquals("txt", doc.source().format());
    assertEquals("UTF-8", doc.source().metadata().get("charset"));
    assertOffsets(doc);
  }
}
