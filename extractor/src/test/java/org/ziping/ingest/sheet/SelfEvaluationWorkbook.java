package org.ziping.ingest.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a small 项目支出绩效自评表 workbook (figures made up for the test) in the layout such
 * forms use, with what a spreadsheet adds to it:
 *
 * <ul>
 *   <li>sheet "自评表": a title row merged across the table (A1:H1); merged label cells (B2:H2,
 *       B3:D3, F3:H3, the vertical A4:A6 项目资金（万元） and A8:A9 产出指标);
 *   <li>the declared execution rate G5 is 0.9662 formatted {@code 0.00%} (shown 96.62%) while
 *       240 ÷ 250 = 96.00%: a real mismatch;
 *   <li>completion values E9 and E11 are 0.98 and 0.97 formatted {@code 0%};
 *   <li>the totals F13 and G13 are formulas with cached values (100 and 95.6); F14 is a formula
 *       {@code 2*3} whose cached value is 5, so a reader that evaluates would show 6;
 *   <li>row 10 is hidden (a fill-in helper line);
 *   <li>the date B15 is formatted {@code yyyy"年"m"月"d"日"};
 *   <li>a hidden sheet "选项" holding a drop-down list (是 / 否), and an empty third sheet.
 * </ul>
 */
final class SelfEvaluationWorkbook {
  private SelfEvaluationWorkbook() {}

  static Path write(Path dir, boolean xlsx) throws IOException {
    Path file = dir.resolve(xlsx ? "project-self-evaluation.xlsx" : "project-self-evaluation.xls");
    try (Workbook wb = xlsx ? new XSSFWorkbook() : new HSSFWorkbook();
         OutputStream out = Files.newOutputStream(file)) {
      fill(wb);
      wb.write(out);
    }
    return file;
  }

  private static void fill(Workbook wb) {
    CellStyle percent2 = wb.createCellStyle();
    percent2.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
    CellStyle percent0 = wb.createCellStyle();
    percent0.setDataFormat(wb.createDataFormat().getFormat("0%"));
    CellStyle date = wb.createCellStyle();
    date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));

    Sheet s = wb.createSheet("自评表");
    text(s, 0, 0, "2024年度项目支出绩效自评表");
    s.addMergedRegion(CellRangeAddress.valueOf("A1:H1"));
    text(s, 1, 0, "项目名称");
    text(s, 1, 1, "困难群众临时救助经办补助");
    s.addMergedRegion(CellRangeAddress.valueOf("B2:H2"));
    text(s, 2, 0, "主管部门");
    text(s, 2, 1, "某市民政局");
    s.addMergedRegion(CellRangeAddress.valueOf("B3:D3"));
    text(s, 2, 4, "实施单位");
    text(s, 2, 5, "某区社会救助服务中心");
    s.addMergedRegion(CellRangeAddress.valueOf("F3:H3"));
    text(s, 3, 0, "项目资金（万元）");
    s.addMergedRegion(CellRangeAddress.valueOf("A4:A6"));
    row(s, 3, 2, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
    text(s, 4, 1, "年度资金总额");
    number(s, 4, 2, 200);
    number(s, 4, 3, 250);
    number(s, 4, 4, 240);
    number(s, 4, 5, 10);
    number(s, 4, 6, 0.9662).setCellStyle(percent2);
    number(s, 4, 7, 9.6);
    row(s, 5, 1, "其中：当年财政拨款");
    number(s, 5, 2, 200);
    number(s, 5, 3, 250);
    number(s, 5, 4, 240);
    row(s, 5, 5, "—", "—", "—");
    row(s, 6, 0, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
        "偏差原因分析及改进措施");
    text(s, 7, 0, "产出指标");
    s.addMergedRegion(CellRangeAddress.valueOf("A8:A9"));
    row(s, 7, 1, "数量指标", "临时救助人次", "≥1200人次", "1310人次");
    number(s, 7, 5, 30);
    number(s, 7, 6, 30);
    row(s, 8, 1, "时效指标", "救助金发放及时率", "100%");
    number(s, 8, 4, 0.98).setCellStyle(percent0);
    number(s, 8, 5, 20);
    number(s, 8, 6, 18);
    text(s, 8, 7, "个别乡镇上报材料迟延");
    row(s, 9, 0, "填报辅助行", "本行打印时隐藏");
    s.getRow(9).setZeroHeight(true);
    row(s, 10, 0, "效益指标", "社会效益指标", "困难对象救助覆盖率", "≥95%");
    number(s, 10, 4, 0.97).setCellStyle(percent0);
    number(s, 10, 5, 30);
    number(s, 10, 6, 28);
    row(s, 11, 0, "满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "93%");
    number(s, 11, 5, 10);
    number(s, 11, 6, 10);
    text(s, 12, 0, "总分");
    formula(s, 12, 5, "F5+SUM(F8:F12)", 100);
    formula(s, 12, 6, "H5+SUM(G8:G12)", 95.6);
    text(s, 13, 0, "复核");
    formula(s, 13, 5, "2*3", 5);
    text(s, 14, 0, "填报日期");
    Cell d = s.getRow(14).createCell(1);
    d.setCellValue(LocalDate.of(2025, 3, 18));
    d.setCellStyle(date);

    Sheet options = wb.createSheet("选项");
    text(options, 0, 0, "是");
    text(options, 1, 0, "否");
    wb.setSheetVisibility(wb.getSheetIndex(options), SheetVisibility.HIDDEN);
    wb.createSheet("Sheet3");
  }

  private static Cell cell(Sheet s, int r, int c) {
    Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
    return row.createCell(c);
  }

  private static void text(Sheet s, int r, int c, String v) {
    cell(s, r, c).setCellValue(v);
  }

  private static void row(Sheet s, int r, int c, String... values) {
    for (int i = 0; i < values.length; i++) {
      text(s, r, c + i, values[i]);
    }
  }

  private static Cell number(Sheet s, int r, int c, double v) {
    Cell cell = cell(s, r, c);
    cell.setCellValue(v);
    return cell;
  }

  /** A formula cell whose saved (cached) result is {@code cached}. */
  private static void formula(Sheet s, int r, int c, String f, double cached) {
    Cell cell = cell(s, r, c);
    cell.setCellFormula(f);
    cell.setCellValue(cached);
  }
}
