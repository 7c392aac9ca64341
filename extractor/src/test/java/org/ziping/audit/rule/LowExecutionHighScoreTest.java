package org.ziping.audit.rule;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziping.audit.TestReports.amt;
import static org.ziping.audit.TestReports.none;
import static org.ziping.audit.TestReports.one;
import static org.ziping.audit.TestReports.report;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.report.DecimalInterval;
import org.ziping.report.Finding;
import org.ziping.report.OverallExecution;
import org.ziping.report.Report;

class LowExecutionHighScoreTest {
  private final LowExecutionHighScore rule = new LowExecutionHighScore();

  /** Seed 003: the figures come from prose amounts, no budget table. */
  @Test
  void seed003ProseBudgetAndSpending() {
    Finding f = one(rule, report().year(2024)
        .amount("2024年年初收入预算数", "34817.01", "万元")
        .amount("2024年年末收入决算数", "9084.93", "万元")
        .amount("2024年年初支出预算数", "34817.01", "万元")
        .amount("2024年支出决算数", "9137.21", "万元")
        .amount("基本支出", "1546.73", "万元")
        .score("99", "优").build());
    assertTrue(f.message().contains("26.24%"), f.message());
    assertTrue(f.message().contains("99分"), f.message());
  }

  @Test
  void budgetRowAsOnlyRowAndGradeWithoutScore() {
    one(rule, report().row("部门整体支出", "500", null, "200", null, "万元").score(null, "优秀").build());
  }

  @Test
  void highExecutionOrModestScoreDoesNotFire() {
    none(rule, report().row("合计", "500", null, "480", null, "万元").score("99", "优").build());
    none(rule, report().row("合计", "500", null, "200", null, "万元").score("85", "良").build());
    none(rule, report().score("99", "优").build());
  }

  @Test
  void roundingEdge() {
    // 6.0 ÷ 10.05 = 59.70%, but 6.0 stands for [5.95, 6.05]: up to 60.23%, not surely below 60.
    none(rule, report().row("合计", "10.05", null, "6.0", null, "万元").score("95", "优").build());
    // 6.00 ÷ 10.05: at most 6.005 ÷ 10.045 = 59.78%, below 60.
    one(rule, report().row("合计", "10.05", null, "6.00", null, "万元").score("95", "优").build());
  }

  @Test
  void overallRateFromARatioSentence() {
    one(rule, report().ratio("rate", "综合预算执行率", amt("实际支出", "30", "万元"), amt("预算", "100", "万元"), null,
        "30").score("92", "良").build());
  }

  /**
   * The rule reads the rate the parse stage stored and computes none itself: a stored 30% fires
   * on a report whose rows would give 96%, and a report without a stored rate gives nothing.
   */
  @Test
  void readsTheStoredRateOnly() {
    Report rows96 = report().row("合计", "500", null, "480", null, "万元").score("99", "优").build();
    none(rule, rows96);
    OverallExecution stored = new OverallExecution(
        DecimalInterval.ofShown(new BigDecimal("30.00")), true, OverallExecution.Source.RATIO,
        null, null, null, "综合执行率30.00%", List.of());
    Finding f = one(rule, rows96.with(b -> b.overallExecution = stored));
    assertTrue(f.message().contains("30.00%") && f.message().contains("综合执行率30.00%"),
        f.message());
    Report rows40 = report().row("合计", "500", null, "200", null, "万元").score("99", "优").build();
    one(rule, rows40);
    none(rule, rows40.with(b -> b.overallExecution = null));
  }
}
