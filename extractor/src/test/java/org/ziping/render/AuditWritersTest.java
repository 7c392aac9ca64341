package org.ziping.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziping.audit.TestReports.amt;
import static org.ziping.audit.TestReports.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.audit.Auditor;
import org.ziping.report.ReportJson;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Location;
import org.ziping.report.SourceRef;

/** The audit writers of the render layer on a small batch: JSON, Markdown, HTML (zh, en), locations. */
class AuditWritersTest {

  static AuditedBatch batch() {
    ExtractedDocument a = new ExtractedDocument(1, new SourceRef("corpus/<a>&b.txt", "txt", "abc", null),
        List.of(report().year(2024).score("99", "优")
            .amount("2024年年初支出预算数", "34817.01", "万元").amount("2024年支出决算数", "9137.21", "万元")
            .breakdown("政府采购预算", amt("政府采购预算<script>", "4.98", "万元"), amt("货物", "2.08", "万元"),
                amt("服务", "2.09", "万元"))
            .build(),
            report().score("85", "良").build()),
        List.of());
    ExtractedDocument b = new ExtractedDocument(1, new SourceRef("corpus/b.pdf", "pdf", "def", 3), List.of(), List.of());
    Auditor auditor = new Auditor();
    return AuditedBatch.of(List.of(auditor.audit(a), auditor.audit(b)));
  }

  @Test
  void summaryLineCountsFilesReportsAndSeverities() {
    assertEquals("audit: 2 files, 2 reports, findings: 1 error, 1 warning, 0 info", batch().summaryLine());
    assertEquals("2个文件，2份报告；发现：错误 1，警告 1，提示 0", batch().summary(Lang.ZH));
  }

  @Test
  void htmlIsSelfContainedEscapedAndChineseFirst() {
    String html = new AuditHtmlWriter(Lang.ZH).write(batch());
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<html lang=\"zh-CN\">"));
    assertFalse(html.contains("<script"), "evidence text must be escaped");
    assertTrue(html.contains("&lt;script&gt;"));
    assertTrue(html.contains("corpus/&lt;a&gt;&amp;b.txt"));
    assertFalse(html.matches("(?s).*(src=|href=\"http|@import|url\\().*"), "no external resources");
    assertTrue(html.contains("26.24%"), "overall execution rate in the summary table");
    assertTrue(html.contains("PART_SUM_MISMATCH") && html.contains("LOW_EXECUTION_HIGH_SCORE"));
    assertTrue(html.contains("<th>整体执行率</th>") && html.contains("分项之和与合计不符")
        && html.contains(">错误</span>"), "Chinese words");
    assertTrue(html.contains(Style.CSS), "the one style sheet");
  }

  @Test
  void htmlInEnglishOnRequest() {
    String html = new AuditHtmlWriter(Lang.EN).write(batch());
    assertTrue(html.contains("<html lang=\"en\">"));
    assertTrue(html.contains("<th>execution rate</th>") && html.contains("parts do not add up to the total"));
    assertFalse(html.contains("<th>整体执行率</th>"));
  }

  @Test
  void jsonGroupsFindingsByFileAndReport() throws Exception {
    JsonNode root = ReportJson.mapper().readTree(new AuditJsonWriter().write(batch()));
    assertEquals(2, root.get("totals").get("files").asInt());
    JsonNode r0 = root.get("files").get(0).get("reports").get(0);
    assertEquals(1, r0.get("counts").get("error").asInt());
    assertEquals("PART_SUM_MISMATCH", r0.get("findings").get(0).get("rule").asText());
    assertEquals("26.24", r0.get("executionRate").decimalValue().toPlainString());
  }

  @Test
  void markdownHasTableAndSections() {
    String md = new AuditMarkdownWriter(Lang.ZH).write(batch());
    assertTrue(md.contains("| 文件 | 报告 |"));
    assertTrue(md.contains("**error** `PART_SUM_MISMATCH`"));
    assertTrue(md.contains("无发现。"));
  }

  @Test
  void locationsReadAsAPersonLooksForThem() {
    assertEquals("第3页，表1 第2行 第3列（字符 10–20）", Locations.describe(new Location(10, 20, 3, 0, 1, 2), Lang.ZH));
    assertEquals("page 3, table 1 row 2 col 3 (chars 10–20)", Locations.describe(new Location(10, 20, 3, 0, 1, 2), Lang.EN));
    assertEquals("字符 5–9", Locations.describe(Location.of(5, 9, null), Lang.ZH));
    assertEquals("工作表 自评表!G5，表1 第4行 第7列（字符 151–157）",
        Locations.describe(new Location(151, 157, null, 0, 3, 6, "自评表", "G5"), Lang.ZH));
    assertEquals("", Locations.describe(null, Lang.ZH));
  }

  @Test
  void findingHtmlLinksItsLocationsWhenAsked() {
    var f = batch().rows().get(0).findings().get(0);
    String html = FindingHtml.of(f, Lang.ZH, e -> "/source?x=1&y=2");
    assertTrue(html.contains("href=\"/source?x=1&amp;y=2\""), html);
    assertFalse(FindingHtml.of(f, Lang.ZH).contains("href="));
  }
}
