package org.ziping.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziping.audit.TestReports.amt;
import static org.ziping.audit.TestReports.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.report.Finding;
import org.ziping.report.Report;
import org.ziping.report.Severity;

/**
 * What OCR misreadings explain is not reported: each pattern seen on the scanned corpus reports,
 * on a report whose figures were read by OCR, stays silent; the same figures in a text layer still
 * give their finding, and a finding on OCR-read figures that no single misreading explains stays
 * (as a warning that says so).
 */
class OcrReadingsTest {

  private static List<Finding> audit(Report r) {
    return new Auditor().audit(r, TestReports.CTX, new ArrayList<>()).findings();
  }

  private static List<Finding> of(List<Finding> fs, String rule) {
    return fs.stream().filter(f -> f.rule().equals(rule)).toList();
  }

  /** A score table whose 得分 cell OCR lost: the sum is short by the lost cell, not by a slip. */
  @Test
  void aScoreSumOverATableWithALostCellIsSilent() {
    Report lost = report().readByOcr().score("99.5", "优")
        .indicator("预算执行率", "100%", "100%", "10", "9.5")
        .indicator("资金使用规范性", "规范", "规范", "5", null)
        .indicator("服务对象满意度", "≥95%", "96%", "85", "85").build();
    assertEquals(List.of(), of(audit(lost), "SCORE_SUM_MISMATCH"));
    Report whole = report().readByOcr().score("99.5", "优")
        .indicator("预算执行率", "100%", "100%", "10", "9.5")
        .indicator("资金使用规范性", "规范", "规范", "5", "3")
        .indicator("服务对象满意度", "≥95%", "96%", "85", "85").build();
    List<Finding> kept = of(audit(whole), "SCORE_SUM_MISMATCH");
    assertEquals(1, kept.size(), TestReports.describe(audit(whole)));
    assertEquals(Severity.WARNING, kept.get(0).severity());
    assertTrue(kept.get(0).message().contains("OCR"), kept.get(0).message());
  }

  /** Prose score categories read by OCR: a lost heading cannot be seen, so no sum is checked. */
  @Test
  void maximaOfProseScoreItemsReadByOcrAreNotSummed() {
    Report ocr = report().readByOcr().score("92", "优")
        .item("预算管理", "15", "14").item("资产管理", "10", "9").item("职责履行", "25", "24")
        .item("履职效益", "20", "19").build();
    assertEquals(List.of(), of(audit(ocr), "MAX_SUM_NOT_100"));
    Report text = report().score("92", "优")
        .item("预算管理", "15", "14").item("资产管理", "10", "9").item("职责履行", "25", "24")
        .item("履职效益", "20", "19").build();
    assertEquals(1, of(audit(text), "MAX_SUM_NOT_100").size(), TestReports.describe(audit(text)));
  }

  /** 执行率100% read as 1009%: no figure of the row gives 1009, so the rate is taken as misread. */
  @Test
  void aDeclaredRateThatNoFigureOfItsRowGivesIsSilent() {
    Report ocr = report().readByOcr()
        .row("养老保险财政补助资金", "7000", null, "7000", "1009", "万元").build();
    assertEquals(List.of(), of(audit(ocr), "EXEC_RATE_MISMATCH"));
    assertEquals(List.of(), of(audit(ocr), "EXEC_RATE_OVER_100"));
    Report text = report().row("养老保险财政补助资金", "7000", null, "7000", "1009", "万元").build();
    assertEquals(1, of(audit(text), "EXEC_RATE_MISMATCH").size());
  }

  /** 002's 196.62 % is actual ÷ initial budget: its figures give it, so it stands on a scan too. */
  @Test
  void aDeclaredRateThatAnotherDenominatorGivesStands() {
    Report ocr = report().readByOcr()
        .row("其中：基本支出", "453.39", "891.47", "891.47", "196.62", "万元").build();
    List<Finding> f = of(audit(ocr), "EXEC_RATE_MISMATCH");
    assertEquals(1, f.size());
    assertEquals(Severity.WARNING, f.get(0).severity());
    assertTrue(f.get(0).message().contains("OCR"));
  }

  /** 占比1.82% read as 1.829%: dropping one digit gives what the figures give. */
  @Test
  void aShareThatOneMisreadDigitExplainsIsSilent() {
    Report ocr = report().readByOcr().ratio("share", "基本支出", amt("基本支出", "573.44", "万元"),
        amt("一般公共预算拨款收入", "31536.34", "万元"), null, "1.829").build();
    assertEquals(List.of(), of(audit(ocr), "PERCENT_MISMATCH"));
    Report far = report().readByOcr().ratio("share", "基本支出", amt("基本支出", "573.44", "万元"),
        amt("一般公共预算拨款收入", "31536.34", "万元"), null, "2.5").build();
    assertEquals(1, of(audit(far), "PERCENT_MISMATCH").size(), "2.5 is no single misreading of 1.82");
    Report text = report().ratio("share", "基本支出", amt("基本支出", "573.44", "万元"),
        amt("一般公共预算拨款收入", "31536.34", "万元"), null, "1.829").build();
    assertEquals(1, of(audit(text), "PERCENT_MISMATCH").size());
  }

  /** ≥95% read as 295%: one character less and 94.9 no longer misses a full-score target. */
  @Test
  void aTargetThatOneMisreadCharacterExplainsIsSilent() {
    Report ocr = report().readByOcr()
        .indicator("服务对象满意度", "服务对象满意度", "服务对象的满意度", "≥295%", "94.9%", "10", "10", null)
        .build();
    assertEquals(List.of(), of(audit(ocr), "FULL_SCORE_TARGET_MISSED"));
    Report text = report()
        .indicator("服务对象满意度", "服务对象满意度", "服务对象的满意度", "≥295%", "94.9%", "10", "10", null)
        .build();
    assertEquals(1, of(audit(text), "FULL_SCORE_TARGET_MISSED").size());
  }

  @Test
  void oneMisreadingDropsAddsChangesDigitsAndMovesThePoint() {
    List<BigDecimal> v = OcrReadings.oneMisreading(new BigDecimal("1009"));
    assertTrue(v.contains(new BigDecimal("100")) && v.contains(new BigDecimal("109")));
    assertTrue(v.contains(new BigDecimal("10.09")) && v.contains(new BigDecimal("1008")));
    assertTrue(v.contains(new BigDecimal("10099")));
    assertTrue(!v.contains(new BigDecimal("1009")) && !v.contains(new BigDecimal("10")));
    List<BigDecimal> p = OcrReadings.oneMisreading(new BigDecimal("1.829"));
    assertTrue(p.contains(new BigDecimal("1.82")) && p.contains(new BigDecimal("1829")));
    assertEquals(new BigDecimal("1.82").scale(),
        p.get(p.indexOf(new BigDecimal("1.82"))).scale(), "the shown precision is the reading's");
  }
}
