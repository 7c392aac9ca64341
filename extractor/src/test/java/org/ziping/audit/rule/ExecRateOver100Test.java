package org.ziping.audit.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ziping.audit.TestReports.amt;
import static org.ziping.audit.TestReports.none;
import static org.ziping.audit.TestReports.one;
import static org.ziping.audit.TestReports.report;
import static org.ziping.audit.TestReports.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.report.Finding;
import org.ziping.report.Severity;

class ExecRateOver100Test {
  private final ExecRateOver100 rule = new ExecRateOver100();

  @Test
  void seed002RowsAboveHundredWarnOncePerRow() {
    List<Finding> f = run(rule, report()
        .row("全年支出", "17697.54", "18577.58", "18577.58", "104.97", "万元")
        .row("其中：基本支出", "453.39", "891.47", "891.47", "196.62", "万元")
        .row("项目支出", "17244.15", "17686.11", "17686.11", "102.56", "万元")
        .build());
    assertEquals(3, f.size());
    f.forEach(x -> assertEquals(Severity.WARNING, x.severity()));
  }

  @Test
  void recomputedRateAboveHundredWithoutDeclaredRate() {
    Finding f = one(rule, report().row("项目支出", "100.00", null, "120.00", null, "万元").build());
    assertEquals(Severity.WARNING, f.severity());
  }

  @Test
  void fullExecutionDoesNotFire() {
    none(rule, report().row("合计", "205.33", "205.33", "205.33", "100", "万元").build());
    none(rule, report().ratio("rate", "执行率", amt("已支出", "7000", "万元"), amt("下达", "7000", "万元"), null, "100")
        .build());
  }

  @Test
  void roundingEdge() {
    // 100.4% could be a rounded 100.35..100.45: entirely above 100 -> fires; 100% never does.
    one(rule, report().row("合计", null, "100", "100", "100.4", "万元").build());
    none(rule, report().row("合计", null, "100", "100", "100", "万元").build());
    // recomputed 100.02 ÷ 100.00: [100.015, 100.025]/[99.995, 100.005] lies above 100 -> fires.
    one(rule, report().row("合计", null, "100.00", "100.02", null, "万元").build());
    // 100.01 ÷ 100.00 reaches down to 100.005/100.005 = 100%: touches, no finding.
    none(rule, report().row("合计", null, "100.00", "100.01", null, "万元").build());
  }

  @Test
  void proseRateWithoutFiguresIsInfo() {
    Finding f = one(rule, report().percent("基金支出预算执行率", "149").build());
    assertEquals(Severity.INFO, f.severity());
    none(rule, report().percent("基金支出预算执行率", "97").build());
    none(rule, report().percent("参保缴费率", "195.89").build());
  }
}
