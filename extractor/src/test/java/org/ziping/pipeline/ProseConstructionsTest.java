package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.report.Amount;
import org.ziping.report.Breakdown;
import org.ziping.report.Finding;
import org.ziping.report.Report;
import org.ziping.report.Severity;

/**
 * The grammar of prose breakdowns on constructions met in published self-evaluation reports (see
 * docs/real-reports-studied.md), each in a fixture of its own words under
 * {@code src/test/resources/prose/constructions/}: the parts read, whether the text presents them
 * as complete, and the PART_SUM_MISMATCH findings that follow (none where the arithmetic holds
 * under the right reading, info where the parts are a selection, error where it really fails).
 */
class ProseConstructionsTest {

  private static Report read(String name) throws Exception {
    Path file = Path.of(ProseConstructionsTest.class
        .getResource("/prose/constructions/" + name + ".txt").toURI());
    var doc = new StandardExtraction().extract(file);
    assertTrue(doc.errors().stream().noneMatch(e -> "parse".equals(e.stage())), doc.errors().toString());
    return doc.reports().get(0);
  }

  private static List<String> texts(List<Amount> as) {
    return as.stream().map(a -> a.text().strip()).toList();
  }

  private static Breakdown breakdown(Report r, String total) {
    return r.breakdowns().stream().filter(b -> b.total().text().strip().equals(total)).findFirst()
        .orElseThrow(() -> new AssertionError("no breakdown of " + total + " in " + r.breakdowns()));
  }

  private static List<Finding> partSum(Report r) {
    return r.findings().stream().filter(f -> f.rule().equals("PART_SUM_MISMATCH")).toList();
  }

  /** No PART_SUM_MISMATCH above info. */
  private static void noAlarm(Report r) {
    assertTrue(partSum(r).stream().allMatch(f -> f.severity() == Severity.INFO),
        partSum(r).toString());
  }

  @Test
  void parenthesisedDescriptionBelongsToThePartItFollows() throws Exception {
    Report r = read("paren-description-last-part");
    Breakdown b = breakdown(r, "2163.40万元");
    assertEquals(List.of("1144.00万元", "370.17万元", "233.00万元", "416.23万元"), texts(b.parts()),
        "其他资金（包括…）416.23万元 is the last part; 包括 inside the parenthesis opens nothing");
    assertTrue(b.complete());
    assertEquals("其他资金(包括以前年度结转结余资金、利息收入)", b.parts().get(3).label(),
        "the parenthesis is part of the name it follows");
    Breakdown c = breakdown(r, "1883.00万元");
    assertEquals(6, c.parts().size(), c.toString());
    assertEquals(2, r.breakdowns().size(), r.breakdowns().toString());
    assertTrue(partSum(r).isEmpty(), partSum(r).toString());
  }

  @Test
  void inclusionNoteIsNotAPart() throws Exception {
    Report r = read("inclusion-note-in-part");
    assertEquals(List.of("320.00万元", "166.50万元"), texts(breakdown(r, "486.50万元").parts()),
        "（含…待支付16.00万元） is a note on 中央资金, not a third part");
    assertEquals(List.of("435万元", "550万元"), texts(breakdown(r, "985万元").parts()),
        "the total is 985万元, not the 50万元 inside （含…）");
    assertTrue(partSum(r).isEmpty(), partSum(r).toString());
  }

  @Test
  void adjustmentsAndLaterTotalsEndTheParts() throws Exception {
    Report r = read("adjustment-and-actual-total");
    assertEquals(List.of("450万元", "150万元"), texts(breakdown(r, "600万元").parts()),
        "调减40万元 and 全年实际下达560万元 are not parts");
    assertEquals(List.of("60万元", "40万元"), texts(breakdown(r, "100万元").parts()),
        "已支出92万元 is spending, not a source of the 下达 total");
    assertEquals(List.of("20万元", "30万元"), texts(breakdown(r, "50万元").parts()),
        "共计支出48万元 is another total");
    assertEquals(List.of("50万元", "30万元"), texts(breakdown(r, "80万元").parts()),
        "尚有20万元未支付 is what remains, not a part of the spending");
    assertTrue(partSum(r).isEmpty(), partSum(r).toString());
    assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("VALUE_CONFLICT")),
        "全年实际下达560万元 is an allocation, not spending to compare with 已支出92万元: " + r.findings());
  }

  @Test
  void aSingleSubsetInParenthesesIsNotABreakdown() throws Exception {
    Report r = read("single-subset-in-parens");
    assertTrue(r.breakdowns().isEmpty(), "（其中建筑工程960万元） names one subset: " + r.breakdowns());
    assertTrue(partSum(r).isEmpty(), partSum(r).toString());
  }

  @Test
  void wanAloneIsAMoneyUnitInAMoneyClause() throws Exception {
    Report r = read("wan-without-yuan");
    Breakdown b = breakdown(r, "1140万");
    assertEquals(List.of("467万", "673万"), texts(b.parts()));
    assertEquals("万元", b.total().unit());
    assertEquals(0, b.total().yuan().compareTo(new java.math.BigDecimal("11400000")));
    assertTrue(r.amounts().stream().anyMatch(a -> a.text().strip().equals("96万")),
        "投入建设资金96万 is money: " + r.amounts());
    assertTrue(r.amounts().stream().noneMatch(a -> a.text().strip().equals("3万")),
        "惠及群众3万 counts people, not money: " + r.amounts());
    assertEquals(3, breakdown(r, "19204.096万").parts().size());
    assertEquals(List.of("340.00万", "120.00万", "800.00万", "70.00万", "80.00万元"),
        texts(breakdown(r, "1410.00万").parts()),
        "扶持地标街区打造120.00万 names no money word, but the sentence is about money");
    assertEquals(5, breakdown(r, "2921.00万").parts().size(), "扶持商贸稳增长 names a part, not a change");
    assertEquals(List.of("870.00万", "70.00万", "180.00万", "50.00万"),
        texts(breakdown(r, "1170.00万").parts()), "a line break inside the sentence; 合计 ends the run");
    assertTrue(partSum(r).isEmpty(), partSum(r).toString());
  }

  @Test
  void aSelectionIsReportedAtInfoOnly() throws Exception {
    Report r = read("selection-mainly-used-for");
    Breakdown b = breakdown(r, "80万元");
    assertFalse(b.complete());
    assertTrue(b.incompleteReason().contains("主要用于"), b.incompleteReason());
    assertEquals(1, partSum(r).size(), partSum(r).toString());
    noAlarm(r);
  }

  @Test
  void ratesAndFiguresForEachAreNotParts() throws Exception {
    Report r = read("each-and-rate");
    Breakdown b = breakdown(r, "45万元");
    assertEquals(List.of("3万元", "0.5万元"), texts(b.parts()), "30000元每年每人 is a rate");
    assertFalse(b.complete());
    assertTrue(r.breakdowns().stream().noneMatch(x -> x.total().text().strip().equals("210万元")),
        "甲县、乙市各80万元 is one figure for two places: " + r.breakdowns());
    noAlarm(r);
  }

  @Test
  void levelsOfOneHierarchyAreNotAPartition() throws Exception {
    Report r = read("overlapping-levels");
    assertTrue(r.breakdowns().isEmpty(), "三级指标12个 equals the whole: the levels overlap, "
        + "they do not split it: " + r.breakdowns());
    assertTrue(partSum(r).isEmpty(), partSum(r).toString());
  }

  @Test
  void countsOfTheSameRunShowASelection() throws Exception {
    Report r = read("counts-show-selection");
    Breakdown b = breakdown(r, "656.93万元");
    assertEquals(List.of("385.58万元", "0万元"), texts(b.parts()));
    assertFalse(b.complete(), "8 + 0 of 21 projects: the 二层单位 are not listed");
    assertTrue(r.breakdowns().stream().noneMatch(x -> x.total().text().strip().equals("21个")),
        r.breakdowns().toString());
    noAlarm(r);
  }

  @Test
  void nestedSourcesInParenthesesStayWithTheirPart() throws Exception {
    Report r = read("nested-paren-sources");
    Breakdown b = breakdown(r, "1067.2万元");
    assertEquals(List.of("776.84万元", "290.36万"), texts(b.parts()));
    assertTrue(b.complete());
    assertTrue(partSum(r).isEmpty(), partSum(r).toString());
  }

  @Test
  void juTiWeiOpensABreakdown() throws Exception {
    Report r = read("specifically-jutiwei");
    assertEquals(List.of("11.60万元", "335.27万元"), texts(breakdown(r, "346.87万元").parts()));
    assertTrue(partSum(r).isEmpty(), partSum(r).toString());
  }

  @Test
  void aRealGapIsAnError() throws Exception {
    Report r = read("real-gap");
    assertEquals(7, breakdown(r, "2263万元").parts().size());
    List<Finding> fs = partSum(r);
    assertEquals(2, fs.size(), fs.toString());
    assertTrue(fs.stream().allMatch(f -> f.severity() == Severity.ERROR), fs.toString());
  }

  @Test
  void partsClosedByGongJi() throws Exception {
    Report r = read("parts-then-gongji");
    Breakdown a = breakdown(r, "342.27万元");
    assertEquals("sum", a.kind());
    assertEquals(List.of("40万元", "25.85万元", "276.42万元"), texts(a.parts()));
    assertEquals(List.of("18.6万元", "45万元"), texts(breakdown(r, "63.6万元").parts()),
        "合计 closing the same sentence");
    assertEquals(List.of("30万元", "16万元"), texts(breakdown(r, "50万元").parts()));
    List<Finding> fs = partSum(r);
    assertEquals(1, fs.size(), "30 + 16 = 46, not 50: " + fs);
    assertEquals(Severity.ERROR, fs.get(0).severity());
  }

  @Test
  void yiShiErShiItemsAfterAnIntro() throws Exception {
    Report r = read("yi-shi-er-shi-list");
    Breakdown a = breakdown(r, "50万元");
    assertEquals("list", a.kind());
    assertEquals(List.of("20万元", "18万元", "12万元"), texts(a.parts()));
    assertTrue(a.complete());
    Breakdown b = breakdown(r, "60万元");
    assertFalse(b.complete(), "主要用于以下方面 introduces a selection");
    assertEquals(2, r.breakdowns().size(), "一是…二是… without figures is no breakdown: " + r.breakdowns());
    noAlarm(r);
  }
}
