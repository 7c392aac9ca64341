package org.ziping.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.report.BudgetRow;
import org.ziping.report.BudgetRowOrigin;
import org.ziping.report.DecimalInterval;
import org.ziping.report.Measure;
import org.ziping.report.OverallExecution;
import org.ziping.report.Report;

/** The index's overall figures are the report's stored overall execution rate, nothing else. */
class ReportFiguresTest {
  private static final BudgetRow TOTAL = new BudgetRow("合计", new BigDecimal("500"), null,
      new BigDecimal("200"), null, null, null, null, "万元", BudgetRowOrigin.TABLE, "合计 500 200",
      null, null, null);

  @Test
  void aRecomputedRateGivesItsFiguresAndItsTwoDecimals() {
    OverallExecution x = new OverallExecution(
        DecimalInterval.ofShown(new BigDecimal("200")).divide(
            DecimalInterval.ofShown(new BigDecimal("500"))).times100(),
        false, OverallExecution.Source.BUDGET_ROW, Measure.INITIAL_BUDGET,
        new BigDecimal("5000000"), new BigDecimal("2000000"), "合计 实际支出数200÷年初预算数500",
        List.of());
    ReportFigures f = ReportFigures.of(Report.of(b -> {
      b.budgetRows = List.of(TOTAL);
      b.overallExecution = x;
    }));
    assertEquals(new BigDecimal("40.00"), f.execRate());
    assertEquals(new BigDecimal("40.00"), f.execRateRecomputed());
    assertEquals(new BigDecimal("5000000"), f.budgetYuan());
    assertEquals(new BigDecimal("2000000"), f.actualYuan());
  }

  @Test
  void aDeclaredRateHasNoRecomputedRateAndNoRecordNoFigures() {
    OverallExecution declared = new OverallExecution(
        DecimalInterval.ofShown(new BigDecimal("96.5")), true, OverallExecution.Source.RATIO,
        null, null, null, "执行率96.5%", List.of());
    ReportFigures f = ReportFigures.of(Report.of(b -> b.overallExecution = declared));
    assertEquals(new BigDecimal("96.50"), f.execRate());
    assertEquals(null, f.execRateRecomputed());
    // budget rows without a stored rate: the index computes nothing of its own
    assertEquals(new ReportFigures(null, null, null, null),
        ReportFigures.of(Report.of(b -> b.budgetRows = List.of(TOTAL))));
  }
}
