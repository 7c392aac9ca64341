package org.ziping.ingest.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.pipeline.StandardExtraction;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;

/**
 * Figures on different sheets of a workbook belong to different forms (one project per sheet) and
 * are never compared as one quantity; on one sheet they are. Each sheet below holds a project's
 * 2024 final-accounts total, in 亿元 on one and a disagreeing figure in 万元 on the other.
 */
class SheetsAreSeparateFormsTest {
  @TempDir
  Path dir;

  private Path workbook(String name, boolean oneSheet) throws Exception {
    Path file = dir.resolve(name);
    try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet a = wb.createSheet("项目甲");
      a.createRow(0).createCell(0).setCellValue("2024年基金支出决算共计313.53亿元。");
      Sheet b = oneSheet ? a : wb.createSheet("项目乙");
      b.createRow(oneSheet ? 1 : 0).createCell(0).setCellValue("2024年基金支出决算合计3153300万元。");
      wb.write(out);
    }
    return file;
  }

  private static List<Finding> findings(ExtractedDocument d) {
    return d.reports().stream().flatMap(r -> r.findings().stream()).toList();
  }

  @Test
  void figuresOnDifferentSheetsAreNotCompared() throws Exception {
    ExtractedDocument d = new StandardExtraction().extract(workbook("two-sheets.xlsx", false));
    assertEquals(List.of(), findings(d).stream().map(Finding::rule).toList());
  }

  @Test
  void figuresOnOneSheetAre() throws Exception {
    ExtractedDocument d = new StandardExtraction().extract(workbook("one-sheet.xlsx", true));
    List<Finding> f = findings(d);
    assertTrue(f.stream().anyMatch(x -> x.rule().equals("UNIT_CONVERSION_MISMATCH")), f.toString());
    assertEquals("项目甲", f.get(0).evidence().get(0).location().sheet());
  }
}
