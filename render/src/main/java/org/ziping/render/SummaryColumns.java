package org.ziping.render;

import java.util.List;

/**
 * The columns of the per-report summary every audit output shows (Markdown and HTML tables, the
 * reports sheet of the workbook): file, report, unit, year, kind, self-score, execution rate, and
 * the counts by severity.
 */
final class SummaryColumns {
  private SummaryColumns() {}

  static List<String> headers(Lang lang) {
    return List.of(lang.t("audit.col.file"), lang.t("audit.col.report"), lang.t("audit.col.unit"),
        lang.t("audit.col.year"), lang.t("audit.col.kind"), lang.t("audit.col.score"),
        lang.t("audit.col.execRate"), lang.t("severity.error"), lang.t("severity.warning"),
        lang.t("severity.info"));
  }

  static List<String> cells(AuditedBatch.Row row, Lang lang) {
    var r = row.report();
    return List.of(row.file(), row.name(lang), r.unit() == null ? "" : r.unit(),
        r.year() == null ? "" : r.year().toString(), MessageCatalogue.kindName(r.kind(), lang), row.score(),
        row.executionRate() == null ? "" : row.executionRate().toPlainString() + "%",
        String.valueOf(row.counts().get("error")), String.valueOf(row.counts().get("warning")),
        String.valueOf(row.counts().get("info")));
  }
}
