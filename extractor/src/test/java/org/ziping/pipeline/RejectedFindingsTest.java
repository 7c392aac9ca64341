package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.report.Report;
import org.ziping.report.Severity;

/**
 * Findings a person rejects, seen on published self-evaluation pages, stay silent or info
 * (fixtures in src/test/resources/prose/rejected/; each rule's precondition is stated in
 * docs/audit-rules.md): maxima of a table whose text is cut, score statements of a cut text summed
 * into one item, a total compared with the items of two score tables, parts that are a selection
 * (主要用于), growth and task-completion rates read as execution rates, one project's spending
 * paired with another project's budget, the funds received and spent of each project summed
 * as parts of the spending, and a project form's categories summed without its execution row.
 */
class RejectedFindingsTest {

  private static Report read(String name) throws Exception {
    Path file = Path.of(RejectedFindingsTest.class.getResource("/prose/rejected/" + name + ".txt")
        .toURI());
    var doc = new StandardExtraction().extract(file);
    assertEquals(1, doc.reports().size());
    return doc.reports().get(0);
  }

  private static List<String> findings(Report r) {
    return r.findings().stream().map(f -> f.rule() + " " + f.severity().json()).sorted().toList();
  }

  @Test
  void maximaOfACutIndicatorTableAreOnlyANote() throws Exception {
    Report r = read("cut-indicator-table");
    assertEquals(4, r.indicators().size());
    assertEquals(List.of("MAX_SUM_NOT_100 info"), findings(r),
        "60 of 100 points, no total row: the rest of the table may be on a page the copy lost");
    assertTrue(r.findings().get(0).message().contains("可能不完整"), r.findings().get(0).message());
  }

  @Test
  void scoresOfACutTextAreNotSummedIntoOneItem() throws Exception {
    Report r = read("cut-prose-scores");
    var satisfaction = r.scoreItems().stream().filter(i -> i.label().equals("满意度指标"))
        .findFirst().orElseThrow();
    assertNull(satisfaction.score(), "得分9分 and the 效益 paragraph's 得分27分 are not one item's 36");
    assertNull(r.score().declaredTotal(), "an item's 得分9分 is not the report's total");
    assertEquals(List.of("MAX_SUM_NOT_100 info"), findings(r));
  }

  @Test
  void aTotalBelongsToOneOfTwoScoreTables() throws Exception {
    Report r = read("two-score-tables");
    assertEquals(6, r.indicators().size());
    assertEquals("96", r.score().declaredTotal().toPlainString());
    assertEquals(List.of(), findings(r),
        "a department form and a project form: two scales of 100, the total is the first's");
  }

  @Test
  void partsThatAreASelectionGiveNoError() throws Exception {
    Report r = read("selection-mainly-used-for");
    assertTrue(r.findings().stream().allMatch(f -> f.severity() == Severity.INFO), findings(r).toString());
  }

  @Test
  void growthAndCompletionRatesAreNotExecutionRates() throws Exception {
    Report r = read("growth-and-completion-rates");
    assertEquals(1, r.ratios().stream().filter(x -> "rate".equals(x.kind())).count(),
        "only 预算执行率95% is a spending rate: " + r.ratios());
    assertEquals(List.of(), findings(r));
  }

  @Test
  void fundsReceivedAndSpentPerItemAreNotPartsOfTheSpending() throws Exception {
    Report r = read("funds-received-and-spent-per-item");
    assertTrue(r.breakdowns().stream()
            .noneMatch(b -> b.total().value().compareTo(new BigDecimal("390.18")) == 0),
        "其中A到位120.00万元，支出118.60万元；B到位292.50万元，支出271.58万元 lists two measures per "
            + "project, not four parts of 390.18: " + r.breakdowns());
    assertEquals(List.of(), findings(r), "the four figures summed against the spending were an error");
  }

  @Test
  void theExecutionRowOfAProjectFormCompletesItsCategoriesToTheScale() throws Exception {
    Report r = read("project-form-execution-row-and-categories");
    assertEquals(List.of(), findings(r), "预算执行率 10 in the funds rows + 产出 50 + 效益 30 + 满意度 10 "
        + "is the national form's 100, not a category table of 90 that may be cut");
  }

  @Test
  void oneProjectsSpendingIsNotPairedWithAnotherProjectsBudget() throws Exception {
    Report r = read("project-spending-other-budget-line");
    assertTrue(r.ratios().stream().noneMatch(x -> "rate".equals(x.kind())), r.ratios().toString());
    assertEquals(List.of(), findings(r));
  }
}
