package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.report.DocumentKind;
import org.ziping.report.Report;

/**
 * End to end on a small report written unlike the seeds: 预算执行率 in a sentence with thousands
 * separators, an indicator table with 指标值/完成值/权重/自评分 columns under a 单位：元 line, a
 * total in 综合得分 and the grade as 评价等级. The audit must find what its figures contradict.
 */
class OtherWordingTest {

  @Test
  void findingsFireOnAReportPhrasedDifferently() throws Exception {
    Path file = Path.of(getClass().getResource("/pipeline/other-wording-department.txt").toURI());
    var doc = new StandardExtraction().extract(file);
    assertTrue(doc.errors().isEmpty(), doc.errors().toString());
    Report r = doc.reports().get(0);
    assertEquals("某某市医疗保障局", r.unit());
    assertEquals(2023, r.year());
    assertEquals(DocumentKind.DEPARTMENT, r.kind());
    assertEquals(3, r.indicators().size(), r.indicators().toString());
    assertEquals(0, r.score().declaredTotal().compareTo(new java.math.BigDecimal("85")));
    assertEquals("优", r.score().grade());
    List<String> rules = r.findings().stream().map(f -> f.rule()).toList();
    assertTrue(rules.contains("EXEC_RATE_MISMATCH"), "95.00% declared, 1100.00/1200.50 = 91.63%: " + rules);
    assertTrue(rules.contains("SCORE_ABOVE_MAX"), "自评分 32 above 权重 30: " + rules);
    assertTrue(rules.contains("GRADE_SCORE_MISMATCH"), "85 is 良, not 优: " + rules);
    assertTrue(rules.contains("SCORE_SUM_MISMATCH"), "30 + 32 + 40 = 102, not 85: " + rules);
    assertTrue(rules.contains("FULL_SCORE_TARGET_MISSED"), "满意度 88% < 90% with full 40: " + rules);
  }
}
