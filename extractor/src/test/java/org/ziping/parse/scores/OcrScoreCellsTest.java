package org.ziping.parse.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ziping.model.DocumentModel;
import org.ziping.model.TableGrid;
import org.ziping.pipeline.StandardExtraction;
import org.ziping.report.BudgetRow;
import org.ziping.report.Indicator;
import org.ziping.report.Report;

/**
 * OCR post-processing of score columns ({@link OcrScoreCells}) on synthetic OCR-like grids
 * (src/test/resources/prose/ocr/): the 分值 / 得分 cells of a scanned form come out with
 * look-alike letters (O for 0, l / I for 1, S for 5), full-width digits, a glued 分, a decimal comma
 * or full stop and a stray point; read as a scanned page the form gives every score, the total and
 * no finding, while the same characters in a text layer, or in a column that holds no scores, are
 * left as they are.
 */
class OcrScoreCellsTest {

  private static DocumentModel model(String fixture, boolean scanned) {
    TestDocs d = TestDocs.create();
    if (scanned) {
      d.scanned();
    }
    return d.text(TestDocs.resource("/prose/ocr/" + fixture + ".txt"), TestDocs.Shape.EMPTY).model();
  }

  private static Report report(String fixture, boolean scanned) {
    var doc = new StandardExtraction().extract(model(fixture, scanned));
    assertEquals(1, doc.reports().size());
    return doc.reports().get(0);
  }

  private static String plain(BigDecimal d) {
    return d == null ? "null" : d.stripTrailingZeros().toPlainString();
  }

  private static List<String> indicators(Report r) {
    return r.indicators().stream()
        .map(i -> i.level3() + " " + plain(i.maxScore()) + " " + plain(i.score())).toList();
  }

  @Test
  void scannedFormScoreColumnsAreRead() {
    Report r = report("form-score-columns-look-alikes", true);
    assertEquals(List.of("补贴发放农户 20 20", "I类耕地补贴面积核实率 15 15", "按时发放率 10 9.5",
        "亩均补贴到户 15 15", "种粮农户积极性 10 10", "农户满意度 20 10.5"), indicators(r),
        "the label column keeps its letter (I类)");
    BudgetRow b = r.budgetRows().get(0);
    assertEquals("10", plain(b.maxScore()));
    assertEquals("9.5", plain(b.score()));
    assertEquals("95", plain(b.declaredRate()), "the rate column is no score column");
    assertEquals("89.5", plain(r.score().declaredTotal()));
    assertEquals("100", plain(r.score().maxTotal()));
    assertEquals(List.of(), r.findings().stream().map(f -> f.rule() + " " + f.severity()).toList());
  }

  @Test
  void theSameCharactersInATextLayerAreNotMended() {
    Report r = report("form-score-columns-look-alikes", false);
    Indicator i = r.indicators().get(1);
    assertNull(i.maxScore(), "l5 in a text layer is what the page says");
    assertNull(i.score());
    assertNull(r.score().declaredTotal(), "89,5 is no number of a text layer");
  }

  @Test
  void scannedSideBySideSummaryMendsBothGroups() {
    Report r = report("summary-score-columns-look-alikes", true);
    assertEquals(List.of("预算执行 20 15", "产出指标 40 38", "效益指标 30 27", "满意度 10 9"),
        r.scoreItems().stream().filter(x -> !x.group())
            .map(x -> x.label() + " " + plain(x.maxScore()) + " " + plain(x.score())).toList());
    assertEquals("89", plain(r.score().declaredTotal()));
    assertEquals("100", plain(r.score().maxTotal()));
    assertEquals(List.of(), r.findings().stream().map(f -> f.rule()).toList());
  }

  @Test
  void aTableWithoutOcrCellsIsReturnedAsItIs() {
    TableGrid g = model("summary-score-columns-look-alikes", false).blocks().stream()
        .filter(b -> b.table() != null).findFirst().orElseThrow().table();
    assertSame(g, OcrScoreCells.mend(g));
  }

  @Test
  void onlyScoreColumnsOfAScannedTableChange() {
    TableGrid g = model("form-score-columns-look-alikes", true).blocks().stream()
        .filter(b -> b.table() != null).findFirst().orElseThrow().table();
    TableGrid m = OcrScoreCells.mend(g);
    int changed = 0;
    for (int k = 0; k < g.cells().size(); k++) {
      var before = g.cells().get(k);
      var after = m.cells().get(k);
      if (!before.text().equals(after.text())) {
        changed++;
        String header = g.cellAt(before.row() < 2 ? 0 : 2, before.col()).text();
        assertEquals(true, header.equals("分值") || header.equals("得分"), before + " under " + header);
        assertEquals(before.start(), after.start(), "offsets point at the text as read");
      }
    }
    assertEquals(14, changed);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '→', value = {
      "2O → 20", "1OO → 100", "l5 → 15", "I5 → 15", "|5 → 15", "IO → 10", "1S → 15", "S.5 → 5.5",
      "2O分 → 20", "9,5 → 9.5", "89，5 → 89.5", "9。5 → 9.5", "97·5 → 97.5", "10. → 10",
      "1O0% → 100%", "o.5 → 0.5",
      // left alone: readable already, two figures, a lone look-alike, words, not score-shaped
      "20 → 20", "20分 → 20分", "9 .5 → 9 .5", "１５ → １５", "9 5 → 9 5", "10 8 → 10 8", "O → O", "l → l",
      "满分 → 满分", "/ → /", "— → —", "扣1分 → 扣1分", "1234 → 1234", "9,500 → 9,500",
      "IO类 → IO类"})
  void oneCell(String read, String mended) {
    assertEquals(mended.strip(), OcrScoreCells.mendText(read.strip()));
  }
}
