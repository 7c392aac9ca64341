package org.ziping.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestConfig;
import org.ziping.ingest.text.TextIngesterCorpusTest;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.Cell;
import org.ziping.model.DocumentModel;
import org.ziping.model.PageField;
import org.ziping.model.TableGrid;
import org.ziping.pipeline.StandardExtraction;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Report;
import org.ziping.report.Severity;

/**
 * The HTML ingester on a page shaped like a county government's disclosure page (GBK, site header
 * and navigation, breadcrumbs, a metadata table, the title above a TRS_Editor article, a score
 * table with row and column spans, print/close tools, 上一篇/下一篇, related links, footer), on the
 * same page saved as a web archive (.mht), and on small pages written for one feature each.
 */
class HtmlIngesterFixtureTest {
  private static final DocumentReader READER = DocumentReader.standard(IngestConfig.defaults());

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(HtmlIngesterFixtureTest.class.getResource("/ingest/html/" + name).toURI());
  }

  private static DocumentModel read(Path f) throws Exception {
    DocumentModel doc = READER.read(f);
    TextIngesterCorpusTest.assertOffsets(doc);
    return doc;
  }

  private static DocumentModel page(Path dir, String html, Charset cs) throws Exception {
    Path f = dir.resolve("page.html");
    Files.write(f, html.getBytes(cs));
    return read(f);
  }

  private static List<TableGrid> tables(DocumentModel d) {
    return d.blocks().stream().filter(b -> b.type() == BlockType.TABLE).map(Block::table).toList();
  }

  private static String span(Cell c) {
    return c.row() + "," + c.col() + " " + c.rowSpan() + "x" + c.colSpan() + " " + c.text();
  }

  @Test
  void governmentPageGivesTheArticleOnly() throws Exception {
    DocumentModel doc = read(fixture("gov-page-score-table.gbk.html"));
    assertEquals("html", doc.source().format());
    assertEquals("GB18030", doc.source().metadata().get("charset"));
    assertEquals("清河县医疗保障事务中心2023年度部门整体支出绩效自评报告_清河县人民政府",
        doc.source().metadata().get("title"));
    Block first = doc.blocks().get(0);
    assertEquals(BlockType.HEADING, first.type());
    assertEquals(1, first.headingLevel());
    assertEquals("清河县医疗保障事务中心2023年度部门整体支出绩效自评报告", first.text());
    assertEquals("2024年8月26日", doc.blocks().get(doc.blocks().size() - 1).text());
    for (String furniture : List.of("首页", "政务服务", "当前位置", "索引号", "浏览次数", "字号", "打印",
        "关闭", "上一篇", "下一篇", "相关链接", "预算绩效管理工作通报", "版权所有", "ICP备", "统计代码",
        "请输入关键字", "隐藏")) {
      assertFalse(doc.text().contains(furniture), furniture + " in\n" + doc.text());
    }
  }

  @Test
  void pageMetadataIsKeptApart() throws Exception {
    DocumentModel doc = read(fixture("gov-page-score-table.gbk.html"));
    assertEquals(Map.of(
        PageField.TITLE, "清河县医疗保障事务中心2023年度部门整体支出绩效自评报告",
        PageField.INDEX_NUMBER, "11130534MB0123456X/2024-00318",
        PageField.ISSUER, "清河县医疗保障事务中心",
        PageField.WRITTEN_DATE, "2024年08月26日",
        PageField.PUBLISHED, "2024-08-30 09:15",
        PageField.SOURCE, "清河县医疗保障事务中心",
        PageField.SUBJECT, "财政、金融、审计"), doc.pageMetadata());
  }

  @Test
  void linesListsAndHints() throws Exception {
    DocumentModel doc = read(fixture("gov-page-score-table.gbk.html"));
    List<String> texts = doc.blocks().stream().map(Block::text).toList();
    int at = texts.indexOf("其中：基本支出215.00万元，项目支出89.00万元。");
    assertTrue(at > 0, "each <br> line is a paragraph: " + texts);
    assertEquals("2023年年初预算310.00万元，全年预算320.00万元，实际支出304.00万元，预算执行率95.00%。",
        texts.get(at - 1));
    assertEquals("项目支出未全部执行，原因是信息系统升级项目尾款跨年支付。", texts.get(at + 1));
    Block item = doc.blocks().stream().filter(b -> b.text().startsWith("2. ")).findFirst().orElseThrow();
    assertEquals("2. 报销结算及时率97.6%，略低于98%的目标。", item.text());
    assertEquals(List.of("list"), item.hints());
    Block heading = doc.blocks().stream().filter(b -> b.text().equals("一、部门基本情况")).findFirst()
        .orElseThrow();
    assertEquals(List.of("bold"), heading.hints());
    Block caption = doc.blocks().stream().filter(b -> b.text().startsWith("2023年度部门（单位）整体支出绩效自评表"))
        .findFirst().orElseThrow();
    assertEquals(List.of("bold", "centered"), caption.hints());
    assertTrue(texts.contains("我中心为县医疗保障局所属公益一类事业单位，核定编制18名，年末实有人员17名，"
        + "主要承担全县基本医疗保险参保登记、待遇核定、医疗费用结算和基金稽核等经办工作。"),
        "full-width indentation and no-break spaces trimmed");
    assertEquals(List.of("1 image(s) in the article were not read (a table published as a picture needs OCR)",
        "the page links 1 attachment(s) that were not read: 2023年度部门整体支出绩效自评表.xls"),
        doc.warnings());
  }

  @Test
  void scoreTableGridIsPinned() throws Exception {
    DocumentModel doc = read(fixture("gov-page-score-table.gbk.html"));
    List<TableGrid> t = tables(doc);
    assertEquals(1, t.size());
    TableGrid g = t.get(0);
    assertEquals("12x8", g.rows() + "x" + g.cols());
    assertEquals("0,1 1x7 清河县医疗保障事务中心", span(g.cellAt(0, 5)));
    assertEquals("1,0 4x1 年度资金预算情况", span(g.cellAt(4, 0)));
    assertEquals("2,6 1x1 10", span(g.cellAt(2, 6)));
    assertEquals("3,7 1x1 ", span(g.cellAt(3, 7)), "a cell of &nbsp; is empty");
    assertEquals("6,0 3x1 产出指标", span(g.cellAt(8, 0)));
    assertEquals("6,1 2x1 数量指标", span(g.cellAt(7, 1)));
    assertEquals("7,2 1x1 待遇核定\n准确率", span(g.cellAt(7, 2)));
    assertEquals("8,7 1x1 个别异地就医结算延迟", span(g.cellAt(8, 7)));
    assertEquals("11,0 1x5 合计", span(g.cellAt(11, 4)));
    assertEquals("11,6 1x1 97.5", span(g.cellAt(11, 6)));
    assertEquals(8, g.row(5).size(), "a header row of <th>");
  }

  @Test
  void pageGivesItsReport() throws Exception {
    ExtractedDocument d = new StandardExtraction().extract(fixture("gov-page-score-table.gbk.html"));
    assertEquals(2, d.errors().size(), d.errors().toString());
    assertTrue(d.errors().stream().allMatch(e -> e.stage().equals("warning")), "the image and the"
        + " attachment are warnings: " + d.errors());
    assertEquals(1, d.reports().size());
    Report r = d.reports().get(0);
    assertEquals("清河县医疗保障事务中心", r.unit());
    assertEquals(2023, r.year());
    assertEquals(0, new BigDecimal("97.5").compareTo(r.score().declaredTotal()));
    assertEquals(5, r.indicators().size());
    assertTrue(r.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR), r.findings().toString());
  }

  @Test
  void savedWebArchiveReadsLikeThePage() throws Exception {
    DocumentModel html = read(fixture("gov-page-score-table.gbk.html"));
    DocumentModel mht = read(fixture("gov-page-score-table.mht"));
    assertEquals("mht", mht.source().format());
    assertEquals("GB18030", mht.source().metadata().get("charset"));
    assertEquals(html.text(), mht.text());
    assertEquals(html.blocks(), mht.blocks());
    assertEquals(html.pageMetadata(), mht.pageMetadata());
    assertTrue(mht.warnings().contains(
        "the web archive holds 1 other part(s) (images, style sheets, frames) that were not read"),
        mht.warnings().toString());
  }

  @Test
  void charsetFromTheBytesWhenThePageDeclaresNoneOrAWrongOne(@TempDir Path dir) throws Exception {
    String html = "<html><head><title>t</title></head><body><p>正宁县社会保险局部门整体支出绩效评价报告</p>"
        + "<p>基本支出预算执行率196.62%</p></body></html>";
    DocumentModel none = page(dir, html, Charset.forName("GBK"));
    assertEquals("GB18030", none.source().metadata().get("charset"));
    assertEquals("基本支出预算执行率196.62%", none.blocks().get(1).text());
    assertTrue(none.warnings().isEmpty(), none.warnings().toString());

    DocumentModel wrong = page(dir, html.replace("<head>", "<head><meta charset=\"utf-8\">"),
        Charset.forName("GBK"));
    assertEquals("基本支出预算执行率196.62%", wrong.blocks().get(1).text());
    assertEquals(List.of("the page declares utf-8 but its bytes are not valid UTF-8; read as GB18030"),
        wrong.warnings());

    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[body.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bom, 3, body.length);
    Path f = dir.resolve("bom.html");
    Files.write(f, bom);
    assertEquals("正宁县社会保险局部门整体支出绩效评价报告", read(f).blocks().get(0).text());
  }

  @Test
  void nestedTablesAndClampedSpans(@TempDir Path dir) throws Exception {
    String html = "<html><body><p>指标得分情况如下。</p><table border=1>"
        + "<tr><th>指标</th><th colspan=2>说明</th></tr>"
        + "<tr><td rowspan=0>预算执行</td><td>分值<table><tr><td>年初</td><td>10</td></tr>"
        + "<tr><td>调整后</td><td>12</td></tr></table></td><td colspan=0>得分</td></tr>"
        + "<tr><td>备注</td><td></td></tr></table><p>以上为自评结果。</p></body></html>";
    DocumentModel doc = page(dir, html, StandardCharsets.UTF_8);
    List<TableGrid> t = tables(doc);
    assertEquals(1, t.size());
    TableGrid g = t.get(0);
    assertEquals("3x3", g.rows() + "x" + g.cols());
    assertEquals("1,0 2x1 预算执行", span(g.cellAt(2, 0)), "rowspan=0 reaches the last row");
    assertEquals("1,2 1x1 得分", span(g.cellAt(1, 2)), "colspan=0 is 1");
    Cell withTable = g.cellAt(1, 1);
    assertEquals("分值", withTable.text());
    assertEquals(1, withTable.nested().size());
    TableGrid n = withTable.nested().get(0);
    assertEquals("2x2", n.rows() + "x" + n.cols());
    assertEquals("1,1 1x1 12", span(n.cellAt(1, 1)));
    assertEquals(List.of("指标得分情况如下。", "以上为自评结果。"), doc.blocks().stream()
        .filter(b -> b.type() == BlockType.PARAGRAPH).map(Block::text).toList());
  }

  @Test
  void layoutTablesAreUnwrappedAndTheirNavigationLeftOut(@TempDir Path dir) throws Exception {
    StringBuilder links = new StringBuilder();
    for (String s : List.of("机构概况", "政策文件", "财政预决算", "人事信息", "通知公告", "办事指南")) {
      links.append("<tr><td><a href=\"/").append(s.hashCode()).append(".html\">").append(s)
          .append("</a></td></tr>");
    }
    String html = "<html><body><table width=1000><tr><td width=200><table>" + links + "</table></td>"
        + "<td><p>某县人力资源和社会保障局2022年度项目支出绩效自评报告</p>"
        + "<p>一、项目基本情况。本项目年初预算80.00万元，全年预算80.00万元，实际支出76.00万元。</p>"
        + "<table border=1><tr><td>项目</td><td>分值</td><td>得分</td></tr>"
        + "<tr><td>产出指标</td><td>50</td><td>48</td></tr></table>"
        + "<p>二、存在的问题。部分资金拨付进度偏慢，下一步将加快执行。</p></td></tr></table>"
        + "<div id=\"footer\">地址：某县人民路1号 邮编：000000</div></body></html>";
    DocumentModel doc = page(dir, html, StandardCharsets.UTF_8);
    assertFalse(doc.text().contains("机构概况"), doc.text());
    assertFalse(doc.text().contains("人民路"), doc.text());
    assertEquals("某县人力资源和社会保障局2022年度项目支出绩效自评报告", doc.blocks().get(0).text());
    assertEquals(List.of(BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.TABLE, BlockType.PARAGRAPH),
        doc.blocks().stream().map(Block::type).toList());
    assertEquals("2x3", tables(doc).get(0).rows() + "x" + tables(doc).get(0).cols());
  }

  @Test
  void aReportsOwnLabelsAreNotPageMetadata(@TempDir Path dir) throws Exception {
    String html = "<html><body><h1>某区民政局2023年度部门整体支出绩效自评报告</h1>"
        + "<p>项目名称：城乡低保资金</p><p>评价单位：某区民政局</p>"
        + "<p>资金来源：区级财政拨款</p><p>一、基本情况。我局全年支出1200.00万元。</p>"
        + "<p>来源：本局统计年报</p></body></html>";
    DocumentModel doc = page(dir, html, StandardCharsets.UTF_8);
    assertTrue(doc.pageMetadata().isEmpty(), doc.pageMetadata().toString());
    assertTrue(doc.text().contains("来源：本局统计年报"));
    assertNull(doc.pageMetadata().get(PageField.SOURCE));
  }

  @Test
  void listedPageFieldsAreReadAndLeftOutOfTheText(@TempDir Path dir) throws Exception {
    String html = "<html><body><div class=\"xxgk\"><ul><li>索引号：000000/2023-01</li>"
        + "<li>发文机构：某市林业事务中心</li><li>成文日期：2023-05-17</li><li>时效性：有效</li></ul></div>"
        + "<div class=\"TRS_Editor\"><p>项目支出绩效自评报告</p>"
        + "<p>一、项目概况。2022年度造林补助项目全年预算60.00万元，实际支出60.00万元，执行率100.00%。</p>"
        + "<p>二、自评结论。项目自评得分95分，等级为优。</p></div></body></html>";
    DocumentModel doc = page(dir, html, StandardCharsets.UTF_8);
    assertEquals(Map.of(PageField.INDEX_NUMBER, "000000/2023-01", PageField.ISSUER, "某市林业事务中心",
        PageField.WRITTEN_DATE, "2023-05-17"), doc.pageMetadata());
    assertEquals("项目支出绩效自评报告", doc.blocks().get(0).text());
    assertFalse(doc.text().contains("林业事务中心"), doc.text());
    assertFalse(doc.text().contains("时效性"), doc.text());
    // the parser takes the page's own statement: 发文机构 is the unit, 成文日期 the report date
    var report = new org.ziping.parse.ReportParser().parse(doc).get(0);
    assertEquals("某市林业事务中心", report.unit());
    assertEquals("2023-05-17", report.reportDate());
  }

  @Test
  void chromiumWebArchive(@TempDir Path dir) throws Exception {
    String html = "<!DOCTYPE html><html><head><meta http-equiv=3D\"Content-Type\" content=3D\"text/html; =\r\n"
        + "charset=3DUTF-8\"></head><body><div class=3D\"TRS_Editor\"><p>=E4=B8=80=E3=80=81=E9=83=\r\n"
        + "=A8=E9=97=A8=E6=A6=82=E5=86=B5</p></div></body></html>";
    String mhtml = "From: <Saved by Blink>\r\n"
        + "Snapshot-Content-Location: https://www.example.gov.cn/art/2024/8/30/art_1.html\r\n"
        + "Subject: =?utf-8?Q?report?=\r\n"
        + "Date: Fri, 30 Aug 2024 02:11:09 -0000\r\n"
        + "MIME-Version: 1.0\r\n"
        + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
        + "\tboundary=\"----MultipartBoundary--abc123----\"\r\n\r\n\r\n"
        + "------MultipartBoundary--abc123----\r\n"
        + "Content-Type: text/html\r\n"
        + "Content-ID: <frame-1@mhtml.blink>\r\n"
        + "Content-Transfer-Encoding: quoted-printable\r\n"
        + "Content-Location: https://www.example.gov.cn/art/2024/8/30/art_1.html\r\n\r\n"
        + html + "\r\n------MultipartBoundary--abc123------\r\n";
    Path f = dir.resolve("page.mhtml");
    Files.writeString(f, mhtml, StandardCharsets.US_ASCII);
    DocumentModel doc = read(f);
    assertEquals("mht", doc.source().format());
    assertEquals("UTF-8", doc.source().metadata().get("charset"));
    assertEquals("一、部门概况", doc.text());
  }

  @Test
  void wordPastedTableLosesItsSpacerRow(@TempDir Path dir) throws Exception {
    String html = "<html><body><div class=TRS_Editor><table class=MsoNormalTable border=1>"
        + "<tr><td><p class=MsoNormal align=center style='text-align:center'><span lang=EN-US>"
        + "一级指标<o:p></o:p></span></p></td><td><p class=MsoNormal>分值</p></td>"
        + "<td><p class=MsoNormal>得分</p></td></tr>"
        + "<tr><td><p class=MsoNormal>产出指标</p></td><td><p class=MsoNormal>50</p></td>"
        + "<td><p class=MsoNormal>49<span style='mso-spacerun:yes'>&nbsp; </span></p></td></tr>"
        + "<![if !supportMisalignedColumns]><tr height=0><td width=80 style='border:none'></td>"
        + "<td width=40 style='border:none'></td><td width=40 style='border:none'></td></tr>"
        + "<![endif]></table></div></body></html>";
    DocumentModel doc = page(dir, html, StandardCharsets.UTF_8);
    TableGrid g = tables(doc).get(0);
    assertEquals("2x3", g.rows() + "x" + g.cols());
    assertEquals("1,2 1x1 49", span(g.cellAt(1, 2)));
  }

  @Test
  void headMetaTagsFillWhatTheBlockLacks(@TempDir Path dir) throws Exception {
    String html = "<html><head><meta name=\"ArticleTitle\" content=\"某县财政局2023年度部门整体支出绩效自评报告\">"
        + "<meta name=\"PubDate\" content=\"2024-06-28 16:40\"><meta name=\"ContentSource\" content=\"某县财政局\">"
        + "</head><body><div class=\"info\">发布时间：2024-06-30</div>"
        + "<div class=\"TRS_Editor\"><p>一、部门基本情况。我局内设股室9个。</p></div></body></html>";
    DocumentModel doc = page(dir, html, StandardCharsets.UTF_8);
    assertEquals(Map.of(PageField.TITLE, "某县财政局2023年度部门整体支出绩效自评报告",
        PageField.PUBLISHED, "2024-06-30", PageField.SOURCE, "某县财政局"), doc.pageMetadata());
    assertEquals("一、部门基本情况。我局内设股室9个。", doc.text());
  }

  @Test
  void aScoreTableBesideTheTextContainerIsKept(@TempDir Path dir) throws Exception {
    StringBuilder prose = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      prose.append("<p>（").append(i).append("）本年度按计划推进各项经办业务，资金使用符合预算管理规定，")
          .append("相关台账完整，群众办事等候时间进一步缩短，服务质量稳步提升。</p>");
    }
    String html = "<html><body><div class=\"main\"><div class=\"TRS_Editor\">" + prose + "</div>"
        + "<div class=\"attach\"><table border=1><tr><td>指标</td><td>分值</td><td>得分</td></tr>"
        + "<tr><td>预算执行率</td><td>10</td><td>9</td></tr></table></div></div></body></html>";
    DocumentModel doc = page(dir, html, StandardCharsets.UTF_8);
    assertEquals(1, tables(doc).size(), "the table beside the CMS container is part of the article");
    assertEquals(13, doc.blocks().size());
  }

  @Test
  void spreadsheetWebArchiveGivesTheSheetsItsFramesShow(@TempDir Path dir) throws Exception {
    String b = "----=_NextPart_01DB0000.5A3B2C10";
    String mht = "MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\n"
        + "Content-Type: multipart/related; boundary=\"" + b + "\"\r\n\r\n"
        + "--" + b + "\r\nContent-Location: file:///C:/x/book.htm\r\n"
        + "Content-Transfer-Encoding: 8bit\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n"
        + "<html><frameset rows=\"*,39\"><frame src=\"book.files/sheet001.htm\" name=\"frSheet\">"
        + "<frame src=\"book.files/tabstrip.htm\" name=\"frTabs\"></frameset></html>\r\n"
        + "--" + b + "\r\nContent-Location: file:///C:/x/book.files/sheet001.htm\r\n"
        + "Content-Transfer-Encoding: 8bit\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n"
        + "<html><body><table><tr><td colspan=3>项目支出绩效自评表</td></tr>"
        + "<tr><td>三级指标</td><td>分值</td><td>得分</td></tr>"
        + "<tr><td>资金到位率</td><td>10</td><td>10</td></tr></table></body></html>\r\n"
        + "--" + b + "\r\nContent-Location: file:///C:/x/book.files/filelist.xml\r\n"
        + "Content-Type: text/xml; charset=\"utf-8\"\r\n\r\n<xml/>\r\n"
        + "--" + b + "--\r\n";
    Path f = dir.resolve("book.mht");
    Files.writeString(f, mht, StandardCharsets.UTF_8);
    DocumentModel doc = read(f);
    List<TableGrid> t = tables(doc);
    assertEquals(1, t.size(), doc.text());
    assertEquals("0,0 1x3 项目支出绩效自评表", span(t.get(0).cellAt(0, 2)));
    assertEquals("2,2 1x1 10", span(t.get(0).cellAt(2, 2)));
    assertEquals(List.of("the web archive holds 1 other part(s) (images, style sheets, frames) that"
        + " were not read"), doc.warnings(), "the tab strip is not in the archive; the file list is"
        + " not read");
  }

  @Test
  void furnitureLines() {
    for (String s : List.of("【打印本页】【关闭窗口】", "[ 打印 ] [ 关闭 ]", "字号：大 中 小", "当前位置：首页 > 政务公开",
        "上一篇：某县2022年部门决算", "版权所有：某县人民政府", "分享到：", "关闭")) {
      assertTrue(Furniture.isFurnitureLine(s), s);
    }
    for (String s : List.of("一、部门基本情况", "打印机购置费3.5万元", "中", "关闭站点2个，节约经费1.2万元。",
        "相关工作按期完成。")) {
      assertFalse(Furniture.isFurnitureLine(s), s);
    }
  }
}
