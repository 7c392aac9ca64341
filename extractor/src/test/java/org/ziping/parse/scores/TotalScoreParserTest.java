package org.ziping.parse.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.model.Block;
import org.ziping.parse.ReportScope;
import org.ziping.report.Score;

class TotalScoreParserTest {
  private final TotalScoreParser totals = new TotalScoreParser();

  private Score score(ReportScope scope) {
    return totals.parse(scope, new IndicatorTableParser().read(scope), new ProseScoreParser().parse(scope),
        new BudgetTableParser().parse(scope));
  }

  @Test
  void seed000() {
    ReportScope scope = TestDocs.create().text(TestDocs.resource("seed000.txt"), TestDocs.Shape.EMPTY).scope();
    Score s = score(scope);
    assertEquals(new BigDecimal("96"), s.declaredTotal());
    assertEquals(new BigDecimal("95"), s.itemSum());
    assertEquals(new BigDecimal("100"), s.maxTotal());
    assertNull(s.grade());
    assertEquals("综合得分96分", scope.text(s.location().start(), s.location().end()));
  }

  @Test
  void seed001FormPairsAndTable() {
    List<String[]> rows = new ArrayList<>();
    for (String line : TestDocs.resource("table001.tsv").split("\n")) {
      rows.add(line.split("\t", -1));
    }
    ReportScope scope = TestDocs.create()
        .p("三、部门整体支出绩效情况")
        .table("\t社会公众或服务对象满意度\t满意程度\t100%\n绩效自评综合得分\t100分\n评价等次\t优")
        .p("评价等级为优秀")
        .p("部门整体支出绩效评价评分表")
        .table(rows, TestDocs.Shape.EMPTY)
        .scope();
    Score s = score(scope);
    assertEquals(new BigDecimal("100"), s.declaredTotal());
    assertEquals("优", s.grade());
    assertEquals(new BigDecimal("100"), s.itemSum());
    assertEquals(new BigDecimal("100"), s.maxTotal());
    assertEquals(0, s.gradeLocation().table());
    assertEquals(2, s.gradeLocation().row());
  }

  @Test
  void seed002FromTotalRow() {
    ReportScope scope = TestDocs.create().text(TestDocs.resource("seed002.txt"), TestDocs.Shape.MERGED, 0, 1).scope();
    Score s = score(scope);
    assertEquals(new BigDecimal("99.5"), s.declaredTotal());
    assertEquals(new BigDecimal("99.5"), s.itemSum());
    assertEquals(new BigDecimal("100"), s.maxTotal());
    assertEquals(0, s.location().table());
  }

  @Test
  void seed003TwoReports() {
    var doc = TestDocs.create().text(TestDocs.resource("seed003.txt"), TestDocs.Shape.EMPTY).model();
    int split = -1;
    for (Block b : doc.blocks()) {
      if (b.text().equals("项目支出绩效自评报告")) {
        split = b.index();
      }
    }
    ReportScope all = ReportScope.whole(doc);
    Score dept = score(all.sub(0, split));
    assertEquals(new BigDecimal("99"), dept.declaredTotal());
    assertEquals("优", dept.grade());
    Score project = score(all.sub(split, doc.blocks().size()));
    assertEquals(new BigDecimal("98"), project.declaredTotal());
    assertEquals("优", project.grade());
  }

  @Test
  void seed004() {
    ReportScope scope = TestDocs.create().text(TestDocs.resource("seed004.txt"), TestDocs.Shape.EMPTY).scope();
    Score s = score(scope);
    assertEquals(new BigDecimal("90"), s.declaredTotal());
    assertNull(s.itemSum());
  }

  @Test
  void otherWordings() {
    Score a = score(TestDocs.create().p("经评价，本项目总分：85.5分，满分为100分。", "绩效评价等级为“良”。").scope());
    assertEquals(new BigDecimal("85.5"), a.declaredTotal());
    assertEquals("良", a.grade());
    Score b = score(TestDocs.create().p("（1）资金到位率（满分5分）得4分。", "（2）预算执行率（满分5分）得分5分。",
        "项目自评总分为9分，等级为合格。").scope());
    assertEquals(new BigDecimal("9"), b.declaredTotal());
    assertEquals(new BigDecimal("9"), b.itemSum());
    assertEquals("合格", b.grade());
    Score c = score(TestDocs.create().p("（1）资金到位率（满分5分）得4分。").scope());
    assertNull(c.declaredTotal());
    assertEquals(new BigDecimal("4"), c.itemSum());
  }
  /** Prose totals of the 保山-style pages (docs/real-reports-studied.md #155): total and scale. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "经综合评定，本项目自评得97.5分，等级为优。|97.5|100",
      "本项目综合自评得分97.5分。|97.5|100",
      "经自评，项目自评得分为97.5分。|97.5|100",
      "该项目各项指标均已完成，绩效自评分为98.14分。|98.14|100",
      "绩效评分96分，自评为优。|96|100",
      "本项目总分100分，自评得92分。|92|100",
      "满分为120分，自评得分为110分。|110|120"})
  void proseTotalWordings(String sentence, String total, String max) {
    Score s = score(TestDocs.create().p(sentence).scope());
    assertEquals(new BigDecimal(total), s.declaredTotal(), sentence);
    assertEquals(new BigDecimal(max), s.maxTotal(), sentence);
  }

  @Test
  void formTotalLabelStatingTheMaximumOutsideAnyScoreTable() {
    // a two-column label/value form: no header names a score column, the label states the maximum
    Score s = score(TestDocs.create().p("项目支出绩效自评表").table("项目名称\t春节慰问经费\n总分（100分）\t97.5")
        .scope());
    assertEquals(new BigDecimal("97.5"), s.declaredTotal());
    assertEquals(new BigDecimal("100"), s.maxTotal());
  }

  @Test
  void aTotalRowWithTwoFiguresOutsideAScoreTableIsNotGuessed() {
    // 合计 | 100 | 97.5 without a header: which figure is the score is not said
    Score s = score(TestDocs.create().table("合计（100分）\t100\t97.5").scope());
    assertNull(s.declaredTotal());
  }

  @Test
  void aScoreValueWordIsNoSelfScore() {
    // 自评分值 is the maximum a form gives an item, not the self-score
    Score s = score(TestDocs.create().p("预算执行率自评分值为10分。").scope());
    assertNull(s.declaredTotal());
  }
  @Test
  void summaryTableTotalWhoseLabelStatesTheMaximum() {
    ScoreSummaryTable.Summary s = new ScoreSummaryTable().read(TestDocs.create().table(
        "一级指标\t分值\t得分\n预算执行\t20\t18\n产出指标\t50\t48\n效益指标\t30\t29\n"
            + "总分（100分）\t95").scope());
    assertEquals(3, s.items().size());
    assertEquals(new BigDecimal("95"), s.total());
    assertEquals(new BigDecimal("100"), s.maxTotal());
  }
}
