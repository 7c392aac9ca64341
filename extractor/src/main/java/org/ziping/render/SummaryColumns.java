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
    return List.of(lang.t("文件", "file"), lang.t("报告", "report"), lang.t("单位", "unit"),
        lang.t("年度", "year"), lang.t("类型", "kind"), lang.t("自评得分", "self-score"),
        lang.t("整体执行率", "execution rate"), lang.t("错误", "error"), lang.t("警告", "warning"),
        lang.t("提示", "info"));
  }

  static List<String> cells(AuditedBatch.Row row, Lang lang) {
    var r = row.report();
    return List.of(row.file(), row.name(lang), r.unit() == null ? "" : r.unit(),
        r.year() == null ? "" : r.year().toString(), RuleNames.kind(r.kind(), lang), row.score(),
        row.executionRate() == null ? "" : row.executionRate().toPlainString() + "%",
        String.valueOf(row.counts().get("error")), String.valueOf(row.counts().get("warning")),
        String.valueOf(row.counts().get("info")));
  }
}
