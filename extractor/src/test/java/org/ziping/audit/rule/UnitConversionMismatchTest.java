package org.ziping.audit.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziping.audit.TestReports.none;
import static org.ziping.audit.TestReports.one;
import static org.ziping.audit.TestReports.report;

import org.junit.jupiter.api.Test;
import org.ziping.audit.TestReports;
import org.ziping.report.Finding;
import org.ziping.report.Severity;

class UnitConversionMismatchTest {
  private final UnitConversionMismatch rule = new UnitConversionMismatch();

  /** Seed 002: prose in 元, table in 万元, every figure agrees. */
  static TestReports.Builder seed002(String basicActualYuan) {
    return report().year(2023)
        .amount("2023年年初预算共计", "176975384.52", "元")
        .amount("基本支出预算", "4533869.52", "元")
        .amount("项目支出预算", "172441515", "元")
        .amount("2023年决算共计", "185775842.26", "元")
        .amount("基本支出决算", basicActualYuan, "元")
        .amount("项目支出决算数", "176861104.88", "元")
        .row("全年支出", "17697.54", "18577.58", "18577.58", "104.97", "10", "9", "万元")
        .row("其中：基本支出", "453.39", "891.47", "891.47", "196.62", "万元")
        .row("项目支出", "17244.15", "17686.11", "17686.11", "102.56", "万元");
  }

  @Test
  void seed002AllFiguresAgree() {
    none(rule, seed002("8914737.38").build());
    none(new ValueConflict(), seed002("8914737.38").build());
  }

  @Test
  void misconvertedFigureFires() {
    Finding f = one(rule, seed002("9814737.38").build());
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.message().contains("9814737.38元") && f.message().contains("891.47万元"), f.message());
  }

  @Test
  void billionsAgainstTenThousands() {
    none(rule, report().amount("2024年基金支出决算共计", "313.53", "亿元")
        .amount("2024年基金支出决算合计", "3135300", "万元").build());
    one(rule, report().amount("2024年基金支出决算共计", "313.53", "亿元")
        .amount("2024年基金支出决算合计", "3153300", "万元").build());
  }

  @Test
  void roundingEdge() {
    // 891.47万元 = [8914650, 8914750]元: 8914750.00 touches the edge, 8914750.01 misses
    none(rule, report().row("基本支出", null, null, "891.47", null, "万元").amount("基本支出决算", "8914749.99", "元").build());
    one(rule, report().row("基本支出", null, null, "891.47", null, "万元").amount("基本支出决算", "8914750.01", "元").build());
  }
}
