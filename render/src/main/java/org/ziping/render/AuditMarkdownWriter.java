package org.ziping.render;

import java.util.Map;
import org.ziping.report.Decimals;
import org.ziping.report.ErrorEntry;
import org.ziping.report.Evidence;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;

/** The findings of a batch as Markdown: the summary table, then one section per report. */
public final class AuditMarkdownWriter {
  private final Lang lang;

  public AuditMarkdownWriter(Lang lang) {
    this.lang = lang;
  }

  public String write(AuditedBatch batch) {
    StringBuilder sb = new StringBuilder("# ").append(lang.t("audit.title"))
        .append("\n\n").append(batch.summary(lang)).append("\n\n");
    sb.append("| ").append(String.join(" | ", SummaryColumns.headers(lang))).append(" |\n");
    sb.append("|---".repeat(SummaryColumns.headers(lang).size())).append("|\n");
    for (AuditedBatch.Row row : batch.rows()) {
      sb.append("| ").append(String.join(" | ", SummaryColumns.cells(row, lang).stream().map(AuditMarkdownWriter::md).toList()))
          .append(" |\n");
    }
    for (ExtractedDocument d : batch.documents()) {
      for (AuditedBatch.Row row : batch.rows(d)) {
        sb.append("\n## ").append(md(row.file())).append(" · ").append(lang.t("audit.reportNo")).append(row.index() + 1)
            .append(lang.t("audit.colon")).append(md(row.name(lang))).append("\n\n");
        if (row.findings().isEmpty()) {
          sb.append(lang.t("audit.noFindings")).append('\n');
        }
        for (Finding f : row.findings()) {
          sb.append("- **").append(f.severity() == null ? "" : f.severity().json()).append("** `")
              .append(f.rule()).append("` ").append(md(f.message()))
              .append(" (id ").append(f.id()).append(")\n");
          for (Evidence e : f.evidence()) {
            String loc = Locations.describe(e.location(), lang);
            sb.append("  - ").append(md(e.label())).append(e.value() == null ? "" : " = " + Decimals.shown(e.value()))
                .append(e.text() == null ? "" : lang.t("audit.quoteOpen") + md(QuotedText.oneLine(e.text())) + lang.t("audit.quoteClose"))
                .append(loc.isEmpty() ? "" : lang.t("audit.inParens", loc)).append('\n');
          }
        }
      }
      for (ErrorEntry e : d.errors()) {
        sb.append("\n> ").append(lang.t("severity.error")).append(lang.t("audit.openParen")).append(md(e.stage()))
            .append(lang.t("audit.closeParenColon")).append(md(e.message())).append('\n');
      }
    }
    return sb.toString();
  }

  private static String md(String s) {
    return s == null ? "" : s.replace("|", "\\|").replace("\n", " ").replace("<", "&lt;");
  }
}
