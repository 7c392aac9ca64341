package org.ziping.ingest.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestConfig;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.DocumentModel;
import org.ziping.model.TableGrid;
import org.ziping.pipeline.StandardExtraction;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Severity;
import org.ziping.testing.Corpus;
import org.ziping.testing.Grids;

/**
 * The published workbooks of {@code ../shared/realdocs/} (xlsx from the 松岗街道 绩效目标申报表
 * series, the xls budget template): every one is read without error with its sheets as grids, and
 * one table per file type is pinned (rows, columns, spans, chosen cells). Skipped when the folder
 * is absent, unless CI=true.
 */
class RealWorkbooksTest {
  private static final DocumentReader READER = DocumentReader.standard(IngestConfig.defaults());

  static Path realdocs() {
    Path dir = Corpus.root().resolve("../shared/realdocs").normalize();
    assumeTrue(Files.isDirectory(dir) || "true".equals(System.getenv("CI")),
        "../shared/realdocs is absent: the published workbooks are not tested");
    assertTrue(Files.isDirectory(dir), "CI=true but " + dir + " is missing");
    return dir;
  }

  static List<Path> workbooks() throws IOException {
    try (Stream<Path> s = Files.list(realdocs())) {
      return s.filter(f -> f.toString().matches(".*\\.(xlsx|xls)$")).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyWorkbookIsReadWithItsSheetsAsGrids() throws IOException {
    List<Path> files = workbooks();
    assertEquals(8, files.size(), files.toString());
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      DocumentModel doc = READER.read(f);
      long sheets = doc.blocks().stream().filter(b -> b.hints().contains("sheet")).count();
      long tables = doc.blocks().stream().filter(b -> b.type() == BlockType.TABLE).count();
      assertTrue(sheets >= 15, sheets + " sheet headings");
      assertTrue(tables >= 9, tables + " tables");
      for (Block b : doc.blocks()) {
        assertTrue(b.sheet() != null, "block without its sheet: " + b.index());
      }
      ExtractedDocument x = new StandardExtraction().extract(f);
      // warnings only: an ingest warning (hidden sheets) or a metadata warning (a template's unit
      // left null rather than guessed), never a failure
      assertTrue(x.errors().stream().allMatch(e -> "warning".equals(e.stage()) || e.warning()),
          x.errors().toString());
      // these are declarations and templates: nothing in them is an arithmetic error, and the
      // figures of different sheets (different projects) are never compared
      assertTrue(x.reports().stream().flatMap(r -> r.findings().stream())
          .noneMatch(fi -> fi.severity() == Severity.ERROR), x.reports().toString());
      assertTrue(x.reports().stream().flatMap(r -> r.findings().stream()).allMatch(fi ->
          fi.evidence().stream().map(e -> e.location().sheet()).distinct().count() == 1),
          x.reports().toString());
    }));
  }

  @Test
  void xlsxTargetDeclarationSheetIsPinned() throws Exception {
    DocumentModel doc = READER.read(realdocs().resolve("sgjd__二级项目支出绩效目标申报表 (1).xlsx"));
    assertEquals("1.政府购买服务（专业技术服务类社区工作站管理经费）花果山社区", doc.blocks().get(0).text());
    assertEquals("二级项目支出绩效目标申报表", doc.blocks().get(1).text());
    Block table = doc.blocks().get(2);
    assertEquals("A2", table.sheet().cellRef(0, 0));
    TableGrid g = table.table();
    assertEquals(21, g.rows());
    assertEquals(5, g.cols());
    Grids.assertCell(g, 0, 1, 1, 2, "440306231391500000173");
    Grids.assertCell(g, 4, 1, 1, 2, "9,000.00");
    Grids.assertCell(g, 4, 4, 1, 1, "3,000.00");
    Grids.assertCell(g, 9, 0, 1, 1, "一级指标");
    // every cell of the merged 产出 block holds the same word; it is read once
    Grids.assertCell(g, 10, 0, 4, 1, "产出");
    Grids.assertCell(g, 14, 0, 4, 1, "效益");
    Grids.assertCell(g, 18, 0, 2, 1, "满意度");
    Grids.assertCell(g, 11, 3, 1, 1, "达到95%以上");
    assertTrue(g.cellAt(5, 1).colSpan() == 4, "政策依据 text spans the row");
  }

  @Test
  void xlsBudgetTemplateTableIsPinned() throws Exception {
    DocumentModel doc = READER.read(realdocs().resolve("tbx__budget_template.xls"));
    assertEquals("xls", doc.source().format());
    Block table = doc.blocks().stream().filter(b -> b.type() == BlockType.TABLE).findFirst()
        .orElseThrow();
    assertEquals("单位收支总表", table.sheet().sheet());
    assertEquals("A4", table.sheet().cellRef(0, 0));
    Block title = doc.blocks().get(table.index() - 1);
    assertEquals("2026年预算单位财务收支预算总表", title.text());
    TableGrid g = table.table();
    assertEquals(18, g.rows());
    assertEquals(7, g.cols());
    Grids.assertCell(g, 0, 0, 1, 5, "编制单位：");
    Grids.assertCell(g, 0, 6, 1, 1, "单位：元");
    Grids.assertCell(g, 2, 0, 1, 2, "本年收入");
    Grids.assertCell(g, 2, 2, 1, 5, "本年支出");
    Grids.assertCell(g, 3, 0, 3, 1, "项目");
    Grids.assertCell(g, 3, 3, 1, 4, "预算数");
    Grids.assertCell(g, 4, 4, 1, 2, "基本支出");
    Grids.assertCell(g, 4, 6, 2, 1, "项目支出");
    Grids.assertCell(g, 6, 0, 1, 1, "一、财政拨款收入");
    Grids.assertCell(g, 17, 0, 1, 1, "收入总计");
    assertFalse(doc.blocks().get(0).hints().contains("hidden-sheet"));
  }
}
