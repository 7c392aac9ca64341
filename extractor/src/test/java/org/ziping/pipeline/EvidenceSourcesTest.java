package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.Cell;
import org.ziping.model.DocumentModel;
import org.ziping.model.SourceInfo;
import org.ziping.model.TableGrid;
import org.ziping.report.Evidence;
import org.ziping.report.EvidenceTable;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;
import org.ziping.report.Location;
import org.ziping.report.PageOccurrence;
import org.ziping.report.Report;
import org.ziping.report.Severity;

/** What the extraction stores of the document read so that the evidence can be shown again. */
class EvidenceSourcesTest {
  private static Block paragraph(int index, String text, int start, Integer page) {
    return new Block(index, BlockType.PARAGRAPH, text, start, start + text.length(), page, null,
        null, List.of(), null);
  }

  private static ExtractedDocument withFindings(Location... at) {
    List<Evidence> evidence = java.util.Arrays.stream(at)
        .map(l -> new Evidence("实际支出数", BigDecimal.ONE, null, l)).toList();
    Report r = Report.of(b -> b.findings = List.of(
        new Finding("f1", "EXEC_RATE_MISMATCH", Severity.ERROR, "m", evidence),
        new Finding("f2", "VALUE_CONFLICT", Severity.WARNING, "m", evidence)));
    return new ExtractedDocument(1, null, List.of(r), List.of());
  }

  @Test
  void aPdfFigureIsStoredWithItsOccurrenceOnItsPageOncePerLocation() {
    // page 1 states 100万元 twice, page 2 once; a location in white space names no figure
    String p1 = "年初预算100万元，实际支出100万元。";
    String p2 = "全年预算100万元。";
    String text = p1 + "\n" + p2 + "\n  ";
    int second = p1.lastIndexOf("100万元");
    int onPage2 = p1.length() + 1 + p2.indexOf("100万元");
    DocumentModel model = new DocumentModel(
        new SourceInfo("a.pdf", "pdf", "application/pdf", "00", 2, null), text,
        List.of(paragraph(0, p1, 0, 1), paragraph(1, p2, p1.length() + 1, 2)), List.of());
    int len = "100万元".length();
    Location secondOnPage1 = new Location(second, second + len, 1, null, null, null);
    Location firstOnPage2 = new Location(onPage2, onPage2 + len, 2, null, null, null);
    Location blank = new Location(text.length() - 2, text.length(), 2, null, null, null);
    Location outside = new Location(text.length(), text.length() + 4, 2, null, null, null);
    Report r = EvidenceSources.attach(
        withFindings(firstOnPage2, secondOnPage1, blank, outside, secondOnPage1), model)
        .reports().get(0);
    assertEquals(List.of(
        new PageOccurrence(second, second + len, 1, "100万元", 1, 2, 1, 2),
        new PageOccurrence(onPage2, onPage2 + len, 2, "100万元", 0, 1, 0, 1)), r.pageOccurrences());
    assertTrue(r.evidenceTables().isEmpty());
    assertTrue(r.pageOccurrences().get(0).at(secondOnPage1));
  }

  @Test
  void aCitedCellOfADocumentWithoutPagesStoresItsTableOnce() {
    String head = "项目\t预算数\t执行数";
    String row1 = "基本支出\t891.47\t891.47";
    String text = "说明\n" + head + "\n" + row1 + "\n合计（两栏合并）";
    int t0 = 3;
    int r1 = t0 + head.length() + 1;
    int total = r1 + row1.length() + 1;
    List<Cell> cells = List.of(
        new Cell(0, 0, 1, 1, "项目", t0, t0 + 2, null, List.of()),
        new Cell(0, 1, 1, 1, "预算数", t0 + 3, t0 + 6, null, List.of()),
        new Cell(0, 2, 1, 1, "执行数", t0 + 7, t0 + 10, null, List.of()),
        new Cell(1, 0, 1, 1, "基本支出", r1, r1 + 4, null, List.of()),
        new Cell(1, 1, 1, 1, "891.47", r1 + 5, r1 + 11, null, List.of()),
        new Cell(1, 2, 1, 1, "891.47", r1 + 12, r1 + 18, null, List.of()),
        new Cell(2, 0, 1, 3, "合计（两栏合并）", total, total + 8, null, List.of()));
    Block table = new Block(1, BlockType.TABLE, text.substring(t0), t0, text.length(), null, null,
        null, List.of(), new TableGrid(3, 3, cells));
    DocumentModel model = new DocumentModel(
        new SourceInfo("a.docx", "docx", "application/x", "00", null, null), text,
        List.of(paragraph(0, "说明", 0, null), table), List.of());
    Location budget = new Location(r1 + 5, r1 + 11, null, 0, 1, 1);
    Location spent = new Location(r1 + 12, r1 + 18, null, 0, 1, 2);
    Location noSuchTable = new Location(0, 2, null, 3, 0, 0);
    Report r = EvidenceSources.attach(withFindings(budget, spent, noSuchTable), model)
        .reports().get(0);
    assertTrue(r.pageOccurrences().isEmpty());
    assertEquals(1, r.evidenceTables().size());
    EvidenceTable t = r.evidenceTables().get(0);
    assertEquals(0, t.table());
    assertEquals(3, t.rows());
    assertEquals(3, t.cols());
    assertEquals(7, t.cells().size());
    assertEquals("891.47", t.cellAt(1, 2).text());
    EvidenceTable.Cell merged = t.cellAt(2, 2);
    assertEquals("合计（两栏合并）", merged.text());
    assertEquals(3, merged.colsCovered());
    assertEquals(null, t.cellAt(0, 0).colSpan(), "a span of 1 is left out of the JSON");
  }
}
