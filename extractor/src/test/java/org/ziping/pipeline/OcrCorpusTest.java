package org.ziping.pipeline;

import org.ziping.ingest.pdf.Tesseract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestConfig;
import org.ziping.report.ReportJson;
import org.ziping.model.Block;
import org.ziping.model.Cell;
import org.ziping.model.DocumentModel;
import org.ziping.report.BudgetRow;
import org.ziping.report.BudgetRowOrigin;
import org.ziping.report.DocumentKind;
import org.ziping.report.ErrorEntry;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;
import org.ziping.report.Report;
import org.ziping.report.Severity;
import org.ziping.report.SourceRef;
import org.ziping.testing.Corpus;
import org.ziping.testing.GoldenFiles;

/**
 * The scanned 002 (image-only pages) read by OCR gives the facts of seed-facts.md that OCR reads
 * right, and no error: every finding on an OCR-read figure is at most a warning. The differences
 * from the txt (what OCR misreads) are listed in corpus/README.md; the whole report is pinned by
 * its reviewed golden. Needs tesseract with chi_sim (bash .ci/install-ocr); skipped without it,
 * required with CI=true. The scan is read once for all tests (seconds per page).
 */
class OcrCorpusTest {
  private static DocumentModel model;
  private static ExtractedDocument doc;
  private static Report report;
  private static Path scan;

  @BeforeAll
  static void readTheScanOnce() throws Exception {
    boolean ci = "true".equals(System.getenv("CI"));
    Assumptions.assumeTrue(Tesseract.available() || ci,
        "tesseract with its chi_sim model is not installed (bash .ci/install-ocr): OCR tests skipped");
    assertTrue(Tesseract.available(), "CI=true: tesseract with chi_sim is required for the OCR tests");
    scan = Corpus.scan("002");
    model = DocumentReader.standard(IngestConfig.defaults()).read(scan);
    doc = new StandardExtraction().extract(model);
    assertEquals(1, doc.reports().size());
    report = doc.reports().get(0);
  }

  @Test
  void everyBlockAndCellIsMarkedAsReadByOcr() {
    assertTrue(model.blocks().size() > 100, "blocks: " + model.blocks().size());
    for (Block b : model.blocks()) {
      assertEquals(Boolean.TRUE, b.ocr(), b.toString());
      if (b.table() != null) {
        for (Cell c : b.table().cells()) {
          assertEquals(Boolean.TRUE, c.ocr(), c.toString());
        }
      }
    }
    assertEquals(11, model.ocrPages().size());
    model.ocrPages().forEach(p -> assertTrue(p.words() > 0 && p.meanConfidence() > 50, p.toString()));
    assertTrue(model.warnings().stream().anyMatch(w -> w.startsWith("pages read by OCR")),
        model.warnings().toString());
  }

  @Test
  void metadataAndTotal() {
    assertEquals("正宁县社会保险局", report.unit());
    assertEquals(2023, report.year());
    assertEquals(DocumentKind.DEPARTMENT, report.kind());
    assertEquals("2024-09", report.reportDate());
    assertEquals(0, new BigDecimal("99.5").compareTo(report.score().declaredTotal()));
    assertTrue(report.score().location().readByOcr());
  }

  @Test
  void theBudgetTableReadsAsInTheSource() {
    List<String> rows = report.budgetRows().stream().filter(r -> r.origin() == BudgetRowOrigin.TABLE)
        .map(OcrCorpusTest::row).toList();
    assertEquals(List.of("全年支出 17697.54 18577.58 18577.58 104.97",
        "基本支出 453.39 891.47 891.47 196.62", "项目支出 17244.15 17686.11 17686.11 102.56"), rows);
  }

  private static String row(BudgetRow r) {
    return r.label().replace("其中：", "") + " " + r.initialBudget().toPlainString() + " "
        + r.fullYearBudget().toPlainString() + " " + r.actual().toPlainString() + " "
        + r.declaredRate().toPlainString();
  }

  @Test
  void theExecutionRateMismatchesAreWarningsThatSayOcr() {
    for (String rate : List.of("104.97", "196.62", "102.56")) {
      Finding f = report.findings().stream()
          .filter(x -> x.rule().equals("EXEC_RATE_MISMATCH") && x.message().contains(rate + "%"))
          .findFirst().orElseThrow(() -> new AssertionError("no EXEC_RATE_MISMATCH " + rate));
      assertEquals(Severity.WARNING, f.severity());
      assertTrue(f.message().contains("OCR"), f.message());
      assertTrue(f.evidence().stream().allMatch(e -> e.location().readByOcr()));
    }
    assertTrue(report.findings().stream().anyMatch(f -> f.rule().equals("EXEC_RATE_OVER_100")
        && f.message().contains("196.62")));
  }

  @Test
  void noFindingOnAScanIsAnError() {
    assertTrue(report.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR),
        report.findings().toString());
  }

  @Test
  void mustNotFindingsOfSeedFactsStayAbsent() {
    assertTrue(report.findings().stream().noneMatch(f -> f.rule().equals("UNIT_CONVERSION_MISMATCH")));
  }

  @Test
  void reportMatchesItsGolden() throws Exception {
    SourceRef s = doc.source();
    ExtractedDocument d = new ExtractedDocument(doc.schemaVersion(),
        new SourceRef("corpus-scans/" + scan.getFileName(), s.format(), s.sha256(), s.pages()),
        doc.reports(), doc.errors().stream()
            .map(e -> new ErrorEntry("corpus-scans/" + scan.getFileName(), e.stage(), e.message()))
            .toList());
    Path golden = Corpus.root().resolve("golden/reports").resolve(scan.getFileName() + ".json");
    GoldenFiles.assertMatches(golden, ReportJson.write(d),
        "bin/ziping extract corpus-scans -o golden/reports");
  }
}
