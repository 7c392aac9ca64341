package org.ziping.audit.rule;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziping.audit.TestReports.none;
import static org.ziping.audit.TestReports.one;
import static org.ziping.audit.TestReports.report;

import org.junit.jupiter.api.Test;
import org.ziping.audit.TestReports;
import org.ziping.report.Finding;

class ScoreSumMismatchTest {
  private final ScoreSumMismatch rule = new ScoreSumMismatch();

  static final String[][] SEED_000_ITEMS = {
      {"5", "5"}, {"5", "5"}, {"4", "4"}, {"4", "4"}, {"2", "2"}, {"4", "4"}, {"4", "4"}, {"3", "6"},
      {"3", "3"}, {"3", "3"}, {"2", "2"}, {"4", "4"}, {"3", "0"}, {"4", "4"}, {"2", "2"}, {"5", "4"},
      {"2", "2"}, {"2", "0"}, {"3", "2"}, {"2", "1"}, {"4", "4"}, {"6", "6"}, {"3", "3"}, {"3", "3"},
      {"3", "3"}, {"10", "10"}, {"5", "5"}};

  static TestReports.Builder seed000(String declared) {
    TestReports.Builder b = report().score(declared, "优")
        .item("预算编制情况", "28", null, true, null, null)
        .item("预算执行情况", "42", null, true, null, null)
        .item("资金使用效益", "30", null, true, null, null);
    for (int i = 0; i < SEED_000_ITEMS.length; i++) {
      b.item("评分项" + (i + 1), SEED_000_ITEMS[i][0], SEED_000_ITEMS[i][1]);
    }
    return b;
  }

  @Test
  void seed000DeclaredNinetySixItemsNinetyFive() {
    Finding f = one(rule, seed000("96").build());
    assertTrue(f.message().contains("自评总分96分") && f.message().contains("之和95分"), f.message());
  }

  @Test
  void itemWithSubItemsIsCountedOnce() {
    none(rule, report().score("10", null)
        .item("经济性", "6", "6").item("a", "2", "2", false, "经济性", null)
        .item("b", "2", "2", false, "经济性", null).item("c", "2", "2", false, "经济性", null)
        .item("效率性", "4", "4").build());
  }

  /** Seed 002: 合计 99.5 is the indicator column; the budget row's 9 stays outside it. */
  @Test
  void seed002TotalOfTheIndicatorTableIsConsistent() {
    TestReports.Builder b = report().score("99.5", "优")
        .row("全年支出", "17697.54", "18577.58", "18577.58", "104.97", "10", "9", "万元")
        .indicator("基本支出预算执行率", "100%", "196.62%", "5", "4.5");
    for (int i = 0; i < 7; i++) {
      b.indicator("指标" + i, "100%", "100%", "5", "5");
    }
    b.indicator("部门履职目标", "100%", "100%", "50", "50").indicator("服务对象的满意度", "≥95%", "94.9", "10", "10");
    none(rule, b.build());
    Finding f = one(rule, b.score("100", "优").build());
    assertTrue(f.message().contains("108.5"), "reports the whole form: " + f.message());
  }

  @Test
  void selfScoreColumnTable() {
    none(rule, report().score("90", "优").indicator("a", "100%", "100%", "40", "38")
        .indicator("b", "100%", "100%", "60", "52").build());
  }

  @Test
  void roundingEdge() {
    // three weighted scores 33.33 stand for [99.975, 100.005]: a total of 100 is consistent
    none(rule, report().score("100", "优").indicator("a", "", "", "33.33", "33.33")
        .indicator("b", "", "", "33.33", "33.33").indicator("c", "", "", "33.34", "33.33").build());
    // ... a total of 99.9 is not
    one(rule, report().score("99.9", "优").indicator("a", "", "", "33.33", "33.33")
        .indicator("b", "", "", "33.33", "33.33").indicator("c", "", "", "33.34", "33.33").build());
    // whole points are exact: 95.5 against 95
    one(rule, report().score("95.5", "优").item("a", "50", "50").item("b", "50", "45").build());
  }
}
