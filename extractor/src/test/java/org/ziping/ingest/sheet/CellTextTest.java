package org.ziping.ingest.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What a person sees in a cell, never evaluating a formula. */
class CellTextTest {
  private final CellText text = new CellText();

  private static Cell cell(Workbook wb, String format) {
    Sheet s = wb.getNumberOfSheets() == 0 ? wb.createSheet() : wb.getSheetAt(0);
    Cell c = s.createRow(s.getPhysicalNumberOfRows()).createCell(0);
    if (format != null) {
      CellStyle st = wb.createCellStyle();
      st.setDataFormat(wb.createDataFormat().getFormat(format));
      c.setCellStyle(st);
    }
    return c;
  }

  @Test
  void numbersReadAsShownOrWithAllDigits() throws Exception {
    try (Workbook wb = new XSSFWorkbook()) {
      Cell pct = cell(wb, "0.00%");
      pct.setCellValue(0.9662);
      assertEquals("96.62%", text.of(pct));
      Cell thousands = cell(wb, "#,##0.00");
      thousands.setCellValue(17697.5);
      assertEquals("17,697.50", text.of(thousands));
      // General: every digit, not cut to a column width
      Cell general = cell(wb, null);
      general.setCellValue(176975384.52);
      assertEquals("176975384.52", text.of(general));
      Cell whole = cell(wb, null);
      whole.setCellValue(100);
      assertEquals("100", text.of(whole));
    }
  }

  @Test
  void datesAsShownWithChineseLiterals() throws Exception {
    double serial = org.apache.poi.ss.usermodel.DateUtil.getExcelDate(
        LocalDate.of(2024, 9, 5).atStartOfDay());
    try (Workbook wb = new XSSFWorkbook()) {
      Cell quoted = cell(wb, "yyyy\"年\"m\"月\"d\"日\"");
      quoted.setCellValue(serial);
      assertEquals("2024年9月5日", text.of(quoted));
      Cell dbnum = cell(wb, "[DBNum1][$-804]yyyy\"年\"m\"月\"");
      dbnum.setCellValue(serial);
      assertEquals("2024年9月", text.of(dbnum));
      Cell iso = cell(wb, "yyyy-mm-dd");
      iso.setCellValue(serial);
      assertEquals("2024-09-05", text.of(iso));
      Cell shortDate = cell(wb, "m/d/yy");
      shortDate.setCellValue(serial);
      assertEquals("2024/9/5", text.of(shortDate));
    }
  }

  @Test
  void formulasGiveTheirCachedValueNeverAnEvaluation() throws Exception {
    try (Workbook wb = new XSSFWorkbook()) {
      Cell f = cell(wb, null);
      f.setCellFormula("2*3");
      f.setCellValue(5);
      assertEquals("5", text.of(f));
      Cell rate = cell(wb, "0.00%");
      rate.setCellFormula("1/4");
      rate.setCellValue(0.25);
      assertEquals("25.00%", text.of(rate));
      Cell s = cell(wb, null);
      s.setCellFormula("\"a\"&\"b\"");
      s.setCellValue("合计");
      assertEquals("合计", text.of(s));
      Cell err = cell(wb, null);
      err.setCellErrorValue(FormulaError.DIV0.getCode());
      assertEquals("#DIV/0!", text.of(err));
    }
  }

  @Test
  void textIsTrimmedLineBreaksKept() throws Exception {
    try (Workbook wb = new XSSFWorkbook()) {
      Cell c = cell(wb, null);
      c.setCellValue("\u3000偏差原因：\r\n  人员调整 \n\n");
      assertEquals("偏差原因：\n人员调整", text.of(c));
      assertEquals("", text.of(null));
    }
  }
}
