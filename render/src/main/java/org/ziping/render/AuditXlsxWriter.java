package org.ziping.render;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ziping.report.Evidence;
import org.ziping.report.Finding;
import org.ziping.report.Location;

/**
 * The findings of a batch as an Excel workbook (POI XSSF), for auditors who filter and annotate in
 * Excel. Sheet 1 (报告/reports): one row per report — file, report number, title, unit, year, kind,
 * declared score, grade, overall execution rate (%), counts by severity. Sheet 2 (发现/findings):
 * one row per piece of evidence of each finding (a finding without evidence gets one row) — file,
 * report number, unit, finding id, rule, rule name, severity, message, evidence label, value,
 * quoted text, page, cell (sheet!cell of a workbook, else table/row/column), character offsets.
 * Both sheets have an auto-filter over the header row and the header row frozen. Numbers are
 * numeric cells (scores, rates, values, page); text cells hold the text as extracted.
 */
public final class AuditXlsxWriter {
  private final Lang lang;

  public AuditXlsxWriter(Lang lang) {
    this.lang = lang;
  }

  /** The header of the reports sheet. */
  public List<String> reportColumns() {
    return List.of(lang.t("audit.col.file"), lang.t("audit.col.reportNo"), lang.t("audit.col.title"),
        lang.t("audit.col.unit"), lang.t("audit.col.year"), lang.t("audit.col.kind"),
        lang.t("audit.col.score"), lang.t("audit.col.grade"), lang.t("audit.col.execRatePercent"),
        lang.t("severity.error"), lang.t("severity.warning"), lang.t("severity.info"));
  }

  /** The header of the findings sheet. */
  public List<String> findingColumns() {
    return List.of(lang.t("audit.col.file"), lang.t("audit.col.reportNo"), lang.t("audit.col.unit"),
        lang.t("audit.col.findingId"), lang.t("audit.col.rule"), lang.t("audit.col.ruleName"),
        lang.t("audit.col.severity"), lang.t("audit.col.message"), lang.t("audit.col.evidence"),
        lang.t("audit.col.value"), lang.t("audit.col.evidenceText"), lang.t("audit.col.page"),
        lang.t("audit.col.cell"), lang.t("audit.col.chars"));
  }

  public void write(AuditedBatch batch, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle head = wb.createCellStyle();
      Font bold = wb.createFont();
      bold.setBold(true);
      head.setFont(bold);
      Sheet reports = wb.createSheet(lang.t("audit.sheet.reports"));
      Sheet findings = wb.createSheet(lang.t("audit.sheet.findings"));
      header(reports, reportColumns(), head);
      header(findings, findingColumns(), head);
      int rr = 1;
      int fr = 1;
      for (AuditedBatch.Row row : batch.rows()) {
        var r = row.report();
        Row x = reports.createRow(rr++);
        Cells c = new Cells(x);
        c.text(row.file()).number(row.index() + 1).text(r.title()).text(r.unit())
            .number(r.year() == null ? null : BigDecimal.valueOf(r.year()))
            .text(MessageCatalogue.kindName(r.kind(), lang))
            .number(r.score() == null ? null : r.score().declaredTotal())
            .text(r.score() == null ? null : r.score().grade()).number(row.executionRate())
            .number(row.counts().get("error")).number(row.counts().get("warning"))
            .number(row.counts().get("info"));
        for (Finding f : row.findings()) {
          List<Evidence> ev = f.evidence();
          for (int i = 0; i < Math.max(1, ev.size()); i++) {
            Evidence e = i < ev.size() ? ev.get(i) : null;
            Location l = e == null ? null : e.location();
            Cells y = new Cells(findings.createRow(fr++));
            y.text(row.file()).number(row.index() + 1).text(r.unit()).text(f.id()).text(f.rule())
                .text(MessageCatalogue.ruleName(f.rule(), lang)).text(MessageCatalogue.severityName(f.severity(), lang))
                .text(f.message()).text(e == null ? null : e.label())
                .number(e == null ? null : e.value()).text(e == null ? null : QuotedText.oneLine(e.text()))
                .number(l == null || l.page() == null ? null : BigDecimal.valueOf(l.page()))
                .text(cell(l)).text(l == null ? null : l.start() + "–" + l.end());
          }
        }
      }
      finish(reports, REPORT_WIDTHS, rr);
      finish(findings, FINDING_WIDTHS, fr);
      wb.write(out);
    }
  }

  /** "自评表!G5", else "表1 第5行 第2列", else null. */
  private String cell(Location l) {
    if (l == null) {
      return null;
    }
    String s = Locations.sheetCell(l);
    if (s != null) {
      return s;
    }
    String t = Locations.tableCell(l, lang);
    return t.isEmpty() ? null : t;
  }

  private static void header(Sheet s, List<String> names, CellStyle style) {
    Row h = s.createRow(0);
    for (int i = 0; i < names.size(); i++) {
      var c = h.createCell(i);
      c.setCellValue(names.get(i));
      c.setCellStyle(style);
    }
  }

  /** Column widths in characters, one per column of each sheet. */
  private static final int[] REPORT_WIDTHS = {44, 8, 36, 26, 7, 12, 9, 7, 11, 6, 6, 6};
  private static final int[] FINDING_WIDTHS = {44, 8, 26, 18, 26, 22, 8, 70, 26, 12, 50, 6, 18, 12};

  private static void finish(Sheet s, int[] widths, int rows) {
    s.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, widths.length - 1));
    s.createFreezePane(0, 1);
    for (int i = 0; i < widths.length; i++) {
      s.setColumnWidth(i, widths[i] * 256);
    }
  }

  /** Fills one row left to right. */
  private static final class Cells {
    private final Row row;
    private int col;

    Cells(Row row) {
      this.row = row;
    }

    Cells text(String s) {
      var c = row.createCell(col++);
      if (s != null) {
        c.setCellValue(s);
      }
      return this;
    }

    Cells number(BigDecimal v) {
      var c = row.createCell(col++);
      if (v != null) {
        c.setCellValue(v.doubleValue());
      }
      return this;
    }

    Cells number(int v) {
      row.createCell(col++).setCellValue(v);
      return this;
    }
  }
}
