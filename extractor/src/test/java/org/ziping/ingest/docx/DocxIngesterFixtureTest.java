package org.ziping.ingest.docx;

import org.ziping.ingest.IngestException;
import org.ziping.ingest.DocumentFormat;
import org.ziping.ingest.IngestConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.Cell;
import org.ziping.model.DocumentModel;
import org.ziping.model.SourceInfo;
import org.ziping.model.TableGrid;

/** DocxIngester on small documents built with POI, one feature each. */
class DocxIngesterFixtureTest {
  private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

  @TempDir
  Path dir;

  private final DocxIngester ingester = new DocxIngester();

  // ---------------------------------------------------------------- helpers

  private Path save(XWPFDocument doc, String name) throws IOException {
    Path p = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(p)) {
      doc.write(out);
    }
    doc.close();
    return p;
  }

  /** A document whose body is the given WordprocessingML, with optional styles and numbering. */
  private Path docx(String name, String bodyXml, String stylesXml, String numberingXml) throws Exception {
    XWPFDocument doc = new XWPFDocument();
    doc.getDocument().setBody(DocumentDocument.Factory.parse(
        "<w:document " + W + "><w:body>" + bodyXml + "</w:body></w:document>").getDocument().getBody());
    if (stylesXml != null) {
      doc.createStyles().setStyles(StylesDocument.Factory.parse(
          "<w:styles " + W + ">" + stylesXml + "</w:styles>").getStyles());
    }
    if (numberingXml != null) {
      doc.createNumbering().setNumbering(NumberingDocument.Factory.parse(
          "<w:numbering " + W + ">" + numberingXml + "</w:numbering>").getNumbering());
    }
    return save(doc, name);
  }

  private DocumentModel read(Path p) throws Exception {
    DocumentModel m = ingester.ingest(p, new SourceInfo(p.toString(), "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "0", null, null),
        IngestConfig.defaults());
    assertOffsets(m);
    return m;
  }

  static void assertOffsets(DocumentModel m) {
    for (Block b : m.blocks()) {
      assertEquals(b.text(), m.text().substring(b.start(), b.end()), "block " + b.index());
      if (b.table() != null) {
        assertCellOffsets(m, b.table());
      }
    }
  }

  private static void assertCellOffsets(DocumentModel m, TableGrid g) {
    for (Cell c : g.cells()) {
      assertEquals(c.text(), m.text().substring(c.start(), c.end()), "cell " + c.row() + "," + c.col());
      for (TableGrid n : c.nested()) {
        assertCellOffsets(m, n);
      }
    }
  }

  private static String p(String text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  }

  private static String tc(String props, String text) {
    return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + p(text) + "</w:tc>";
  }

  private static List<String> texts(List<Cell> cells) {
    return cells.stream().map(Cell::text).toList();
  }

  private static Block only(DocumentModel m, BlockType type) {
    List<Block> bs = m.blocks().stream().filter(b -> b.type() == type).toList();
    assertEquals(1, bs.size(), "blocks of type " + type + ": " + m.blocks());
    return bs.get(0);
  }

  // ---------------------------------------------------------------- tables

  @Test
  void gridSpanAndVerticalMergeBuiltWithThePoiApi() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    XWPFTable t = doc.createTable(3, 3);
    XWPFTableRow r0 = t.getRow(0);
    r0.getCell(0).setText("合并标题");
    r0.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(2));
    r0.removeCell(1);
    r0.getCell(1).setText("资金投入");
    r0.getCell(1).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
    for (int r = 1; r < 3; r++) {
      t.getRow(r).getCell(0).setText("a" + r);
      // cell (r,1) left empty on purpose: empty cells stay cells
      t.getRow(r).getCell(2).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
    }
    DocumentModel m = read(save(doc, "grid-span-vmerge.docx"));
    TableGrid g = only(m, BlockType.TABLE).table();
    assertEquals(3, g.rows());
    assertEquals(3, g.cols());
    Cell title = g.cellAt(0, 1);
    assertEquals("合并标题", title.text());
    assertEquals(2, title.colSpan());
    Cell merged = g.cellAt(2, 2);
    assertEquals("资金投入", merged.text());
    assertEquals(0, merged.row());
    assertEquals(3, merged.rowSpan());
    assertEquals(List.of("a1", ""), texts(g.row(1)), "continue cells emit no cell; empty cells stay");
    assertEquals(6, g.cells().size(), "two anchors in each row");
  }

  @Test
  void gridBeforeAndGridAfterSkipColumns() throws Exception {
    String body = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        + "<w:tr>" + tc("", "A") + tc("", "B") + tc("", "C") + "</w:tr>"
        + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("", "X") + tc("", "Y") + "</w:tr>"
        + "<w:tr><w:trPr><w:gridAfter w:val=\"2\"/></w:trPr>" + tc("", "Z") + "</w:tr>"
        + "</w:tbl>";
    TableGrid g = only(read(docx("grid-before-after.docx", body, null, null)), BlockType.TABLE).table();
    assertEquals(3, g.cols());
    assertNull(g.cellAt(1, 0), "gridBefore leaves column 0 of row 1 empty");
    assertEquals("X", g.cellAt(1, 1).text());
    assertEquals("Y", g.cellAt(1, 2).text());
    assertEquals("Z", g.cellAt(2, 0).text());
    assertNull(g.cellAt(2, 1));
  }

  @Test
  void verticalMergeAcrossSpannedColumnsAndClosedByAnOrdinaryCell() throws Exception {
    String body = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        + "<w:tr>" + tc("<w:gridSpan w:val=\"2\"/><w:vMerge w:val=\"restart\"/>", "部门管理") + tc("", "1") + "</w:tr>"
        + "<w:tr>" + tc("<w:gridSpan w:val=\"2\"/><w:vMerge/>", "") + tc("", "2") + "</w:tr>"
        + "<w:tr>" + tc("<w:gridSpan w:val=\"2\"/>", "履职效果") + tc("", "3") + "</w:tr>"
        + "<w:tr>" + tc("<w:gridSpan w:val=\"2\"/><w:vMerge/>", "孤立") + tc("", "4") + "</w:tr>"
        + "</w:tbl>";
    DocumentModel m = read(docx("vmerge-span.docx", body, null, null));
    TableGrid g = only(m, BlockType.TABLE).table();
    Cell a = g.cellAt(1, 1);
    assertEquals("部门管理", a.text());
    assertEquals(2, a.rowSpan());
    assertEquals(2, a.colSpan());
    assertEquals(1, g.cellAt(2, 0).rowSpan(), "an ordinary cell closes the merge above it");
    Cell orphan = g.cellAt(3, 0);
    assertEquals("孤立", orphan.text(), "a continue cell below an unmerged cell is a cell of its own");
    assertEquals(3, orphan.row());
    assertTrue(m.warnings().isEmpty(), m.warnings().toString());
  }

  @Test
  void textHiddenInAContinueCellIsKeptWithAWarning() throws Exception {
    String body = "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid>"
        + "<w:tr>" + tc("<w:vMerge w:val=\"restart\"/>", "上") + "</w:tr>"
        + "<w:tr>" + tc("<w:vMerge/>", "下") + "</w:tr></w:tbl>";
    DocumentModel m = read(docx("vmerge-text.docx", body, null, null));
    Cell c = only(m, BlockType.TABLE).table().cellAt(0, 0);
    assertEquals("上\n下", c.text());
    assertEquals(2, c.rowSpan());
    assertEquals(1, m.warnings().size());
  }

  @Test
  void nestedTableBecomesTheCellsNestedGrid() throws Exception {
    String inner = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        + "<w:tr>" + tc("", "内1") + tc("", "内2") + "</w:tr></w:tbl>";
    String body = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>"
        + "<w:tc>" + p("外层") + inner + "<w:p/></w:tc>" + tc("", "右") + "</w:tr></w:tbl>"
        + p("表后段落");
    DocumentModel m = read(docx("nested-table.docx", body, null, null));
    TableGrid g = only(m, BlockType.TABLE).table();
    Cell outer = g.cellAt(0, 0);
    assertEquals("外层", outer.text(), "nested text is not part of the cell's own text");
    assertEquals(1, outer.nested().size());
    TableGrid n = outer.nested().get(0);
    assertEquals(1, n.rows());
    assertEquals(List.of("内1", "内2"), texts(n.cells()));
    assertTrue(n.cells().get(0).start() > outer.end());
    assertEquals("右", g.cellAt(0, 1).text());
    assertEquals("表后段落", only(m, BlockType.PARAGRAPH).text());
  }

  @Test
  void cellParagraphsAreJoinedByNewlineAndEmptyOnesDropped() throws Exception {
    String body = "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>"
        + p("第一段") + "<w:p/>" + p("  第二段　") + "</w:tc></w:tr></w:tbl>";
    Cell c = only(read(docx("cell-paragraphs.docx", body, null, null)), BlockType.TABLE).table().cellAt(0, 0);
    assertEquals("第一段\n第二段", c.text());
  }

  // ---------------------------------------------------------------- paragraphs

  @Test
  void runsTabsBreaksAndWhatWordDoesNotShow() throws Exception {
    String body = "<w:p>"
        + "<w:r><w:t>预算</w:t><w:tab/><w:t>执行</w:t><w:br/><w:t>情况</w:t></w:r>"
        + "<w:del><w:r><w:delText>删除</w:delText></w:r></w:del>"
        + "<w:ins><w:r><w:t>插入</w:t></w:r></w:ins>"
        + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>7</w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        + "<w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink>"
        + "</w:p>";
    Block b = only(read(docx("runs.docx", body, null, null)), BlockType.PARAGRAPH);
    assertEquals("预算\t执行\n情况插入7链接", b.text());
  }

  @Test
  void boldAndCenteredHintsAndEmptyParagraphsDropped() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    XWPFParagraph title = doc.createParagraph();
    title.setAlignment(ParagraphAlignment.CENTER);
    XWPFRun r1 = title.createRun();
    r1.setBold(true);
    r1.setText("绩效自评报告");
    XWPFRun space = title.createRun();
    space.setText(" ");
    doc.createParagraph();
    doc.createParagraph().createRun().setText("   ");
    XWPFParagraph mixed = doc.createParagraph();
    XWPFRun b = mixed.createRun();
    b.setBold(true);
    b.setText("加粗");
    mixed.createRun().setText("正文");
    DocumentModel m = read(save(doc, "hints.docx"));
    assertEquals(2, m.blocks().size(), "empty and blank paragraphs give no block");
    assertEquals("绩效自评报告", m.blocks().get(0).text());
    assertEquals(List.of("bold", "centered"), m.blocks().get(0).hints());
    assertEquals("加粗正文", m.blocks().get(1).text());
    assertEquals(List.of(), m.blocks().get(1).hints());
  }

  private static final String STYLES = ""
      + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
      + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/></w:pPr>"
      + "<w:rPr><w:b/></w:rPr></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"a3\"><w:name w:val=\"标题 2\"/><w:basedOn w:val=\"Normal\"/></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"ReportTitle\"><w:name w:val=\"Report Title\"/>"
      + "<w:basedOn w:val=\"Heading1\"/></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"BodyText\"><w:name w:val=\"Body Text\"/>"
      + "<w:basedOn w:val=\"Normal\"/></w:style>";

  private static String styled(String style, String pPrExtra, String text) {
    return "<w:p><w:pPr>" + (style == null ? "" : "<w:pStyle w:val=\"" + style + "\"/>") + pPrExtra
        + "</w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
  }

  @Test
  void headingsFromStyleNamesOutlineLevelsAndTheStyleChain() throws Exception {
    String body = styled("Heading1", "", "一、部门基本情况")
        + styled("a3", "", "（一）部门概况")
        + styled("ReportTitle", "", "报告标题")
        + styled(null, "<w:outlineLvl w:val=\"2\"/>", "1.部门职责")
        + styled("Heading1", "<w:outlineLvl w:val=\"9\"/>", "正文级别")
        + styled("BodyText", "", "正文")
        + styled(null, "", "无样式");
    DocumentModel m = read(docx("heading-styles.docx", body, STYLES, null));
    List<Block> bs = m.blocks();
    assertEquals(7, bs.size());
    assertEquals(BlockType.HEADING, bs.get(0).type());
    assertEquals(1, bs.get(0).headingLevel());
    assertEquals("Heading1", bs.get(0).style());
    assertEquals(List.of("bold", "centered"), bs.get(0).hints(), "bold and centered come from the style");
    assertEquals(2, bs.get(1).headingLevel(), "named 标题 2 without an outline level");
    assertEquals(1, bs.get(2).headingLevel(), "outline level inherited through basedOn");
    assertEquals(3, bs.get(3).headingLevel(), "direct outline level 2");
    assertEquals(BlockType.PARAGRAPH, bs.get(4).type(), "outline level 9 is body text");
    assertEquals(BlockType.PARAGRAPH, bs.get(5).type());
    assertNull(bs.get(5).headingLevel());
    assertEquals("Normal", bs.get(6).style(), "an unstyled paragraph has the default style");
  }

  private static final String NUMBERING = ""
      + "<w:abstractNum w:abstractNumId=\"0\">"
      + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
      + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
      + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/>"
      + "<w:suff w:val=\"nothing\"/></w:lvl>"
      + "<w:lvl w:ilvl=\"3\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%4\"/>"
      + "<w:isLgl/></w:lvl>"
      + "</w:abstractNum>"
      + "<w:abstractNum w:abstractNumId=\"1\">"
      + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimalEnclosedCircle\"/><w:lvlText w:val=\"%1\"/></w:lvl>"
      + "</w:abstractNum>"
      + "<w:abstractNum w:abstractNumId=\"2\">"
      + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"10\"/><w:numFmt w:val=\"chineseCountingThousand\"/><w:lvlText w:val=\"第%1条\"/></w:lvl>"
      + "</w:abstractNum>"
      + "<w:abstractNum w:abstractNumId=\"3\">"
      + "<w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\uF06C\"/></w:lvl>"
      + "</w:abstractNum>"
      + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
      + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>"
      + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"3\"/></w:num>"
      + "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"1\"/>"
      + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>";

  private static String numbered(int numId, int ilvl, String text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId
        + "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
  }

  @Test
  void numberingLabelsAreRenderedAndCounted() throws Exception {
    String body = numbered(1, 0, "部门基本情况")
        + numbered(1, 1, "部门概况")
        + numbered(1, 1, "人员情况")
        + numbered(1, 2, "职责")
        + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"2\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:p>"
        + numbered(1, 2, "机构")
        + numbered(1, 3, "法定编号")
        + numbered(1, 0, "绩效目标")
        + numbered(1, 1, "总体目标")
        + numbered(2, 0, "第一项")
        + numbered(2, 0, "第二项")
        + numbered(3, 0, "内容甲")
        + numbered(3, 0, "内容乙")
        + numbered(4, 0, "要点")
        + numbered(5, 0, "重新编号")
        + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr></w:pPr>"
        + "<w:r><w:t>不编号</w:t></w:r></w:p>"
        + "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>" + numbered(2, 0, "表内")
        + "</w:tc></w:tr></w:tbl>";
    DocumentModel m = read(docx("numbering.docx", body, null, NUMBERING));
    List<String> paragraphs = m.blocks().stream().filter(b -> b.type() == BlockType.PARAGRAPH)
        .map(Block::text).toList();
    assertEquals(List.of("一、部门基本情况", "（一）部门概况", "（二）人员情况", "1.职责", "3.机构",
        "1.1 法定编号", "二、绩效目标", "（一）总体目标", "①第一项", "②第二项", "第十条 内容甲",
        "第十一条 内容乙", "• 要点", "①重新编号", "不编号"), paragraphs);
    assertTrue(m.blocks().get(0).hints().contains("list"));
    assertFalse(m.blocks().get(14).hints().contains("list"), "numId 0 switches numbering off");
    Cell inTable = only(m, BlockType.TABLE).table().cellAt(0, 0);
    assertEquals("③表内", inTable.text(), "cells are numbered in document order too");
  }

  @Test
  void blockLevelContentControlsAreReadInPlace() throws Exception {
    String body = p("前")
        + "<w:sdt><w:sdtPr><w:alias w:val=\"封面\"/></w:sdtPr><w:sdtContent>" + p("控件内段落")
        + "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>" + tc("", "控件内表格") + "</w:tr></w:tbl>"
        + "</w:sdtContent></w:sdt>"
        + "<w:p><w:sdt><w:sdtContent><w:r><w:t>行内控件</w:t></w:r></w:sdtContent></w:sdt></w:p>";
    DocumentModel m = read(docx("sdt.docx", body, null, null));
    assertEquals(4, m.blocks().size());
    assertEquals("前", m.blocks().get(0).text());
    assertEquals("控件内段落", m.blocks().get(1).text());
    assertEquals("控件内表格", m.blocks().get(2).table().cellAt(0, 0).text());
    assertEquals("行内控件", m.blocks().get(3).text());
  }

  @Test
  void textBoxesAreReadAfterTheirAnchorParagraph() throws Exception {
    String body = "<w:p><w:r><w:t>锚定段落</w:t></w:r><w:r><w:pict>"
        + "<v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent>"
        + p("文本框内容") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
        + p("下一段");
    DocumentModel m = read(docx("text-box.docx", body, null, null));
    assertEquals(List.of("锚定段落", "文本框内容", "下一段"), m.blocks().stream().map(Block::text).toList());
  }

  // ---------------------------------------------------------------- document level

  @Test
  void documentWithoutBodyTextGivesNoBlocksAndAWarning() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    doc.createParagraph();
    doc.createParagraph().createRun().setText("　 ");
    DocumentModel m = read(save(doc, "empty-body.docx"));
    assertTrue(m.blocks().isEmpty());
    assertEquals("", m.text());
    assertEquals(1, m.warnings().size());
  }

  @Test
  void corePropertiesBecomeMetadata() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    doc.createParagraph().createRun().setText("正文");
    doc.getProperties().getCoreProperties().setTitle("2023年度绩效自评报告");
    doc.getProperties().getCoreProperties().setCreator("社保局");
    doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new Date(1700000000000L)));
    DocumentModel m = read(save(doc, "metadata.docx"));
    assertEquals("2023年度绩效自评报告", m.source().metadata().get("title"));
    assertEquals("社保局", m.source().metadata().get("author"));
    assertEquals("2023-11-14T22:13:20Z", m.source().metadata().get("created"));
    assertNull(m.source().pages());
  }

  // ---------------------------------------------------------------- errors

  private IngestException refused(Path p) {
    return assertThrows(IngestException.class, () -> read(p));
  }

  @Test
  void zeroLengthFileIsRefused() throws Exception {
    Path p = Files.write(dir.resolve("zero.docx"), new byte[0]);
    assertTrue(refused(p).getMessage().startsWith("not a readable Word document: empty file"));
  }

  @Test
  void nonZipFileIsRefused() throws Exception {
    Path p = Files.writeString(dir.resolve("plain.docx"), "这不是Word文件", StandardCharsets.UTF_8);
    assertEquals("not a readable Word document: not a zip package", refused(p).getMessage());
  }

  @Test
  void truncatedZipIsRefused() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    doc.createParagraph().createRun().setText("正文内容".repeat(200));
    byte[] whole = Files.readAllBytes(save(doc, "whole.docx"));
    Path p = Files.write(dir.resolve("truncated.docx"), Arrays.copyOf(whole, whole.length / 2));
    IngestException e = refused(p);
    assertTrue(e.getMessage().startsWith("not a readable Word document: damaged"),
        e.getMessage());
  }

  @Test
  void zipWithoutAWordDocumentIsRefused() throws Exception {
    Path p = dir.resolve("other.docx");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
      z.putNextEntry(new ZipEntry("readme.txt"));
      z.write("hello".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    IngestException e = refused(p);
    assertTrue(e.getMessage().startsWith("not a readable Word document: not an Office Open XML package"),
        e.getMessage());
  }

  @Test
  void encryptedDocumentIsRefusedAsPasswordProtected() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    doc.createParagraph().createRun().setText("机密");
    byte[] plain = Files.readAllBytes(save(doc, "plain-for-encryption.docx"));
    Path p = dir.resolve("encrypted.docx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("secret");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(plain);
      }
      try (OutputStream out = Files.newOutputStream(p)) {
        fs.writeFilesystem(out);
      }
    }
    IngestException e = refused(p);
    assertTrue(e.getMessage().startsWith("password-protected Word document"), e.getMessage());
  }

  @Test
  void encryptedDocumentsReachThisIngesterThroughDetection() {
    assertTrue(ingester.mediaTypes().contains("application/x-tika-ooxml-protected"));
    assertTrue(ingester.mediaTypes().containsAll(DocumentFormat.DOCX.mediaTypes()));
  }
}
