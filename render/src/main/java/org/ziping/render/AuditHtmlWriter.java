package org.ziping.render;

import java.util.List;
import org.ziping.report.ErrorEntry;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;

/**
 * The findings of a batch as one self-contained HTML page (the one {@link Style} sheet inline, no
 * scripts, no external resources, every text escaped): the summary table (one row per report,
 * linking to its section) and, per report, each finding as {@link FindingHtml} shows it. Chinese
 * (zh-CN) by default; English words with {@link Lang#EN} (messages and quotes stay Chinese).
 */
public final class AuditHtmlWriter {
  private final Lang lang;

  public AuditHtmlWriter(Lang lang) {
    this.lang = lang;
  }

  public String write(AuditedBatch batch) {
    String title = lang.t("audit.title");
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"").append(lang.tag()).append("\"><head><meta charset=\"utf-8\"><title>")
        .append(HtmlText.escape(title)).append("</title>\n<style>").append(Style.CSS).append("</style></head><body>\n")
        .append("<div class=\"report\"><h1>").append(HtmlText.escape(title)).append("</h1>\n<p>")
        .append(HtmlText.escape(batch.summary(lang))).append("</p>\n<table class=\"summary\"><tr>");
    for (String h : SummaryColumns.headers(lang)) {
      sb.append("<th>").append(HtmlText.escape(h)).append("</th>");
    }
    sb.append("</tr>\n");
    List<AuditedBatch.Row> rows = batch.rows();
    for (int n = 0; n < rows.size(); n++) {
      List<String> cells = SummaryColumns.cells(rows.get(n), lang);
      sb.append("<tr>");
      for (int c = 0; c < cells.size(); c++) {
        String v = HtmlText.escape(cells.get(c));
        sb.append(c >= 5 ? "<td class=\"num\">" : "<td>")
            .append(c == 1 ? "<a href=\"#r" + n + "\">" + v + "</a>" : v).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n");
    int n = 0;
    for (ExtractedDocument d : batch.documents()) {
      for (AuditedBatch.Row row : batch.rows(d)) {
        sb.append("<h2 id=\"r").append(n++).append("\">").append(HtmlText.escape(row.file())).append(" · ")
            .append(lang.t("audit.reportNo")).append(row.index() + 1).append(lang.t("audit.colon"))
            .append(HtmlText.escape(row.name(lang))).append("</h2>\n");
        if (row.findings().isEmpty()) {
          sb.append("<p>").append(lang.t("audit.noFindings")).append("</p>\n");
        }
        for (Finding f : row.findings()) {
          sb.append(FindingHtml.of(f, lang));
        }
      }
      for (ErrorEntry e : d.errors()) {
        sb.append("<p class=\"failed\">").append(HtmlText.escape(e.warning() ? lang.t("severity.warning") : lang.t("severity.error")))
            .append(lang.t("audit.openParen")).append(HtmlText.escape(e.stage())).append(lang.t("audit.closeParenColon"))
            .append(HtmlText.escape(e.message())).append("</p>\n");
      }
    }
    return sb.append("</div></body></html>\n").toString();
  }
}
