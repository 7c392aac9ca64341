package org.ziping.audit.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziping.audit.TestReports.none;
import static org.ziping.audit.TestReports.one;
import static org.ziping.audit.TestReports.report;

import org.junit.jupiter.api.Test;
import org.ziping.report.Finding;
import org.ziping.report.Severity;

class ScoreAboveMaxTest {
  private final ScoreAboveMax rule = new ScoreAboveMax();

  /** Seed 000: 部门预算资金支出率 3分 scored 6; the 转移支付 item explains that its 3 points moved. */
  @Test
  void seed000MovedPointsGiveInfoWithTheExplanation() {
    Finding f = one(rule, report()
        .item("部门预算资金支出率", "3", "6")
        .item("转移支付资金支出率", "3", "0", false, null, "本部门无转移支付，本项指标不考核，3分分值调整至“部门预算资金支出率”指标。")
        .build());
    assertEquals(Severity.INFO, f.severity());
    assertTrue(f.message().contains("3分分值调整至“部门预算资金支出率"), f.message());
  }

  @Test
  void explanationOnTheItemItselfCounts() {
    Finding f = one(rule, report().item("部门预算资金支出率", "3", "6", false, null,
        "（本部门无转移支付，本项指标不考核，3分分值调整至“部门预算资金支出率”指标。）").build());
    assertEquals(Severity.INFO, f.severity());
  }

  @Test
  void unexplainedExcessIsAnError() {
    Finding f = one(rule, report().indicator("资金使用规范性", "100%", "100%", "5", "6").build());
    assertEquals(Severity.ERROR, f.severity());
    Finding g = one(rule, report().item("绩效目标合理性", "4", "7", false, null,
        "2分分值调整至“绩效目标合理性”指标").build());
    assertEquals(Severity.ERROR, g.severity(), "4 + 2 moved points do not cover 7");
    assertTrue(g.message().contains("不足以解释"), g.message());
    Finding h = one(rule, report().item("绩效目标合理性", "4", "6", false, null,
        "2分分值调整至“绩效目标合理性”指标").build());
    assertEquals(Severity.INFO, h.severity(), "4 + 2 moved points cover 6");
  }

  @Test
  void explanationNamingAnotherItemDoesNotExcuse() {
    Finding f = one(rule, report().item("预算编制合理性", "5", "8")
        .item("转移支付", "3", "0", false, null, "3分分值调整至“部门预算资金支出率”指标").build());
    assertEquals(Severity.ERROR, f.severity());
  }

  @Test
  void scoresWithinMaximumDoNotFire() {
    none(rule, report().item("预算编制合理性", "5", "5").indicator("基本支出预算执行率", "100%", "196.62%", "5", "4.5")
        .row("全年支出", "1", "1", "1", null, "10", "9", "万元").build());
  }

  @Test
  void roundingEdge() {
    // a weighted 3.334 ([3.3335, 3.3345]) against a maximum shown as 3.33 ([3.325, 3.335]) overlaps
    none(rule, report().item("结转结余率", "3.33", "3.334").build());
    // 3.5 of 3 is exact points: fires; 3.04 ([3.035, 3.045]) of 3 is above too
    one(rule, report().item("结转结余率", "3", "3.5").build());
    one(rule, report().item("结转结余率", "3", "3.04").build());
  }
}
