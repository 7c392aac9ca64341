package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.report.DisclosureTable;
import org.ziping.report.Evidence;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;
import org.ziping.report.Report;
import org.ziping.report.Severity;

/**
 * Disclosure tables published as workbook sheets (figures made up for the test): a 支出预算总表 and a
 * “三公”经费预算表, each on its own sheet with its caption merged across the first row, 单位 in the
 * second, a two-level header of merged cells and figures as numeric cells shown with two decimals.
 * They are typed as the PDF and web-page tables are, the clean workbook raises nothing, and a
 * changed figure is found with its sheet and cell.
 */
class DisclosureWorkbookTest {
  @TempDir Path work;

  private Path write(String basic2130104) throws Exception {
    Path f = work.resolve("部门预算公开表.xlsx");
    try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
      CellStyle money = wb.createCellStyle();
      money.setDataFormat(wb.createDataFormat().getFormat("0.00"));
      Sheet s = wb.createSheet("支出总表");
      text(s, 0, 0, "青禾县农业农村局2025年部门支出预算总表");
      s.addMergedRegion(CellRangeAddress.valueOf("A1:E1"));
      text(s, 1, 0, "单位：万元");
      text(s, 2, 0, "项目");
      s.addMergedRegion(CellRangeAddress.valueOf("A3:B3"));
      text(s, 2, 2, "支出预算");
      s.addMergedRegion(CellRangeAddress.valueOf("C3:E3"));
      String[] head = {"科目编码", "科目名称", "合计", "基本支出", "项目支出"};
      for (int c = 0; c < head.length; c++) {
        text(s, 3, c, head[c]);
      }
      Object[][] rows = {
          {"213", "农林水支出", 1000, 600, 400},
          {"21301", "农业农村", 1000, 600, 400},
          {"2130101", "行政运行", 400, 400, 0},
          {"2130104", "事业运行", 250, Double.parseDouble(basic2130104), 50},
          {"2130199", "其他农业农村支出", 350, 0, 350},
          {"221", "住房保障支出", 80, 80, 0},
          {"22102", "住房改革支出", 80, 80, 0},
          {"2210201", "住房公积金", 80, 80, 0},
          {"合计", null, 1080, 680, 400}};
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < 5; c++) {
          Object v = rows[r][c];
          if (v instanceof String t) {
            text(s, 4 + r, c, t);
          } else if (v instanceof Number n) {
            Row row = s.getRow(4 + r) == null ? s.createRow(4 + r) : s.getRow(4 + r);
            var cell = row.createCell(c);
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(money);
          }
        }
      }
      s.addMergedRegion(CellRangeAddress.valueOf("A13:B13"));
      Sheet t = wb.createSheet("三公经费");
      text(t, 0, 0, "青禾县农业农村局2025年部门“三公”经费预算表");
      t.addMergedRegion(CellRangeAddress.valueOf("A1:F1"));
      text(t, 1, 0, "单位：万元");
      text(t, 2, 0, "合计");
      t.addMergedRegion(CellRangeAddress.valueOf("A3:A4"));
      text(t, 2, 1, "因公出国（境）费");
      t.addMergedRegion(CellRangeAddress.valueOf("B3:B4"));
      text(t, 2, 2, "公务接待费");
      t.addMergedRegion(CellRangeAddress.valueOf("C3:C4"));
      text(t, 2, 3, "公务用车购置及运行费");
      t.addMergedRegion(CellRangeAddress.valueOf("D3:F3"));
      text(t, 3, 3, "小计");
      text(t, 3, 4, "购置费");
      text(t, 3, 5, "运行费");
      double[] three = {53, 3, 5, 45, 0, 45};
      Row r5 = t.createRow(4);
      for (int c = 0; c < three.length; c++) {
        var cell = r5.createCell(c);
        cell.setCellValue(three[c]);
        cell.setCellStyle(money);
      }
      wb.write(out);
    }
    return f;
  }

  private static void text(Sheet s, int r, int c, String v) {
    Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
    row.createCell(c).setCellValue(v);
  }

  private static Report report(Path f) {
    ExtractedDocument d = new StandardExtraction().extract(f);
    return d.reports().get(0);
  }

  @Test
  void sheetsAreTypedAndTheCleanWorkbookIsSilent() throws Exception {
    Report r = report(write("200"));
    List<String> types = r.disclosureTables().stream().map(DisclosureTable::type).toList();
    assertEquals(List.of("expenditure", "three-public"), types, r.disclosureTables().toString());
    DisclosureTable exp = r.disclosureTables().get(0);
    assertEquals("万元", exp.unit());
    assertEquals(List.of("total", "basic", "project"),
        exp.columns().stream().map(DisclosureTable.Column::role).toList());
    List<Finding> disclosure = r.findings().stream().filter(f -> f.rule().startsWith("DISCLOSURE")).toList();
    assertTrue(disclosure.isEmpty(), disclosure.toString());
  }

  @Test
  void aChangedCellIsFoundWithItsSheetAndCell() throws Exception {
    Report r = report(write("210"));
    Finding f = r.findings().stream().filter(x -> x.rule().equals("DISCLOSURE_COLUMN_SUM"))
        .findFirst().orElseThrow(() -> new AssertionError(r.findings().toString()));
    assertEquals(Severity.ERROR, f.severity());
    Evidence basic = f.evidence().stream().filter(e -> e.label().contains("基本支出")).findFirst().orElseThrow();
    assertNotNull(basic.location());
    assertEquals("支出总表", basic.location().sheet());
    assertEquals("D8", basic.location().cell());
  }
}
