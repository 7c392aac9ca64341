package org.ziping.audit.rule;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziping.audit.TestReports.none;
import static org.ziping.audit.TestReports.one;
import static org.ziping.audit.TestReports.report;

import org.junit.jupiter.api.Test;
import org.ziping.audit.TestReports;
import org.ziping.report.Finding;

class MaxSumNot100Test {
  private final MaxSumNot100 rule = new MaxSumNot100();

  static TestReports.Builder seed002() {
    TestReports.Builder b = report().score("99.5", "优")
        .row("全年支出", "17697.54", "18577.58", "18577.58", "104.97", "10", "9", "万元");
    for (int i = 0; i < 8; i++) {
      b.indicator("指标" + i, "100%", "100%", "5", "5");
    }
    return b.indicator("部门履职目标", "100%", "100%", "50", "50")
        .indicator("服务对象的满意度", "≥95%", "94.9", "10", "10");
  }

  @Test
  void seed002FormCarries110Points() {
    Finding f = one(rule, seed002().build());
    assertTrue(f.message().contains("110"), f.message());
  }

  @Test
  void seed000ProseItemsAndGroupsAddUp() {
    none(rule, ScoreSumMismatchTest.seed000("96").build());
  }

  @Test
  void seed001FormAddsUp() {
    none(rule, report().score("100", "优").indicator("投入", "a", "a", "15", "15").indicator("过程", "a", "a", "40", "40")
        .indicator("产出", "a", "a", "25", "25").indicator("效果", "a", "a", "20", "20").build());
  }

  @Test
  void declaredScaleOtherThanHundred() {
    none(rule, report().score("45", "10", "优").item("a", "4", "4").item("b", "6", "5").build());
    one(rule, report().score("45", "10", "优").item("a", "4", "4").item("b", "5", "5").build());
  }

  @Test
  void roundingEdge() {
    // maxima 33.33 + 33.33 + 33.33 may be a rounded 100/3 each: [99.975, 100.005] holds 100
    none(rule, report().item("a", "33.33", "1").item("b", "33.33", "1").item("c", "33.33", "1").build());
    // 33.3 × 3 = [99.75, 100.05]: also consistent; 33.2 × 3 = [99.45, 99.75] is not
    none(rule, report().item("a", "33.3", "1").item("b", "33.3", "1").item("c", "33.3", "1").build());
    one(rule, report().item("a", "33.2", "1").item("b", "33.2", "1").item("c", "33.2", "1").build());
  }
}
