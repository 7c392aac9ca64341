package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.report.DocumentKind;
import org.ziping.report.Report;
import org.ziping.report.ScoreItem;

/**
 * Score lists as a reader sees them (fixtures in src/test/resources/prose/scores/, written after
 * published self-evaluation pages): an inline list in one sentence (score then maximum, 得分 and
 * semicolons, maximum then score) gives every item and the total; a summary table laid out side by
 * side (label, 分值, 得分 twice per row) or transposed (a 分值 row and a 得分 row) keeps each label with
 * the values to its right. Each fixture pins the items (label, maximum, score), the total and the
 * exact findings; two carry a real fault the audit must report.
 */
class ScoreGrammarTest {

  private static Report read(String name) throws Exception {
    Path file = Path.of(ScoreGrammarTest.class.getResource("/prose/scores/" + name + ".txt").toURI());
    var doc = new StandardExtraction().extract(file);
    assertEquals(1, doc.reports().size());
    return doc.reports().get(0);
  }

  /** Items as "label max score". */
  private static List<String> items(Report r) {
    return r.scoreItems().stream().filter(i -> !i.group())
        .map(i -> i.label() + " " + plain(i.maxScore()) + " " + plain(i.score())).toList();
  }

  private static String plain(BigDecimal d) {
    return d == null ? "null" : d.stripTrailingZeros().toPlainString();
  }

  private static List<String> findings(Report r) {
    return r.findings().stream().map(f -> f.rule() + " " + f.severity().json()).sorted().toList();
  }

  private static final List<String> FOUR = List.of("预算执行 20 15", "产出指标 40 38", "效益指标 30 27",
      "满意度 10 9");

  @Test
  void inlineScoreThenMaximum() throws Exception {
    Report r = read("inline-score-then-max");
    assertEquals(FOUR, items(r));
    assertEquals("89", plain(r.score().declaredTotal()));
    assertEquals("89", plain(r.score().itemSum()));
    assertEquals("良", r.score().grade());
    assertEquals(List.of(), findings(r));
  }

  @Test
  void inlineDefenWithSemicolons() throws Exception {
    Report r = read("inline-defen-semicolons");
    assertEquals(List.of("预算执行率 10 9", "产出指标 50 48", "效益指标 30 28", "满意度指标 10 10"),
        items(r));
    assertEquals("95", plain(r.score().declaredTotal()));
    assertEquals(List.of(), findings(r), "no item swallows the others: no SCORE_ABOVE_MAX, no sum gap");
  }

  @Test
  void inlineMaximumThenScore() throws Exception {
    Report r = read("inline-max-then-score");
    assertEquals(List.of("预算执行 20 18", "产出指标 40 36", "效益指标 30 28", "满意度指标 10 9"),
        items(r));
    assertEquals("91", plain(r.score().declaredTotal()));
    assertEquals(List.of(), findings(r));
  }

  @Test
  void inlineTotalThatDisagreesIsReported() throws Exception {
    Report r = read("inline-total-disagrees");
    assertEquals(FOUR, items(r));
    assertEquals("92", plain(r.score().declaredTotal()));
    assertEquals(List.of("SCORE_SUM_MISMATCH error"), findings(r));
  }

  @Test
  void sideBySideSummaryKeepsItsLabels() throws Exception {
    Report r = read("summary-side-by-side");
    assertEquals(FOUR, items(r));
    assertEquals("89", plain(r.score().declaredTotal()));
    assertEquals("100", plain(r.score().maxTotal()));
    ScoreItem output = r.scoreItems().get(1);
    assertEquals(0, output.location().table());
    assertEquals(1, output.location().row());
    assertEquals(3, output.location().col(), "产出指标 is the label cell of the right-hand group");
    assertEquals(List.of(), findings(r));
  }

  @Test
  void transposedSummary() throws Exception {
    Report r = read("summary-transposed");
    assertEquals(List.of("预算执行 10 10", "产出指标 50 46", "效益指标 30 27", "满意度 10 9"), items(r));
    assertEquals("92", plain(r.score().declaredTotal()));
    assertEquals(List.of(), findings(r));
  }

  @Test
  void sideBySideScoreAboveItsMaximum() throws Exception {
    Report r = read("summary-side-by-side-above-max");
    assertTrue(items(r).contains("预算执行 20 22"), items(r).toString());
    assertEquals(List.of("SCORE_ABOVE_MAX error"), findings(r));
  }

  // --- the form's total row (保山-style forms published as web pages, docs/real-reports-studied.md)

  /** Indicators as "label max score". */
  private static List<String> indicators(Report r) {
    return r.indicators().stream()
        .map(i -> i.level3() + " " + plain(i.maxScore()) + " " + plain(i.score())).toList();
  }

  /** Reads a form fixture: its declared total and maximum, and no finding. */
  private static Report form(String name, String total, String max) throws Exception {
    Report r = read(name);
    assertEquals(total, plain(r.score().declaredTotal()), name);
    assertEquals(max, plain(r.score().maxTotal()), name);
    assertEquals(List.of(), findings(r), name);
    return r;
  }

  @Test
  void formTotalWhoseLabelStatesTheMaximum() throws Exception {
    // 总分（100分）| 97.5: the row lost its span, the label states the maximum; 10 + 87.5 = 97.5 on
    // a form of 10 + 90 points
    Report r = form("form-total-label-states-max", "97.5", "100");
    assertEquals(5, r.indicators().size(), indicators(r).toString());
    assertEquals(DocumentKind.PROJECT, r.kind());
    assertEquals("某市人民政府驻外联络处", r.unit());
  }

  @Test
  void formTotalRowOfMaximumAndScoreLeftOfTheirColumns() throws Exception {
    // 合计 | 100 | 97.5 under a header whose 分值 and 得分 stand in the sixth and seventh columns
    Report r = form("form-total-short-row", "97.5", "100");
    assertEquals("林区群众满意度 20 18", indicators(r).get(4));
  }

  @Test
  void formTotalOfFullMarks() throws Exception {
    // 总分（100分）| 100: the label has stated the maximum, the figure is the score
    assertEquals("优", form("form-total-full-marks", "100", "100").score().grade());
  }

  @Test
  void formTotalBesideItsGrade() throws Exception {
    // 总分（100分）| 100 | 自评等级 | 优 (docs/real-reports-studied.md #115): a label cell after the score
    Report r = form("form-total-beside-grade", "100", "100");
    assertEquals("100", plain(r.score().itemSum()));
    assertEquals("优", r.score().grade());
    assertEquals("某市退役军人事务局", r.unit());
  }
}
