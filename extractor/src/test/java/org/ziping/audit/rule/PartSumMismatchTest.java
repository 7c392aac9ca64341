package org.ziping.audit.rule;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziping.audit.TestReports.amt;
import static org.ziping.audit.TestReports.none;
import static org.ziping.audit.TestReports.one;
import static org.ziping.audit.TestReports.report;

import org.junit.jupiter.api.Test;
import org.ziping.report.Finding;

class PartSumMismatchTest {
  private final PartSumMismatch rule = new PartSumMismatch();

  @Test
  void seed000ProcurementBudget() {
    Finding f = one(rule, report().breakdown("政府采购预算", amt("政府采购预算", "4.98", "万元"),
        amt("货物计划采购支出", "2.08", "万元"), amt("工程计划采购支出", "0", "万元"), amt("服务支出", "2.09", "万元")).build());
    assertTrue(f.message().contains("4.98万元") && f.message().contains("4.17"), f.message());
    assertTrue(f.message().contains("相差0.81万元"), f.message());
  }

  /** Seed 004: eight expenditures, six written without two decimals, add to 206.32, not 205.33. */
  @Test
  void seed004EightExpenditures() {
    Finding f = one(rule, report().breakdown("支出共计", amt("支出共计", "205.33", "万元"),
        amt("社保经办机构工作经费本年支出", "124.78", "万元"), amt("防风险堵漏洞工作经费本年支出", "23.99", "万元"),
        amt("工伤专项本年支出", "33", "万元"), amt("工伤预防本年支出", "6", "万元"),
        amt("终端设备购置经费本年支出", "9.75", "万元"), amt("短信服务费本年支出", "2", "万元"),
        amt("清算经费本年支出", "5", "万元"), amt("缴费补助本年支出", "1.8", "万元")).build());
    assertTrue(f.message().contains("206.32"), f.message());
  }

  /** Seed 003: three 0.01 rounding differences, and seed 004's retiree counts. */
  @Test
  void seedRoundingCasesAndCountsDoNotFire() {
    none(rule, report()
        .breakdown("年初收入预算数", amt("年初收入预算数", "34817.01", "万元"),
            amt("一般公共预算财政拨款", "34800.93", "万元"), amt("政府性基金预算", "16.09", "万元"))
        .breakdown("年末收入决算数", amt("年末收入决算数", "9084.93", "万元"),
            amt("一般公共预算财政拨款", "9071.93", "万元"), amt("政府性基金预算", "13", "万元"))
        .breakdown("年初支出预算数", amt("年初支出预算数", "34817.01", "万元"),
            amt("基本支出", "1543.66", "万元"), amt("项目支出", "33273.36", "万元"))
        .breakdown("支出决算数", amt("支出决算数", "9137.21", "万元"),
            amt("基本支出", "1546.73", "万元"), amt("项目支出", "7590.47", "万元"))
        .breakdown("调整退休人员养老保险待遇", amt("调整退休人员养老保险待遇", "226345", "人"),
            amt("企业退休人员", "158134", "人"), amt("机关事业退休调待", "68211", "人"))
        .build());
  }

  @Test
  void mixedUnitsAndYuanTables() {
    none(rule, report().breakdown("年初预算", amt("年初预算", "176975384.52", "元"),
        amt("基本支出预算", "453.39", "万元"), amt("项目支出预算", "17244.15", "万元")).build());
    one(rule, report().breakdown("年初预算", amt("年初预算", "176975384.52", "元"),
        amt("基本支出预算", "4533869.52", "元"), amt("项目支出预算", "172441515", "元"),
        amt("其他", "1", "元")).build());
  }

  @Test
  void countsAreExact() {
    one(rule, report().breakdown("退休人员", amt("退休人员", "226346", "人"),
        amt("企业", "158134", "人"), amt("机关", "68211", "人")).build());
  }

  @Test
  void onePartIsNotADecomposition() {
    none(rule, report().breakdown("一般公共预算拨款收入", amt("一般公共预算拨款收入", "31536.34", "万元"),
        amt("社会保障就业支出", "31484.62", "万元")).build());
  }

  @Test
  void roundingEdge() {
    // 34817.01 = [34817.005, 34817.015]; 34800.93 + 16.09 = [34817.01, 34817.03]: overlap
    none(rule, report().breakdown("t", amt("t", "34817.01", "万元"), amt("a", "34800.93", "万元"),
        amt("b", "16.09", "万元")).build());
    // 34817.04 = [34817.035, 34817.045] misses [34817.01, 34817.03]
    one(rule, report().breakdown("t", amt("t", "34817.04", "万元"), amt("a", "34800.93", "万元"),
        amt("b", "16.09", "万元")).build());
  }
}
