package org.ziping.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.ziping.parse.ReportParser;
import org.ziping.report.Amount;
import org.ziping.report.Report;
import org.ziping.testing.Docs;

class TextNormalizerTest {

  @Test
  void fullWidthFormsMapOneToOne() {
    String s = "（一）预算数１２３．４５万元，占　９８％";
    String n = TextNormalizer.normalize(s);
    assertEquals("(一)预算数123.45万元,占 98%", n);
    assertEquals(s.length(), n.length());
  }

  @Test
  void unchangedTextIsReturnedAsIs() {
    String s = "一、部门基本情况";
    assertSame(s, TextNormalizer.normalize(s));
  }

  @Test
  void circledDigits() {
    assertEquals(1, TextNormalizer.digitValue('①'));
    assertEquals(20, TextNormalizer.digitValue('⑳'));
    assertEquals(3, TextNormalizer.digitValue('⑶'));
    assertEquals(-1, TextNormalizer.digitValue('1'));
  }

  @Test
  void fullWidthFiguresParseAndPointIntoTheOriginalText() {
    DocumentModel d = Docs.of("一、预算情况\n本年度全年预算数为１，２００．５０万元。\n");
    Report r = new ReportParser().parse(d).get(0);
    Amount a = r.amounts().stream().filter(x -> x.value().compareTo(new BigDecimal("1200.50")) == 0)
        .findFirst().orElseThrow(() -> new AssertionError(r.amounts().toString()));
    assertEquals(new BigDecimal("12005000.00"), a.yuan().setScale(2));
    String quoted = d.text().substring(a.location().start(), a.location().end());
    assertEquals(true, quoted.startsWith("１，２００．５０"), quoted);
  }
}
