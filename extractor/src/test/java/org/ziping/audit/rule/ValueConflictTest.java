package org.ziping.audit.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziping.audit.TestReports.none;
import static org.ziping.audit.TestReports.one;
import static org.ziping.audit.TestReports.report;

import org.junit.jupiter.api.Test;
import org.ziping.report.Finding;
import org.ziping.report.Severity;

class ValueConflictTest {
  private final ValueConflict rule = new ValueConflict();

  /** Seed 004: the four initial projects are budgeted 189 in one place, 205.33 in another. */
  @Test
  void seed004InitialBudgetOfFourProjects() {
    Finding f = one(rule, report()
        .amount("2022年年初申报4个项目，预算安排", "189", "万元")
        .amount("调整后共安排8个项目，共计", "205.33", "万元")
        .amount("实际支出", "205.33", "万元")
        .amount("支出共计", "205.33", "万元")
        .amount("2022年度年初预算安排4个项目", "205.33", "万元")
        .amount("调整后安排8个项目", "205.33", "万元")
        .amount("社保经办机构工作经费年初预算安排", "126", "万元")
        .amount("社会保险基金防风险堵漏洞工作经费年初预算安排", "24", "万元")
        .build());
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.message().contains("189万元") && f.message().contains("205.33万元"), f.message());
    assertTrue(f.message().contains("4项目"), f.message());
  }

  @Test
  void similarWordsAreNotTheSameQuantity() {
    none(rule, report()
        .amount("调整预算", "9.75", "万元")
        .amount("调整预算", "1.8", "万元")
        .amount("年初收入预算数", "34817.01", "万元")
        .amount("年初支出预算数", "30000", "万元")
        .amount("收入决算数", "9084.93", "万元")
        .amount("支出决算数", "9137.21", "万元")
        .amount("比上年减少", "14840.94", "万元")
        .amount("与年初预算对比增加了", "1754.93", "万元")
        .amount("2021年年初预算共计", "1000", "万元")
        .amount("2022年年初预算共计", "1200", "万元")
        .amount("基本支出", "453.39", "万元")
        .amount("基本支出", "891.47", "万元")
        .build());
  }

  @Test
  void sameLineInTableAndProse() {
    Finding f = one(rule, report().row("基本支出", "453.39", "891.47", "891.47", null, "万元")
        .amount("基本支出决算", "881.47", "万元").build());
    assertTrue(f.message().contains("881.47") && f.message().contains("891.47"), f.message());
    // an unqualified 预算 may be the initial or the full-year one
    none(rule, report().row("基本支出", "453.39", "891.47", "891.47", null, "万元")
        .amount("基本支出预算", "453.39", "万元").build());
    one(rule, report().row("基本支出", "453.39", "891.47", "891.47", null, "万元")
        .amount("基本支出预算", "500", "万元").build());
  }

  @Test
  void satisfactionInProseAgainstTheTable() {
    Finding f = one(rule, report().percent("服务对象满意度", "98")
        .indicator("服务对象满意度", "服务对象满意度", "服务对象的满意度", "≥95%", "94.9", "10", "10", null).build());
    assertTrue(f.message().contains("98") && f.message().contains("94.9"), f.message());
    // two prose rates with generic labels are never compared
    none(rule, report().percent("预算执行率", "150").percent("预算执行率", "97").build());
  }

  @Test
  void roundingEdge() {
    // 205.3 ([205.25, 205.35]) and 205.33 may be the same figure
    none(rule, report().amount("2022年年初预算安排4个项目", "205.3", "万元")
        .amount("2022年年初申报4个项目预算", "205.33", "万元").build());
    // 205.4 ([205.35, 205.45]) touches [205.325, 205.335]? no: 205.35 > 205.335
    one(rule, report().amount("2022年年初预算安排4个项目", "205.4", "万元")
        .amount("2022年年初申报4个项目预算", "205.33", "万元").build());
  }
}
