package org.ziping.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.report.Evidence;
import org.ziping.report.Finding;
import org.ziping.report.Location;
import org.ziping.report.Severity;

class OcrSeverityCapTest {
  private static Evidence ev(String value, boolean ocr) {
    return new Evidence("基本支出 · 执行率", new BigDecimal(value), "196.62%",
        new Location(10, 17, 9, 0, 4, 5, ocr ? Boolean.TRUE : null));
  }

  @Test
  void anErrorOnAFigureReadByOcrIsAWarningThatSaysSo() {
    Finding f = new Finding("a1", "EXEC_RATE_MISMATCH", Severity.ERROR, "执行率196.62%与重算100.00%不一致",
        List.of(ev("891.47", false), ev("196.62", true)));
    Finding c = OcrSeverityCap.apply(List.of(f)).get(0);
    assertEquals(Severity.WARNING, c.severity());
    assertEquals("a1", c.id());
    assertTrue(c.message().startsWith(f.message()) && c.message().contains("OCR"), c.message());
    assertEquals(f.evidence(), c.evidence());
  }

  @Test
  void errorsOnTextLayerFiguresStayAndOtherSeveritiesOnOcrSaySo() {
    Finding text = new Finding("b", "EXEC_RATE_MISMATCH", Severity.ERROR, "m", List.of(ev("1", false)));
    Finding info = new Finding("c", "PERCENT_MISMATCH", Severity.INFO, "m", List.of(ev("1", true)));
    Finding textInfo = new Finding("d", "PERCENT_MISMATCH", Severity.INFO, "m", List.of(ev("1", false)));
    List<Finding> out = OcrSeverityCap.apply(List.of(text, info, textInfo));
    assertSame(text, out.get(0));
    assertEquals(Severity.INFO, out.get(1).severity());
    assertEquals("m" + OcrSeverityCap.NOTE_KEPT, out.get(1).message());
    assertEquals("c", out.get(1).id());
    assertSame(textInfo, out.get(2));
  }

  @Test
  void theAuditorAppliesTheCapAfterTheRules() {
    AuditRule alwaysError = new AuditRule() {
      @Override
      public String id() {
        return "TEST_RULE";
      }

      @Override
      public List<Finding> check(org.ziping.report.Report r, AuditContext ctx) {
        return List.of(new Finding("x", id(), Severity.ERROR, "m", List.of(ev("2", true))));
      }
    };
    var r = new Auditor(List.of(alwaysError)).audit(AuditorTest.seed002Like(), TestReports.CTX,
        new java.util.ArrayList<>());
    assertEquals(Severity.WARNING, r.findings().get(0).severity());
  }
}
