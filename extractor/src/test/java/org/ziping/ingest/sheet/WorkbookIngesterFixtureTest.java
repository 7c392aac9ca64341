package org.ziping.ingest.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestConfig;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.DocumentModel;
import org.ziping.model.SheetVisibility;
import org.ziping.model.TableGrid;
import org.ziping.pipeline.StandardExtraction;
import org.ziping.report.BudgetRow;
import org.ziping.report.DocumentKind;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;
import org.ziping.report.Report;
import org.ziping.testing.Grids;

/**
 * The 项目支出绩效自评表 workbook of {@link SelfEvaluationWorkbook}, written at test time as .xlsx
 * (XSSF) and .xls (HSSF): the same model from both, its grid pinned, and the report parsed and
 * audited from it.
 */
class WorkbookIngesterFixtureTest {
  @TempDir
  Path dir;

  private DocumentModel read(boolean xlsx) throws Exception {
    return DocumentReader.standard(IngestConfig.defaults())
        .read(SelfEvaluationWorkbook.write(dir, xlsx));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void sheetsBecomeHeadingsTitlesAndGrids(boolean xlsx) throws Exception {
    DocumentModel doc = read(xlsx);
    assertEquals(xlsx ? "xlsx" : "xls", doc.source().format());
    List<Block> blocks = doc.blocks();
    // 自评表: sheet heading, title heading, table; 选项 (hidden): sheet heading, two paragraphs;
    // Sheet3 is empty and gives nothing
    assertEquals(List.of(BlockType.HEADING, BlockType.HEADING, BlockType.TABLE, BlockType.HEADING,
        BlockType.PARAGRAPH, BlockType.PARAGRAPH), blocks.stream().map(Block::type).toList());
    assertEquals("自评表", blocks.get(0).text());
    assertEquals(1, blocks.get(0).headingLevel());
    assertEquals("2024年度项目支出绩效自评表", blocks.get(1).text());
    assertEquals(2, blocks.get(1).headingLevel());
    assertEquals("A1", blocks.get(1).sheet().cellRef(0, 0));

    Block table = blocks.get(2);
    assertEquals("自评表", table.sheet().sheet());
    assertEquals(SheetVisibility.VISIBLE, table.sheet().visibility());
    assertEquals("A2", table.sheet().cellRef(0, 0));
    TableGrid g = table.table();
    assertEquals(14, g.rows());
    assertEquals(8, g.cols());
    Grids.assertCell(g, 0, 1, 1, 7, "困难群众临时救助经办补助");
    Grids.assertCell(g, 1, 1, 1, 3, "某市民政局");
    Grids.assertCell(g, 1, 5, 1, 3, "某区社会救助服务中心");
    Grids.assertCell(g, 2, 0, 3, 1, "项目资金（万元）");
    Grids.assertCell(g, 3, 6, 1, 1, "96.62%");
    Grids.assertCell(g, 3, 7, 1, 1, "9.6");
    Grids.assertCell(g, 6, 0, 2, 1, "产出指标");
    Grids.assertCell(g, 7, 4, 1, 1, "98%");
    Grids.assertCell(g, 9, 4, 1, 1, "97%");
    Grids.assertCell(g, 11, 5, 1, 1, "100");
    Grids.assertCell(g, 11, 6, 1, 1, "95.6");
    Grids.assertCell(g, 12, 5, 1, 1, "5");
    Grids.assertCell(g, 13, 1, 1, 1, "2025年3月18日");
    Grids.assertCell(g, 8, 0, 1, 1, "填报辅助行");
    assertEquals(List.of(8), table.sheet().hiddenRows());
    assertEquals("G5", table.sheet().cellRef(3, 6));

    Block hidden = blocks.get(3);
    assertEquals("选项", hidden.text());
    assertEquals(SheetVisibility.HIDDEN, hidden.sheet().visibility());
    assertTrue(hidden.hints().contains("hidden-sheet"), hidden.hints().toString());
    assertEquals("A2", blocks.get(5).sheet().cellRef(0, 0));
    assertTrue(doc.warnings().stream().anyMatch(w -> w.contains("\"选项\" is hidden")),
        doc.warnings().toString());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.contains("row 10 is hidden")),
        doc.warnings().toString());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void etNameAndDamagedBytes(boolean xlsx) throws Exception {
    Path good = SelfEvaluationWorkbook.write(dir, xlsx);
    DocumentReader reader = DocumentReader.standard(IngestConfig.defaults());
    Path misnamed = dir.resolve("form.txt");
    java.nio.file.Files.copy(good, misnamed);
    assertEquals(xlsx ? "xlsx" : "xls", reader.read(misnamed).source().format());
    if (!xlsx) {
      // WPS Spreadsheets' .et is the same BIFF8 workbook: read by its content
      Path et = dir.resolve("form.et");
      java.nio.file.Files.copy(good, et);
      assertEquals(reader.read(good).text(), reader.read(et).text());
    }
    byte[] bytes = java.nio.file.Files.readAllBytes(good);
    Path bad = dir.resolve(xlsx ? "damaged.xlsx" : "damaged.xls");
    java.nio.file.Files.write(bad, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    org.ziping.ingest.IngestException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.ziping.ingest.IngestException.class, () -> reader.read(bad));
    assertTrue(e.getMessage().startsWith(bad + ": "), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void xlsAndXlsxGiveTheSameModel(boolean ignored) throws Exception {
    DocumentModel a = read(true);
    DocumentModel b = read(false);
    assertEquals(a.text(), b.text());
    assertEquals(a.blocks(), b.blocks());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void reportIsParsedAndAuditedWithSheetLocations(boolean xlsx) throws Exception {
    ExtractedDocument doc = new StandardExtraction().extract(SelfEvaluationWorkbook.write(dir, xlsx));
    assertEquals(1, doc.reports().size(), "one form, one report");
    Report r = doc.reports().get(0);
    assertEquals(DocumentKind.PROJECT, r.kind());
    assertEquals(2024, r.year());
    BudgetRow total = r.budgetRows().stream()
        .filter(b -> b.label() != null && b.label().contains("年度资金总额")).findFirst()
        .orElseThrow(() -> new AssertionError(r.budgetRows().toString()));
    assertEquals(0, total.declaredRate().compareTo(new BigDecimal("96.62")));
    assertEquals(0, total.fullYearBudget().compareTo(new BigDecimal("250")));
    assertEquals("万元", total.unit());
    assertEquals(List.of("临时救助人次", "救助金发放及时率", "困难对象救助覆盖率", "救助对象满意度"),
        r.indicators().stream().map(i -> i.level3()).toList());
    assertEquals("98%", r.indicators().get(1).actual());
    assertEquals(0, r.score().declaredTotal().compareTo(new BigDecimal("95.6")));
    List<String> rules = r.findings().stream().map(Finding::rule).toList();
    assertTrue(rules.contains("EXEC_RATE_MISMATCH"), rules.toString());
    assertFalse(rules.contains("SCORE_SUM_MISMATCH") || rules.contains("MAX_SUM_NOT_100"),
        r.findings().toString());
    Finding f = r.findings().stream().filter(x -> x.rule().equals("EXEC_RATE_MISMATCH"))
        .findFirst().orElseThrow();
    assertEquals("自评表", f.evidence().get(0).location().sheet());
    assertTrue(f.evidence().get(0).location().cell().matches("[A-H]5"),
        f.evidence().get(0).location().toString());
    assertNull(f.evidence().get(0).location().page());
  }
}
