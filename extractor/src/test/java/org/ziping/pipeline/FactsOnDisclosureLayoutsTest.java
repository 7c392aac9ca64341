package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.report.Breakdown;
import org.ziping.report.BudgetRow;
import org.ziping.report.BudgetRowOrigin;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Fact;
import org.ziping.report.Finding;
import org.ziping.report.Measure;
import org.ziping.report.Report;
import org.ziping.report.Severity;

/**
 * Typed facts on the layouts of final-accounts and budget disclosures (fixture written in our own
 * words, keeping their constructions): one paragraph per 功能分类 item under a
 * "…（类）…（款）…（项）" heading ("全年预算为…万元，支出决算为…万元"), a table coded 3/5/7 digits, and
 * next year's items "2024年当年预算执行数为X万元，2025年预算安排Y万元". Every item gets its own
 * subject, no rate divides one year's spending by another year's budget, no two items are compared,
 * and the coded table's rows add up.
 */
class FactsOnDisclosureLayoutsTest {
  @TempDir Path work;

  private static Path fixture() throws Exception {
    return Path.of(FactsOnDisclosureLayoutsTest.class
        .getResource("/facts/final-accounts-item-paragraphs.txt").toURI());
  }

  private static Report report(Path file) {
    ExtractedDocument d = new StandardExtraction().extract(file);
    assertTrue(d.errors().isEmpty(), d.errors().toString());
    return d.reports().get(0);
  }

  private static boolean eq(BigDecimal a, String b) {
    return a != null && a.compareTo(new BigDecimal(b)) == 0;
  }

  @Test
  void eachItemParagraphIsItsOwnSubjectAndNothingFires() throws Exception {
    Report r = report(fixture());
    List<BudgetRow> rows = r.budgetRows().stream().filter(b -> b.origin() == BudgetRowOrigin.PROSE).toList();
    BudgetRow run = rows.stream().filter(b -> eq(b.actual(), "118.50")).findFirst().orElseThrow();
    assertEquals("社会保障和就业支出（类）民政管理事务（款）行政运行（项）", run.label());
    assertTrue(eq(run.fullYearBudget(), "120.00"), run.toString());
    BudgetRow unit = rows.stream().filter(b -> eq(b.actual(), "31.20")).findFirst().orElseThrow();
    assertEquals("社会保障和就业支出（类）民政管理事务（款）事业运行（项）", unit.label());
    assertTrue(eq(unit.fullYearBudget(), "40.00"), unit.toString());
    // 2024's spending and 2025's budget never make one row
    assertTrue(rows.stream().noneMatch(b -> eq(b.actual(), "114.00") || eq(b.actual(), "60.13")),
        rows.toString());

    Fact spent2024 = r.facts().stream().filter(f -> f.measure() == Measure.ACTUAL
        && eq(f.value(), "114.00")).findFirst().orElseThrow();
    assertEquals(2024, spent2024.year());
    Fact budget2025 = r.facts().stream().filter(f -> f.measure().money()
        && eq(f.value(), "110.60") && f.year() == 2025).findFirst().orElseThrow();
    assertTrue(budget2025.measure() == Measure.BUDGET || budget2025.measure() == Measure.INITIAL_BUDGET,
        budget2025.toString());

    List<Breakdown> coded = r.breakdowns().stream().filter(b -> "table-code".equals(b.kind())).toList();
    assertTrue(coded.stream().anyMatch(b -> eq(b.total().value(), "172.30") && b.parts().size() == 2),
        coded.toString());
    assertTrue(coded.stream().anyMatch(b -> eq(b.total().value(), "149.70") && b.parts().size() == 2),
        coded.toString());
    // the 合计 row against the 类 rows 208 and 229
    assertTrue(coded.stream().anyMatch(b -> eq(b.total().value(), "175.30") && b.parts().size() == 2),
        coded.toString());

    List<Finding> alarms = r.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    assertTrue(alarms.isEmpty(), alarms.toString());
  }

  @Test
  void aCodedRowThatIsNotTheSumOfItsChildrenIsAnError() throws Exception {
    String text = Files.readString(fixture(), StandardCharsets.UTF_8)
        .replace("2080204\t事业运行\t31.20\t9.00", "2080204\t事业运行\t30.20\t9.00");
    Path f = work.resolve("final-accounts-coded-table-slip.txt");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    Report r = report(f);
    List<Finding> sums = r.findings().stream().filter(x -> x.rule().equals("PART_SUM_MISMATCH")).toList();
    assertEquals(1, sums.size(), r.findings().toString());
    assertEquals(Severity.ERROR, sums.get(0).severity());
    assertTrue(sums.get(0).evidence().stream().anyMatch(e -> eq(e.value(), "149.70")), sums.toString());
    assertTrue(sums.get(0).evidence().stream().anyMatch(e -> eq(e.value(), "30.20")), sums.toString());
  }
}
