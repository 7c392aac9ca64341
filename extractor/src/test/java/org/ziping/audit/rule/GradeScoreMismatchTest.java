package org.ziping.audit.rule;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziping.audit.TestReports.none;
import static org.ziping.audit.TestReports.one;
import static org.ziping.audit.TestReports.report;

import org.junit.jupiter.api.Test;
import org.ziping.report.Finding;

class GradeScoreMismatchTest {
  private final GradeScoreMismatch rule = new GradeScoreMismatch();

  @Test
  void gradeAboveItsBandFires() {
    Finding f = one(rule, report().score("85", "优").build());
    assertTrue(f.message().contains("应为“良”"), f.message());
    one(rule, report().score("55", "合格").build());
    one(rule, report().score("95", "良好").build());
  }

  @Test
  void seedScoresAndGradeWordsMatch() {
    none(rule, report().score("96", "优").build());
    none(rule, report().score("99", "“优”").build());
    none(rule, report().score("80", "良").build());
    none(rule, report().score("60", "中").build());
    none(rule, report().score("59", "不合格").build());
    none(rule, report().score("90", "优秀等级").build());
    none(rule, report().score("90", "甲").build());
  }

  @Test
  void roundingEdge() {
    // 89.995 stands for [89.9945, 89.9955]: below 90 whatever it was, not 优
    one(rule, report().score("89.995", "优").build());
    // exact 90 is 优
    none(rule, report().score("90", "优").build());
    // 89.5 of exact points is 良
    one(rule, report().score("89.5", "优").build());
  }
}
