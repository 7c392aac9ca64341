package org.ziping.audit.rule;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziping.audit.TestReports.none;
import static org.ziping.audit.TestReports.one;
import static org.ziping.audit.TestReports.report;

import org.junit.jupiter.api.Test;
import org.ziping.report.Finding;

class FullScoreTargetMissedTest {
  private final FullScoreTargetMissed rule = new FullScoreTargetMissed();

  @Test
  void seed002SatisfactionBelowTargetWithFullScore() {
    Finding f = one(rule, report().indicator("服务对象满意度", "服务对象满意度", "服务对象的满意度", "≥95%", "94.9", "10", "10", null)
        .build());
    assertTrue(f.message().contains("94.9") && f.message().contains("≥95%"), f.message());
  }

  @Test
  void targetSpellings() {
    one(rule, report().indicator("满意度", ">=90%", "89%", "5", "5").build());
    one(rule, report().indicator("满意度", "不低于90%", "85", "5", "5").build());
    one(rule, report().indicator("投诉率", "≤5%", "6.2%", "5", "5").build());
    one(rule, report().indicator("发放准确率", "=100%", "99.6%", "5", "5").build());
    one(rule, report().indicator("培训人次", "≥ 200人", "150人", "5", "5").build());
  }

  @Test
  void metTargetsPartialScoresAndQualitativeTargetsDoNotFire() {
    none(rule, report().indicator("满意度", "≥95%", "98%", "10", "10").build());
    none(rule, report().indicator("满意度", "≥95%", "94.9", "10", "8").build());
    none(rule, report().indicator("财务管理制度健全性", "严格执行社会保险基金财务管理", "社会保险基金财务管理", "5", "5").build());
    none(rule, report().indicator("项目支出预算执行率", "100%", "102.56%", "5", "5").build());
    none(rule, report().indicator("培训人次", "≥200人", "150天", "5", "5").build());
  }

  @Test
  void roundingEdge() {
    // 95 stands for [94.5, 95.5]: it may meet ≥95
    none(rule, report().indicator("满意度", "≥95%", "95", "10", "10").build());
    // 94.99 stands for [94.985, 94.995]: it cannot
    one(rule, report().indicator("满意度", "≥95%", "94.99", "10", "10").build());
  }
}
