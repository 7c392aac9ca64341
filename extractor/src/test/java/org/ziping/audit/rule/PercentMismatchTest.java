package org.ziping.audit.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziping.audit.TestReports.amt;
import static org.ziping.audit.TestReports.none;
import static org.ziping.audit.TestReports.one;
import static org.ziping.audit.TestReports.report;

import org.junit.jupiter.api.Test;
import org.ziping.report.Finding;
import org.ziping.report.Severity;

class PercentMismatchTest {
  private final PercentMismatch rule = new PercentMismatch();

  /** Seed 000: 下降32.00% recomputes to 31.99%: a rounding slip, info. */
  @Test
  void seed000DecreaseIsInfo() {
    Finding f = one(rule, report().ratio("change", "下降", amt("比上年减少", "14840.94", "万元"),
        amt("收入预算", "31546.18", "万元"), false, "32.00").build());
    assertEquals(Severity.INFO, f.severity());
    assertTrue(f.message().contains("31.99%"), f.message());
    assertTrue(f.message().contains("46387.12"), f.message());
  }

  /** Seed 000: every share and the two other changes recompute correctly. */
  @Test
  void seed000SharesDoNotFire() {
    none(rule, report()
        .ratio("share", "占", amt("社会保障就业支出", "31484.62", "万元"), amt("一般公共预算拨款收入", "31536.34", "万元"), null, "99.84")
        .ratio("share", "占比", amt("基本支出", "573.44", "万元"), amt("一般公共预算拨款收入", "31536.34", "万元"), null, "1.82")
        .ratio("share", "占比", amt("项目支出", "30962.9", "万元"), amt("一般公共预算拨款收入", "31536.34", "万元"), null, "98.18")
        .ratio("share", "占基本支出的", amt("人员经费支出", "521.94", "万元"), amt("基本支出", "573.44", "万元"), null, "91.02")
        .ratio("share", "占基本支出的", amt("日常公用经费支出", "51.5", "万元"), amt("基本支出", "573.44", "万元"), null, "8.98")
        .ratio("change", "增幅", amt("与年初预算对比增加", "1754.93", "万元"), amt("年末支出执行数", "31546.18", "万元"), true, "5.89")
        .ratio("change", "增长", amt("比上年增加", "0.40", "万元"), amt("其他收入", "9.84", "万元"), true, "4.24")
        .ratio("change", "减幅", amt("与上年执行数对比减少", "14840.54", "万元"), amt("年末支出执行数", "31546.18", "万元"), false, "32")
        .build());
  }

  @Test
  void clearMismatchIsWarning() {
    Finding f = one(rule, report().ratio("share", "占", amt("基本支出", "573.44", "万元"),
        amt("总支出", "31536.34", "万元"), null, "2.82").build());
    assertEquals(Severity.WARNING, f.severity());
  }

  @Test
  void roundingEdge() {
    // 1 ÷ 3 = 33.33%: declared 33.33 [33.325, 33.335] holds [33.3333, 33.3334]
    none(rule, report().ratio("share", "占", amt("a", "1", "人"), amt("b", "3", "人"), null, "33.33").build());
    // declared 33.32 [33.315, 33.325] misses it by 0.0083 points: info
    Finding f = one(rule, report().ratio("share", "占", amt("a", "1", "人"), amt("b", "3", "人"), null, "33.32").build());
    assertEquals(Severity.INFO, f.severity());
    // declared 33.2 [33.15, 33.25] misses by 0.083 points: warning
    Finding g = one(rule, report().ratio("share", "占", amt("a", "1", "人"), amt("b", "3", "人"), null, "33.2").build());
    assertEquals(Severity.WARNING, g.severity());
  }
}
