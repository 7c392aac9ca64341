package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.report.BudgetRow;
import org.ziping.report.DocumentKind;
import org.ziping.report.Report;

/**
 * The standard 项目支出绩效自评表 layout, which none of the seeds uses: a 项目资金（万元） block with
 * 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分 columns, the budget row's score
 * counted in the total, indicator rows below, and a 总分 row (10 + 80 = 90 of 100 points; 8 + 88
 * = 96). A declared rate of 80% where 90 ÷ 100 = 90% must be found.
 */
class ProjectFormTest {

  @Test
  void standardProjectFormIsReadAndAudited() throws Exception {
    Path file = Path.of(getClass().getResource("/pipeline/project-self-evaluation-form.txt").toURI());
    var doc = new StandardExtraction().extract(file);
    assertTrue(doc.errors().isEmpty(), doc.errors().toString());
    Report r = doc.reports().get(0);
    assertEquals(DocumentKind.PROJECT, r.kind());
    assertEquals(2023, r.year());
    BudgetRow total = r.budgetRows().stream().filter(b -> b.label() != null
        && b.label().contains("年度资金总额")).findFirst()
        .orElseThrow(() -> new AssertionError(r.budgetRows().toString()));
    assertEquals(0, total.initialBudget().compareTo(new BigDecimal("80")));
    assertEquals(0, total.fullYearBudget().compareTo(new BigDecimal("100")));
    assertEquals(0, total.actual().compareTo(new BigDecimal("90")));
    assertEquals(0, total.declaredRate().compareTo(new BigDecimal("80")));
    assertEquals("万元", total.unit());
    assertEquals(5, r.indicators().size(), r.indicators().toString());
    assertEquals("质量指标", r.indicators().get(1).level2());
    assertEquals("产出指标", r.indicators().get(1).level1());
    assertEquals(0, r.score().declaredTotal().compareTo(new BigDecimal("96")));
    List<String> rules = r.findings().stream().map(f -> f.rule()).toList();
    assertTrue(rules.contains("EXEC_RATE_MISMATCH"), rules.toString());
    assertTrue(!rules.contains("SCORE_SUM_MISMATCH") && !rules.contains("MAX_SUM_NOT_100"),
        "8 + 88 = 96 and 10 + 90 = 100 hold: " + r.findings());
  }
}
