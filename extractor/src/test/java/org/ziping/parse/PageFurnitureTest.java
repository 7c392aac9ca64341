package org.ziping.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.model.DocumentModel;
import org.ziping.pipeline.StandardExtraction;
import org.ziping.report.DocumentKind;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Report;
import org.ziping.report.Section;
import org.ziping.report.Severity;
import org.ziping.testing.Docs;

/**
 * Web-page furniture around a report, as the text of a saved or copied government page carries
 * it: site name and menu, breadcrumb, a metadata block (标题 / 索引号 / 发文机构 / 成文日期), a
 * publishing line with page tools, and after the body 【打印本页】【关闭窗口】, 分享到 and the footer.
 */
class PageFurnitureTest {

  private static ExtractedDocument extract(String resource) throws Exception {
    Path file = Path.of(PageFurnitureTest.class.getResource("/parse/kinds/" + resource).toURI());
    return new StandardExtraction().extract(file);
  }

  @Test
  void furnitureFeedsTheMetadataAndStaysOutOfTheBody() throws Exception {
    ExtractedDocument d = extract("web-page-department-report.txt");
    assertTrue(d.errors().isEmpty(), d.errors().toString());
    assertEquals(1, d.reports().size());
    Report r = d.reports().get(0);
    assertEquals(DocumentKind.DEPARTMENT, r.kind());
    assertEquals("2023年度部门整体支出绩效自评报告", r.title());
    assertEquals("某某县民政局", r.unit(), "only 发文机构 names the unit; the body says 本局");
    assertEquals(2023, r.year());
    assertEquals("2024-04-18", r.reportDate());
    assertEquals(List.of("部门基本情况", "预算安排及执行情况", "绩效目标完成情况", "自评结论", "存在的问题和改进措施"),
        r.sections().stream().map(Section::title).toList());
    String text = r.text();
    assertTrue(text.startsWith("2023年度部门整体支出绩效自评报告"), text.substring(0, 40));
    assertTrue(text.strip().endsWith("2024年4月18日"), "the signed date stays, the footer goes");
    for (String furniture : List.of("首页 >", "索引号", "网站标识码", "【打印本页】", "ICP备", "浏览次数")) {
      assertFalse(r.amounts().stream().anyMatch(a -> a.text().contains(furniture)), furniture);
      assertFalse(r.quantities().stream().anyMatch(q -> q.text().contains(furniture)), furniture);
    }
    assertTrue(r.amounts().stream().anyMatch(a -> a.text().startsWith("520.00万元")));
    assertTrue(r.findings().stream().noneMatch(f -> f.severity() != Severity.INFO),
        r.findings().toString());
  }

  @Test
  void listedFieldsAndAFooterMenu() throws Exception {
    ExtractedDocument d = extract("web-page-listed-fields-project.txt");
    Report r = d.reports().get(0);
    assertEquals(DocumentKind.PROJECT, r.kind());
    assertEquals("某某州政务服务中心", r.unit());
    assertEquals(2023, r.year());
    assertEquals("2024-05-09", r.reportDate(), "from 发布日期: the body is not dated");
    assertEquals("某某州政务服务中心2023年度项目支出绩效自评报告", r.title());
    assertFalse(r.text().contains("网站地图"));
    assertFalse(r.text().contains("索引号"));
  }

  @Test
  void aMetadataTableOfAnHtmlPage() throws Exception {
    ExtractedDocument d = extract("web-page-metadata-table.html");
    assertTrue(d.errors().stream().allMatch(e -> e.warning()), d.errors().toString());
    Report r = d.reports().get(0);
    assertEquals(DocumentKind.DEPARTMENT, r.kind());
    assertEquals("某某县退役军人事务局", r.unit(), "from the 发文机构 cell");
    assertEquals("2024-04-19", r.reportDate(), "from the 成文日期 cell");
    assertEquals(List.of("部门基本情况", "自评结论"), r.sections().stream().map(Section::title).toList());
    assertFalse(r.text().contains("索引号"));
    assertFalse(r.text().contains("网站标识码"));
  }

  @Test
  void fieldsAreReadWithTheirPlaces() {
    DocumentModel doc = Docs.of("""
        当前位置：首页 >> 信息公开 >> 通知公告
        发布时间：2023-06-01 10:12    来源：某某市财政局    【打印】【关闭】
        标题：某某市财政局2022年度项目支出绩效自评报告
        发文机构：某某市财政局
        某某市财政局2022年度项目支出绩效自评报告
        一、项目概况
        本项目由本局组织实施，全年预算执行良好，达到了预期的目标。
        """);
    PageFurniture.Result f = PageFurniture.find(doc);
    assertEquals(java.util.Set.of(0, 1, 2, 3), f.blocks());
    assertEquals("某某市财政局", f.value(PageFurniture.Field.PUBLISHER));
    assertEquals("某某市财政局", f.value(PageFurniture.Field.SOURCE));
    assertEquals("2023-06-01 10:12", f.value(PageFurniture.Field.PUBLISHED_DATE));
    PageFurniture.FieldValue t = f.first(PageFurniture.Field.TITLE);
    assertNotNull(t);
    assertEquals(t.value(), doc.text().substring(t.start(), t.end()));
  }

  @Test
  void aReportWithoutFurnitureKeepsItsDateLine() {
    DocumentModel doc = Docs.of("""
        2023年度项目支出绩效自评报告
        日期：2024年3月
        一、项目概况
        本项目全年执行良好，按计划完成了各项工作任务，群众满意。
        """);
    assertTrue(PageFurniture.find(doc).blocks().isEmpty());
    Report r = new ReportParser().parse(doc).get(0);
    assertEquals("2024-03", r.reportDate());
  }

  @Test
  void toolLinesAndBreadcrumbsButNotHeadings() {
    List<String> yes = List.of("【打印】【关闭】", "打印本页 关闭窗口", "分享到：", "【字体：大 中 小】【打印】",
        "2021-09-27 15:52  市民政局 [字号: ] 打印", "关闭");
    List<String> no = List.of("（四）经验分享", "六、下一步工作打算", "打印费0.5万元", "采购打印机2台");
    List<String> wrong = new ArrayList<>();
    yes.stream().filter(s -> !PageFurniture.toolLine(s)).forEach(wrong::add);
    no.stream().filter(PageFurniture::toolLine).forEach(wrong::add);
    assertTrue(wrong.isEmpty(), "misread tool lines: " + wrong);
    assertTrue(PageFurniture.breadcrumb("首页 > 政务公开 > 预决算公开 > 正文"));
    assertTrue(PageFurniture.breadcrumb("您的位置：网站首页 » 信息公开"));
    assertTrue(PageFurniture.breadcrumb("首页/信息公开/通知公告"));
    assertEquals(java.util.Set.of(0), PageFurniture.find(Docs.of("""
        监督索引号53092500531601000
        某某县民政局2023年度部门决算
        一、主要职能
        贯彻落实国家和省市民政工作的方针政策，负责全县民政事业发展规划。
        """)).blocks());
    assertFalse(PageFurniture.breadcrumb("执行率>100%的项目3个，>90%的项目5个，其余低于90%。"));
  }
}
