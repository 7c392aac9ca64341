package org.ziping.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.index.region.Region;

/** The group key of a report's files, their format labels and where they disagree. */
class ReportGroupsTest {

  static ReportSummary summary(String file, String unit, String title, String score, String exec,
                               List<String> rules) {
    return new ReportSummary(file + "-1", file, "sha", 1, file, title, unit,
        new Region("广东省", "湛江市", null, "440800"), 2024, "department", null,
        score == null ? null : new BigDecimal(score), null, null, null,
        exec == null ? null : new BigDecimal(exec), null, null, null, rules,
        new ReportSummary.FindingCounts(0, 0, 0, 0), List.of());
  }

  @Test
  void filesOfOneReportShareAKeyAndOtherReportsDoNot() {
    ReportSummary docx = summary("a/x.docx", "湛江市社会保险基金管理局", "2024年度 部门整体支出绩效自评报告",
        "98", "100.00", List.of());
    ReportSummary pdf = summary("a/x.chromium.pdf", "湛江市社会保险基金管理局",
        "2024年度部门整体支出绩效自评报告", "98.0", "99.50", List.of("EXEC_RATE_MISMATCH"));
    ReportSummary other = summary("a/y.pdf", "湛江市社会保险基金管理局", "2024年度部门整体支出绩效自评报告",
        "95", "100.00", List.of());
    assertEquals(ReportGroups.key(docx), ReportGroups.key(pdf), "white space and 98 = 98.0");
    assertNotEquals(ReportGroups.key(docx), ReportGroups.key(other), "another score");
    ReportSummary nameless = summary("a/z.txt", null, null, "98", null, List.of());
    assertEquals("id:a/z.txt-1", ReportGroups.key(nameless));

    assertEquals("docx", SearchResult.Format.of(docx).format());
    assertEquals("chromium.pdf", SearchResult.Format.of(pdf).format());
    List<ReportGroups.Disagreement> d = ReportGroups.disagreements(List.of(docx, pdf));
    assertEquals(List.of("execRate", "rules"), d.stream().map(ReportGroups.Disagreement::field)
        .toList());
    assertEquals("100.00", d.get(0).values().get("docx"));
    assertEquals("99.50", d.get(0).values().get("chromium.pdf"));
    assertEquals(List.of(), ReportGroups.disagreements(List.of(docx)));
  }
}
