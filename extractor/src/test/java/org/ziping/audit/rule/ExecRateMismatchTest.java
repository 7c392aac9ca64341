package org.ziping.audit.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziping.audit.TestReports.amt;
import static org.ziping.audit.TestReports.none;
import static org.ziping.audit.TestReports.one;
import static org.ziping.audit.TestReports.report;
import static org.ziping.audit.TestReports.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.report.Finding;
import org.ziping.report.Report;
import org.ziping.report.Severity;

class ExecRateMismatchTest {
  private final ExecRateMismatch rule = new ExecRateMismatch();

  /** Seed 002's budget table: all three rows declare actual ÷ 年初预算数. */
  @Test
  void seed002AllThreeRowsFireAndNameTheInitialBudget() {
    Report r = report().year(2023)
        .row("全年支出", "17697.54", "18577.58", "18577.58", "104.97", "10", "9", "万元")
        .row("其中：基本支出", "453.39", "891.47", "891.47", "196.62", "万元")
        .row("项目支出", "17244.15", "17686.11", "17686.11", "102.56", "万元")
        .build();
    List<Finding> f = run(rule, r);
    assertEquals(3, f.size());
    Finding basic = f.get(1);
    assertEquals(Severity.ERROR, basic.severity());
    assertTrue(basic.message().contains("196.62%"), basic.message());
    assertTrue(basic.message().contains("891.47÷全年预算数891.47=100.00%"), basic.message());
    assertTrue(basic.message().contains("[196.615, 196.625]"), basic.message());
    assertTrue(basic.message().contains("实际支出÷年初预算数 一致"), basic.message());
    assertTrue(basic.evidence().stream().anyMatch(e -> e.label().endsWith("年初预算数")));
    assertEquals(16, basic.id().length());
  }

  @Test
  void consistentRowInYuanTableDoesNotFire() {
    Report r = report().row("合计", "1250000.00", null, "1187500.00", "95.00", "元").build();
    none(rule, r);
  }

  @Test
  void declaredMatchingNeitherBudgetSaysSo() {
    Report r = report().row("项目支出", "100", "120", "90", "80.00", "万元").build();
    Finding f = one(rule, r);
    assertTrue(f.message().contains("申报值与任何预算数均不一致"), f.message());
  }

  @Test
  void roundingEdgeTouchIsSilentMissFires() {
    // 2/3 = 66.666..%: declared 66.67 ([66.665, 66.675]) contains it.
    none(rule, report().row("基本支出", "3.00", null, "2.00", "66.67", "万元").build());
    // 200.00 ÷ 300.00 lies in [66.6622, 66.6712]: 66.66 ([66.655, 66.665]) reaches it, 66.65 misses.
    none(rule, report().row("基本支出", "300.00", null, "200.00", "66.66", "万元").build());
    one(rule, report().row("基本支出", "300.00", null, "200.00", "66.65", "万元").build());
  }

  @Test
  void rateSentenceAsRatioIsChecked() {
    Report r = report()
        .ratio("rate", "预算执行率", amt("实际支出", "205.33", "万元"), amt("调整后预算", "207.55", "万元"), null, "100")
        .build();
    Finding f = one(rule, r);
    assertTrue(f.message().contains("预算执行率100%"), f.message());
    none(rule, report()
        .ratio("rate", "预算执行率", amt("实际支出", "2053300", "元"), amt("预算", "205.33", "万元"), null, "100")
        .build());
  }

  /** Figures from earlier sentences are paired by context: a mismatch on them is a warning. */
  @Test
  void rateWithFiguresOfEarlierSentencesIsAWarning() {
    Report sameSentence = report()
        .ratio("rate", "预算执行率", amt("实际支出", "817", "万元"), amt("全年预算数", "860", "万元"), null, "98")
        .build();
    assertEquals(Severity.ERROR, one(rule, sameSentence).severity());
    Report earlier = report()
        .ratio("rate", "预算执行率", amt("实际支出", "817", "万元"), amt("全年预算数", "860", "万元"), null, "98",
            "全年预算数为860万元。全年实际支出817万元。预算执行率为98%")
        .build();
    Finding w = one(rule, earlier);
    assertEquals(Severity.WARNING, w.severity());
    assertTrue(w.message().contains("不在同一句"), w.message());
    assertTrue(ExecRateMismatch.withinOneSentence("全年预算数为860万元，实际支出817万元，预算执行率为98%"));
    assertTrue(!ExecRateMismatch.withinOneSentence("全年预算数为860万元。实际支出817万元。预算执行率为98%"));
    assertTrue(ExecRateMismatch.withinOneSentence("实际支出817万元，执行率98%。"));
  }
}
