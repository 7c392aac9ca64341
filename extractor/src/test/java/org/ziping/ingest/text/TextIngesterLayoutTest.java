package org.ziping.ingest.text;

import org.ziping.ingest.IngestConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.DocumentModel;
import org.ziping.model.SourceInfo;
import org.ziping.model.TableGrid;
import org.ziping.testing.Grids;

/** Layout rules of the text ingester: paragraphs, markdown hints and the two table layouts. */
class TextIngesterLayoutTest {
  private final TextIngester ingester = new TextIngester();

  private DocumentModel fixture(String name) throws Exception {
    Path p = Paths.get(getClass().getResource("/ingest/txt/" + name).toURI());
    DocumentModel doc = ingester.ingest(p, new SourceInfo(p.toString(), "txt", "text/plain", "0",
        null, null), IngestConfig.defaults());
    TextIngesterCorpusTest.assertOffsets(doc);
    return doc;
  }

  private DocumentModel text(String s) {
    DocumentModel doc = ingester.ingestText(s, new SourceInfo("t.txt", "txt", "text/plain", "0",
        null, null));
    TextIngesterCorpusTest.assertOffsets(doc);
    return doc;
  }



  @Test
  void paragraphsAreTrimmedAndBlankLinesMakeNoBlocks() {
    DocumentModel doc = text("  第一段  \n\n\u3000\u3000第二段，内部\u3000空格  保留。\u3000\n \u3000 \n");
    assertEquals(List.of("第一段", "第二段，内部\u3000空格  保留。"),
        doc.blocks().stream().map(Block::text).toList());
  }

  @Test
  void markdownMarkersBecomeHints() throws Exception {
    List<Block> b = fixture("markdown-hints.md").blocks();
    assertEquals(10, b.size());
    assertEquals(BlockType.HEADING, b.get(0).type());
    assertEquals(1, b.get(0).headingLevel());
    assertEquals("某县交通运输局2024年度项目支出绩效自评报告", b.get(0).text());
    assertEquals(List.of("md-heading:1"), b.get(0).hints());

    assertEquals(2, b.get(1).headingLevel());
    assertEquals("一、项目基本情况", b.get(1).text());
    assertEquals(List.of("md-heading:2", "bold", "bold-line"), b.get(1).hints());

    assertEquals("- 项目名称：乡村道路养护", b.get(2).text());
    assertEquals(BlockType.PARAGRAPH, b.get(2).type());
    assertEquals(List.of(), b.get(2).hints());

    assertEquals("（一）资金投入。本年度到位资金 120 万元，执行率 98.75%。", b.get(4).text());
    assertEquals(List.of("bold"), b.get(4).hints());
    assertEquals("全年未发生预算调整。", b.get(5).text());
    assertEquals(List.of("bold", "bold-line"), b.get(5).hints());
    assertEquals("首行缩进的段落，内部\u3000空格与  两个空格都保留。", b.get(6).text());
    assertEquals("#标签不是标题", b.get(7).text());
    assertEquals(BlockType.PARAGRAPH, b.get(7).type());
    assertEquals("####### 七个井号也不是标题", b.get(8).text());
    assertEquals(BlockType.PARAGRAPH, b.get(8).type());
    assertEquals("三级标题", b.get(9).text());
    assertEquals(3, b.get(9).headingLevel());
  }

  @Test
  void tabSeparatedTableWithTitleNoteAndVerticalMerges() throws Exception {
    DocumentModel doc = fixture("tab-separated-table.txt");
    List<Block> b = doc.blocks();
    assertEquals(3, b.size());
    assertEquals("表1 项目支出绩效自评表（摘录）", b.get(0).text());
    assertEquals("表后的说明文字。", b.get(2).text());
    Block t = b.get(1);
    assertEquals(BlockType.TABLE, t.type());
    assertTrue(t.hints().contains("tab-separated") && t.hints().contains("bold"), t.hints().toString());
    TableGrid g = t.table();
    assertEquals(10, g.rows());
    assertEquals(6, g.cols());
    Grids.assertCell(g, 0, 0, 1, 6, "2024年度乡村道路养护项目绩效自评表");
    Grids.assertCell(g, 1, 2, 1, 1, "");
    Grids.assertCell(g, 1, 4, 1, 1, "某县交通运输局");
    Grids.assertCell(g, 3, 0, 3, 1, "产出指标");
    Grids.assertCell(g, 3, 1, 2, 1, "数量指标");
    Grids.assertCell(g, 4, 2, 1, 1, "桥梁检查");
    Grids.assertCell(g, 5, 1, 1, 1, "质量指标");
    Grids.assertCell(g, 5, 5, 1, 1, "");
    Grids.assertCell(g, 6, 0, 2, 1, "效益指标");
    Grids.assertCell(g, 7, 1, 1, 1, "满意度");
    Grids.assertCell(g, 8, 0, 1, 1, "总分");
    Grids.assertCell(g, 8, 1, 1, 1, "");
    Grids.assertCell(g, 8, 3, 1, 1, "");
    Grids.assertCell(g, 8, 4, 1, 1, "100");
    Grids.assertCell(g, 8, 5, 1, 1, "96");
    Grids.assertCell(g, 9, 0, 1, 6, "说明：本表由项目单位填报，得分由评价组复核。");
    assertEquals(List.of(), g.row(4).stream().filter(c -> c.col() < 2).toList(),
        "merged positions hold no cell of their own");
  }

  @Test
  void leadingEmptyCellUnderATitleOrAnEmptyCellIsNotMerged() {
    TableGrid g = text("标题\t\t\n\t名称\t金额\n\t基本支出\t10\n").blocks().get(0).table();
    Grids.assertCell(g, 0, 0, 1, 3, "标题");
    Grids.assertCell(g, 1, 0, 1, 1, "");
    Grids.assertCell(g, 2, 0, 1, 1, "");
  }

  @Test
  void markdownPipeTableReadsAsTheSameTableWrittenWithTabs() {
    DocumentModel doc = text("表2 部门整体支出绩效自评表\n"
        + "| 一级指标 | 分值 | 得分 |\n"
        + "|:---|---:|:---:|\n"
        + "| **投入** | 20 | 19 |\n"
        + "| 过程 | 20 | 18.5 |\n"
        + "合计 | 40 | 37.5 |\n"
        + "\n"
        + "表后说明：得分含复核调整（a\\|b）。\n");
    List<Block> b = doc.blocks();
    assertEquals(3, b.size(), b.toString());
    Block t = b.get(1);
    assertEquals(BlockType.TABLE, t.type());
    assertEquals(List.of("pipe-table", "bold"), t.hints());
    TableGrid g = t.table();
    assertEquals(4, g.rows(), "the delimiter row is dropped");
    assertEquals(3, g.cols());
    Grids.assertCell(g, 0, 0, 1, 1, "一级指标");
    Grids.assertCell(g, 1, 0, 1, 1, "投入");
    Grids.assertCell(g, 2, 2, 1, 1, "18.5");
    Grids.assertCell(g, 3, 0, 1, 1, "合计"); // a row without its leading pipe
    TableGrid tabs = text("一级指标\t分值\t得分\n投入\t20\t19\n过程\t20\t18.5\n合计\t40\t37.5\n")
        .blocks().get(0).table();
    assertEquals(tabs.rows(), g.rows());
    for (int r = 0; r < g.rows(); r++) {
      assertEquals(tabs.row(r).stream().map(c -> c.text()).toList(),
          g.row(r).stream().map(c -> c.text()).toList(), "row " + r);
    }
    assertEquals(BlockType.PARAGRAPH, b.get(2).type());
  }

  @Test
  void linesWithAPipeThatMakeNoTableStayParagraphs() {
    DocumentModel doc = text("| 单独一行 | 不成表 |\n\n资金来源：财政拨款|自筹\n得分 | 95\n");
    assertEquals(3, doc.blocks().size(), doc.blocks().toString());
    assertTrue(doc.blocks().stream().allMatch(x -> x.type() == BlockType.PARAGRAPH));
    assertEquals("| 单独一行 | 不成表 |", doc.blocks().get(0).text());
    assertEquals("资金来源：财政拨款|自筹", doc.blocks().get(1).text());
    assertTrue(PipeTableReader.isRow("a | b |"));
    assertTrue(PipeTableReader.isRow("| a | b"));
    assertTrue(!PipeTableReader.isRow("a | b | c"), "no outer pipe: prose");
    assertEquals(List.of(" a ", " b|c "), PipeTableReader.cells("| a | b\\|c |"));
    assertTrue(PipeTableReader.isDelimiter(List.of("---", " :--: ", "--:")));
    assertTrue(!PipeTableReader.isDelimiter(List.of("---", "金额")));
  }

  @Test
  void linesWithTabsThatDisagreeStayParagraphs() {
    DocumentModel doc = text("姓名\t张三\n单位\t某局\t财务科\t科员\n");
    assertEquals(2, doc.blocks().size());
    assertEquals(BlockType.PARAGRAPH, doc.blocks().get(0).type());
    assertEquals("姓名\t张三", doc.blocks().get(0).text());
  }

  @Test
  void flattenedWordForm() throws Exception {
    List<Block> b = fixture("flattened-form-table.txt").blocks();
    assertEquals(List.of(BlockType.PARAGRAPH, BlockType.TABLE, BlockType.PARAGRAPH, BlockType.TABLE,
        BlockType.PARAGRAPH), b.stream().map(Block::type).toList());
    assertEquals("项目绩效自评表（表一）", b.get(0).text());
    assertEquals("以下为评分表。", b.get(2).text());
    assertEquals("表后段落。", b.get(4).text());

    TableGrid a = b.get(1).table();
    assertEquals(5, a.rows());
    assertEquals(4, a.cols());
    Grids.assertCell(a, 0, 0, 1, 4, "项目基本情况");
    Grids.assertCell(a, 1, 3, 1, 1, "某县交通运输局");
    Grids.assertCell(a, 2, 2, 1, 2, "全年执行数");
    Grids.assertCell(a, 3, 0, 1, 1, "");
    Grids.assertCell(a, 3, 1, 1, 1, "120.00");
    Grids.assertCell(a, 4, 1, 1, 1, "目标1：完成道路养护\n目标2：完成桥梁检查");
    Grids.assertCell(a, 4, 2, 1, 2, "全部完成");
    assertEquals(List.of("flattened-form"), b.get(1).hints());

    TableGrid s = b.get(3).table();
    assertEquals(5, s.rows(), "a header repeated after a page break continues the table");
    assertEquals(3, s.cols());
    Grids.assertCell(s, 1, 0, 1, 1, "产出\n（60分）");
    Grids.assertCell(s, 2, 0, 1, 1, "\u3000");
    Grids.assertCell(s, 2, 1, 1, 1, "");

    Grids.assertCell(s, 3, 0, 1, 1, "指标");
    Grids.assertCell(s, 4, 0, 1, 1, "效益");
    Grids.assertCell(s, 4, 2, 1, 1, "38");
  }

  @Test
  void flattenedLayoutKeepsLeadingEmptyCellsEmpty() {
    TableGrid g = text("\t一级\n\t二级\n\n\t投入\n\t预算\n\n\t\n\t执行\n").blocks().get(0).table();
    assertEquals(3, g.rows());
    Grids.assertCell(g, 1, 0, 1, 1, "投入");
    Grids.assertCell(g, 2, 0, 1, 1, "");
    assertNull(g.row(2).stream().filter(c -> c.rowSpan() > 1).findAny().orElse(null));
  }
}
