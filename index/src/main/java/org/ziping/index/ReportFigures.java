package org.ziping.index;

import java.math.BigDecimal;
import java.util.Optional;
import org.ziping.parse.facts.FactExtractor;
import org.ziping.parse.facts.OverallExecution;
import org.ziping.report.Report;

/**
 * A report's overall budget, actual spending and execution rate for the index's range filters, the
 * export and the web page: exactly the overall execution of {@link OverallExecution}, the
 * computation the audit uses (LOW_EXECUTION_HIGH_SCORE and the audit report's summary), so a search
 * filter on the execution rate and the audit agree.
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
    Optional<OverallExecution> o = OverallExecution.of(FactExtractor.complete(r));
    if (o.isEmpty()) {
      return new ReportFigures(null, null, null, null);
    }
    OverallExecution x = o.get();
    BigDecimal rate = x.rounded();
    return new ReportFigures(x.budgetYuan(), x.actualYuan(), rate, x.declared() ? null : rate);
  }
}
