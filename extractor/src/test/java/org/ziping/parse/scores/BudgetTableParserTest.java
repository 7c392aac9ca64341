package org.ziping.parse.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ziping.report.BudgetRow;
import org.ziping.report.BudgetRowOrigin;

class BudgetTableParserTest {
  private final BudgetTableParser parser = new BudgetTableParser();

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @ParameterizedTest
  @EnumSource(TestDocs.Shape.class)
  void seed002BudgetPart(TestDocs.Shape shape) {
    var scope = TestDocs.create().text(TestDocs.resource("seed002.txt"), shape, 0, 1).scope();
    List<BudgetRow> rows = parser.parse(scope);
    assertEquals(3, rows.size(), rows::toString);
    BudgetRow all = rows.get(0);
    assertEquals("全年支出", all.label());
    assertEquals(d("17697.54"), all.initialBudget());
    assertEquals(d("18577.58"), all.fullYearBudget());
    assertEquals(d("18577.58"), all.actual());
    assertEquals(d("104.97"), all.declaredRate());
    assertEquals(d("100.00"), all.recomputedRate());
    assertEquals(d("10"), all.maxScore());
    assertEquals(d("9"), all.score());
    assertEquals("万元", all.unit());
    assertEquals(BudgetRowOrigin.TABLE, all.origin());
    assertEquals(0, all.location().table());
    assertEquals(3, all.location().row());
    assertEquals(1, all.location().col());

    BudgetRow basic = rows.get(1);
    assertEquals("基本支出", basic.label());
    assertEquals(d("453.39"), basic.initialBudget());
    assertEquals(d("891.47"), basic.fullYearBudget());
    assertEquals(d("891.47"), basic.actual());
    assertEquals(d("196.62"), basic.declaredRate());
    assertEquals(d("100.00"), basic.recomputedRate());
    assertNull(basic.maxScore());
    assertNull(basic.score());

    BudgetRow project = rows.get(2);
    assertEquals("项目支出", project.label());
    assertEquals(d("17244.15"), project.initialBudget());
    assertEquals(d("17686.11"), project.fullYearBudget());
    assertEquals(d("17686.11"), project.actual());
    assertEquals(d("102.56"), project.declaredRate());
    assertEquals("万元", project.unit());
  }

  @Test
  void otherOrderUnitLineAndInitialOnly() {
    var scope = TestDocs.create()
        .p("表1 项目资金支出情况", "单位：元")
        .table("""
            项目名称\t决算数\t预算执行率\t年初预算
            合计\t1,234,567.80\t98.50%\t1,253,400.00
            其中：人员经费\t800,000.00\t-\t800,000.00
            公用经费\t434,567.8\t—\t453,400
            """)
        .scope();
    List<BudgetRow> rows = parser.parse(scope);
    assertEquals(3, rows.size());
    BudgetRow total = rows.get(0);
    assertEquals("合计", total.label());
    assertEquals(d("1234567.80"), total.actual());
    assertEquals(d("1253400.00"), total.initialBudget());
    assertNull(total.fullYearBudget());
    assertEquals(d("98.50"), total.declaredRate());
    assertEquals(d("98.50"), total.recomputedRate());
    assertEquals("元", total.unit());
    assertEquals("人员经费", rows.get(1).label());
    assertNull(rows.get(1).declaredRate());
    assertEquals(d("100.00"), rows.get(1).recomputedRate());
    assertEquals(d("95.85"), rows.get(2).recomputedRate());
  }

  @Test
  void adjustedBudgetWithUnitInHeaderAndNoRate() {
    var scope = TestDocs.create().table("""
        序号\t支出项目\t调整后预算（万元）\t实际支出（万元）
        1\t社保经办机构工作经费\t126\t124.78
        2\t防风险堵漏洞\t24\t23.99
        """).scope();
    List<BudgetRow> rows = parser.parse(scope);
    assertEquals(2, rows.size());
    assertEquals("社保经办机构工作经费", rows.get(0).label());
    assertEquals(d("126"), rows.get(0).fullYearBudget());
    assertEquals(d("124.78"), rows.get(0).actual());
    assertEquals(d("99.03"), rows.get(0).recomputedRate());
    assertNull(rows.get(0).declaredRate());
    assertEquals("万元", rows.get(1).unit());
  }
}
