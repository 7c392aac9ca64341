package org.ziping.index.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.index.ReportSummary;
import org.ziping.report.Evidence;
import org.ziping.report.EvidenceTable;
import org.ziping.report.Finding;
import org.ziping.report.Location;
import org.ziping.report.Report;
import org.ziping.report.Severity;

/**
 * The evidence view shows what the index stored (the report's text and its evidence tables),
 * not the source file read again: the file here holds other text than the stored report, and the
 * page quotes, marks and draws the stored one.
 */
class EvidenceViewTest {
  @TempDir Path dir;

  private static final int START = 100;
  private static final String TEXT = "预算执行情况\n项目\t预算数\n基本支出\t891.47\n以上为本年数据。";

  private ReportSummary summary(Path file) {
    return new ReportSummary("sha-1", file.toString(), "sha", 1, file.toString(), "t", "某某局",
        null, 2023, "department", null, null, null, null, null, null, null, null, null,
        List.of(), new ReportSummary.FindingCounts(1, 0, 0, 1), List.of());
  }

  private static Report report(List<Evidence> evidence, List<EvidenceTable> tables) {
    return Report.of(b -> {
      b.location = Location.of(START, START + TEXT.length(), null);
      b.text = TEXT;
      b.findings = List.of(
          new Finding("f", "EXEC_RATE_MISMATCH", Severity.ERROR, "执行率不符", evidence));
      b.evidenceTables = tables;
    });
  }

  @Test
  void quotesMarksAndDrawsTheStoredReportNotTheFileReadAgain() throws Exception {
    Path file = Files.writeString(dir.resolve("source.txt"), "另一份文件的文字，没有这些数字。");
    int at = START + TEXT.indexOf("891.47");
    Evidence cell = new Evidence("基本支出 · 预算数", new BigDecimal("891.47"), "基本支出\t891.47",
        new Location(at, at + 6, null, 0, 2, 1));
    EvidenceTable table = new EvidenceTable(0, 3, 2, List.of(
        new EvidenceTable.Cell(0, 0, null, 2, "预算执行情况"),
        new EvidenceTable.Cell(1, 0, null, null, "项目"),
        new EvidenceTable.Cell(1, 1, null, null, "预算数"),
        new EvidenceTable.Cell(2, 0, null, null, "基本支出"),
        new EvidenceTable.Cell(2, 1, null, null, "891.47")));
    String html = new EvidenceView(summary(file), report(List.of(cell), List.of(table)), 0, 0,
        Messages.EN).render();
    assertTrue(html.contains("<q>891.47</q>"), html);
    assertTrue(html.contains("<mark class=\"evidence\" id=\"evidence\">891.47</mark>"), html);
    assertTrue(html.contains("以上为本年数据。"), "the stored text around the mark: " + html);
    assertFalse(html.contains("另一份文件"), "the file is not read again: " + html);
    assertTrue(html.contains("<td colspan=\"2\">预算执行情况</td>"), html);
    assertTrue(html.contains(
        "<td class=\"evidence-cell\" id=\"evidence-cell\">891.47</td>"), html);
  }

  @Test
  void evidenceOutsideTheStoredTextIsQuotedFromItselfAndNotMarked() throws Exception {
    Path file = Files.writeString(dir.resolve("source.txt"), "x");
    Evidence before = new Evidence("合计", BigDecimal.TEN, "合计10万元",
        new Location(3, 7, null, null, null, null));
    String html = new EvidenceView(summary(file), report(List.of(before), List.of()), 0, 0,
        Messages.EN).render();
    assertTrue(html.contains("<q>合计10万元</q>"), html);
    assertFalse(html.contains("<mark"), html);
    assertFalse(html.contains("<table class=\"grid\""), "no table stored: " + html);
  }
}
