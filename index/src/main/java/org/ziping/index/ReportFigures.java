package org.ziping.index;

import java.math.BigDecimal;
import org.ziping.report.OverallExecution;
import org.ziping.report.Report;

/**
 * A report's overall budget, actual spending and execution rate for the index's range filters, the
 * export and the web page: the overall execution rate the parse stage stored in the report
 * ({@link Report#overallExecution()}), the one the audit uses (LOW_EXECUTION_HIGH_SCORE and the
 * audit report's summary), so a search filter on the execution rate and the audit agree. A report
 * read from JSON written before the rate was stored is completed when it is read
 * ({@code org.ziping.pipeline.StoredDocuments}).
 *
 * @param budgetYuan         the budget the rate divides by, in yuan (null when the rate is a
 *                           declared figure without its budget)
 * @param actualYuan         the actual spending, in yuan (null likewise)
 * @param execRate           the overall rate in percent, two decimals: recomputed from the figures
 *                           when they are given, else the declared rate
 * @param execRateRecomputed the same rate when it was recomputed, null when only declared
 */
public record ReportFigures(BigDecimal budgetYuan, BigDecimal actualYuan, BigDecimal execRate,
                            BigDecimal execRateRecomputed) {

  public static ReportFigures of(Report r) {
    OverallExecution x = r.overallExecution();
    if (x == null) {
      return new ReportFigures(null, null, null, null);
    }
    BigDecimal rate = x.rounded();
    return new ReportFigures(x.budgetYuan(), x.actualYuan(), rate, x.declared() ? null : rate);
  }
}
