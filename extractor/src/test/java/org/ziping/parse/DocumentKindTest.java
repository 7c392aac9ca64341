package org.ziping.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.pipeline.StandardExtraction;
import org.ziping.report.DocumentKind;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.KindEvidence;
import org.ziping.report.Report;
import org.ziping.testing.Docs;

/**
 * What a document is, and the phrases that decided it: the documents published beside the
 * self-evaluation reports (预算公开, 决算公开, 绩效目标申报表, blank templates) are never taken for one.
 */
class DocumentKindTest {
  /** The body of a small 决算公开, in the order such documents use. */
  private static final String FINAL_ACCOUNTS_BODY = """
        一、部门职责
        某某县水利局负责全县水利工作。
        二、收入支出决算总体情况说明
        2023年度收入总计850.00万元。
        三、支出决算情况说明
        2023年度支出总计850.00万元。
        """;

  private static Report parse(String text) {
    return new ReportParser().parse(Docs.of(text)).get(0);
  }

  private static ExtractedDocument extract(String resource) throws Exception {
    Path file = Path.of(DocumentKindTest.class.getResource("/parse/kinds/" + resource).toURI());
    return new StandardExtraction().extract(file);
  }

  private static List<String> signals(Report r) {
    return r.kindEvidence().stream().map(KindEvidence::signal).toList();
  }

  @Test
  void aBudgetDisclosureMentioningSelfEvaluationStaysABudgetDisclosure() throws Exception {
    ExtractedDocument d = extract("budget-disclosure-intro.txt");
    assertTrue(d.errors().isEmpty(), d.errors().toString());
    Report r = d.reports().get(0);
    assertEquals(DocumentKind.BUDGET_DISCLOSURE, r.kind());
    assertEquals("某某市2024年市级部门预算", r.title());
    assertEquals("某某市农业农村局", r.unit());
    assertEquals(2024, r.year());
    KindEvidence e = r.kindEvidence().get(0);
    assertEquals("budget-disclosure", e.signal());
    assertEquals("某某市2024年市级部门预算", e.text());
    assertEquals(0, e.location().start());
  }

  @Test
  void aTemplateWithPlaceholdersHasNoUnitAndSaysSo() throws Exception {
    ExtractedDocument d = extract("template-placeholders.txt");
    Report r = d.reports().get(0);
    assertEquals(DocumentKind.TEMPLATE, r.kind());
    assertEquals("placeholder", r.kindEvidence().get(0).signal());
    assertNull(r.unit(), "××县××局 is no unit");
    assertEquals(2024, r.year());
    assertEquals(1, d.errors().size(), d.errors().toString());
    assertTrue(d.errors().get(0).warning());
    assertEquals("parse", d.errors().get(0).stage());
    assertTrue(d.errors().get(0).message().contains("单位名称无法确定"));
  }

  @Test
  void finalAccountsTitleOverThreeCoverLines() {
    Report r = parse("""
        中共某某市某某区委
        组织部2023年度
        部门决算
        目录
        第一部分 部门概况
        一、收入支出决算总表
        中共某某市某某区委组织部是区委工作部门，负责全区组织工作。
        """);
    assertEquals(DocumentKind.FINAL_ACCOUNTS, r.kind());
    assertEquals("中共某某市某某区委组织部2023年度部门决算", r.title());
    assertEquals("中共某某市某某区委组织部2023年度部门决算", r.kindEvidence().get(0).text());
    assertEquals(0, r.kindEvidence().get(0).location().start(), "the evidence spans the three lines");
    assertEquals("中共某某市某某区委组织部", r.unit());
    assertEquals(2023, r.year());
  }

  @Test
  void aTargetDeclarationHasNoSelfScores() {
    Report r = parse("""
        1.社区服务站运行经费
        二级项目支出绩效目标申报表
        申请单位：\t某某市某某区某某街道办事处（本级）
        测算依据：\t2025年度申报预算包括3个支出事项。
        一级指标\t二级指标\t三级指标\t目标值
        产出\t数量\t服务站覆盖社区数\t≥12个
        """);
    assertEquals(DocumentKind.PERFORMANCE_TARGET, r.kind());
    assertEquals("二级项目支出绩效目标申报表", r.title());
    assertEquals("某某市某某区某某街道办事处", r.unit());
    assertEquals(2025, r.year());
  }

  @Test
  void tablesOnlyDisclosureByItsCaptions() {
    Report r = parse("""
        收支预算总表
        部门：中共某某省委某某办公室 单位：万元
        收入\t金额\t支出\t金额
        一、财政拨款\t1,200.00\t一、一般公共服务支出\t1,200.00
        收入预算总表
        项目\t合计\t财政拨款
        """);
    assertEquals(DocumentKind.BUDGET_DISCLOSURE, r.kind());
    assertEquals(List.of("budget-disclosure"), signals(r));
    assertEquals("中共某某省委某某办公室", r.unit());
  }

  @Test
  void selfEvaluationKindsKeepTheirTitleWordsAndScoreEvidence() {
    Report r = parse("""
        某某县医疗保障局2023年度部门整体支出绩效自评报告
        一、基本情况
        经自评，综合得分93分，评价等级为优。
        """);
    assertEquals(DocumentKind.DEPARTMENT, r.kind());
    assertEquals(List.of("department", "self-scores"), signals(r));
    assertEquals("综合得分93分", r.kindEvidence().get(1).text());
  }

  @Test
  void bodyKindWordsWithoutScoresAreOther() {
    Report r = parse("""
        关于做好部门整体支出绩效管理工作的通知
        各单位：请按要求做好部门整体支出绩效管理相关工作，按时报送材料。
        """);
    assertEquals(DocumentKind.OTHER, r.kind());
  }

  @Test
  void anAppendedSelfEvaluationIsItsOwnReport() {
    List<Report> rs = new ReportParser().parse(Docs.of("某某县2023年度部门决算\n" + FINAL_ACCOUNTS_BODY
        + """
        某某县水利局2023年度部门整体支出绩效自评报告
        一、基本情况
        经自评，综合得分91分。
        """));
    assertEquals(2, rs.size());
    assertEquals(DocumentKind.FINAL_ACCOUNTS, rs.get(0).kind());
    assertEquals(DocumentKind.DEPARTMENT, rs.get(1).kind());
    assertEquals("某某县水利局", rs.get(1).unit());
  }

  @Test
  void aContentsLineNamingTheAppendedEvaluationSplitsNothing() {
    List<Report> rs = new ReportParser().parse(Docs.of("某某县2023年度部门决算\n"
        + "部门整体支出绩效自评报告……………………12\n" + FINAL_ACCOUNTS_BODY));
    assertEquals(1, rs.size());
    assertEquals(DocumentKind.FINAL_ACCOUNTS, rs.get(0).kind());
  }
}
