package org.ziping.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestConfig;
import org.ziping.report.Amount;
import org.ziping.report.Breakdown;
import org.ziping.report.BudgetRow;
import org.ziping.report.Indicator;
import org.ziping.report.Report;
import org.ziping.report.ScoreItem;
import org.ziping.testing.Corpus;

/**
 * The extraction facts of shared/spec/seed-facts.md, checked directly on the parser's output (not
 * through the goldens) in all three formats.
 */
class SeedExtractionFactsTest {
  private static final DocumentReader READER = DocumentReader.standard(IngestConfig.defaults());

  private static List<Report> reports(String seed, String ext) throws Exception {
    return new ReportParser().parse(READER.read(Corpus.file(seed, ext)));
  }

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static boolean same(BigDecimal a, String b) {
    return a != null && a.compareTo(new BigDecimal(b)) == 0;
  }

  static void hasAmount(Report r, String value, String unit) {
    assertTrue(r.amounts().stream().anyMatch(a -> same(a.value(), value) && unit.equals(a.unit())),
        "amount " + value + unit + " not found");
  }

  static Breakdown breakdown(Report r, String total, String... parts) {
    return r.breakdowns().stream()
        .filter(b -> same(b.total().value(), total))
        .filter(b -> b.parts().size() == parts.length)
        .filter(b -> {
          for (int i = 0; i < parts.length; i++) {
            if (!same(b.parts().get(i).value(), parts[i])) {
              return false;
            }
          }
          return true;
        }).findFirst().orElseThrow(() -> new AssertionError("no breakdown " + total + " = "
            + String.join(" + ", parts) + " among " + r.breakdowns().stream()
            .map(b -> b.total().value() + "=" + b.parts().stream().map(Amount::value).toList()).toList()));
  }

  static BudgetRow row(Report r, String labelPart) {
    return r.budgetRows().stream().filter(b -> b.label() != null && b.label().contains(labelPart))
        .findFirst().orElseThrow(() -> new AssertionError("no budget row " + labelPart + " among "
            + r.budgetRows().stream().map(BudgetRow::label).toList()));
  }

  static void values(BudgetRow b, String initial, String fullYear, String actual, String rate) {
    if (initial != null) {
      assertTrue(same(b.initialBudget(), initial), b.label() + " initial " + b.initialBudget());
    }
    if (fullYear != null) {
      assertTrue(same(b.fullYearBudget(), fullYear), b.label() + " full-year " + b.fullYearBudget());
    }
    if (actual != null) {
      assertTrue(same(b.actual(), actual), b.label() + " actual " + b.actual());
    }
    if (rate != null) {
      assertTrue(same(b.declaredRate(), rate), b.label() + " rate " + b.declaredRate());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"txt", "docx", "pdf", "chromium.pdf"})
  void seed000(String ext) throws Exception {
    Report r = reports("000", ext).get(0);
    hasAmount(r, "31546.18", "万元");
    breakdown(r, "31546.18", "31536.34", "9.84");
    breakdown(r, "4.98", "2.08", "0", "2.09");
    hasAmount(r, "573.44", "万元");
    hasAmount(r, "30962.9", "万元");
    List<ScoreItem> items = r.scoreItems().stream().filter(i -> !i.group()).toList();
    String[][] expected = {{"5", "5"}, {"5", "5"}, {"4", "4"}, {"4", "4"}, {"2", "2"}, {"4", "4"},
        {"4", "4"}, {"3", "6"}, {"3", "3"}, {"3", "3"}, {"2", "2"}, {"4", "4"}, {"3", "0"},
        {"4", "4"}, {"2", "2"}, {"5", "4"}, {"2", "2"}, {"2", "0"}, {"3", "2"}, {"2", "1"},
        {"4", "4"}, {"6", "6"}, {"3", "3"}, {"3", "3"}, {"3", "3"}, {"10", "10"}, {"5", "5"}};
    assertEquals(expected.length, items.size(), "prose score items: "
        + items.stream().map(i -> i.label() + " " + i.maxScore() + "→" + i.score()).toList());
    for (int i = 0; i < expected.length; i++) {
      assertTrue(same(items.get(i).maxScore(), expected[i][0]) && same(items.get(i).score(), expected[i][1]),
          "item " + (i + 1) + " " + items.get(i).label() + ": " + items.get(i).maxScore() + "→"
              + items.get(i).score());
    }
    assertTrue(same(r.score().itemSum(), "95"), "item sum " + r.score().itemSum());
    assertTrue(same(r.score().declaredTotal(), "96"));
    ScoreItem moved = items.get(7);
    assertTrue(moved.label().contains("部门预算资金支出率"));
    assertTrue(r.scoreItems().stream().anyMatch(i -> i.note() != null && i.note().contains("分值调整至")),
        "the explanation of the moved points is kept");
  }

  @ParameterizedTest
  @ValueSource(strings = {"txt", "docx", "pdf", "chromium.pdf"})
  void seed001(String ext) throws Exception {
    Report r = reports("001", ext).get(0);
    hasAmount(r, "596.39", "万元");
    breakdown(r, "596.39", "478.66", "109.87", "7.86");
    List<Indicator> ind = r.indicators();
    assertEquals(25, ind.size(), "third-level rows: " + ind.stream().map(Indicator::level3).toList());
    BigDecimal maxSum = ind.stream().map(Indicator::maxScore).filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertTrue(same(maxSum, "100"), "maxima add to " + maxSum);
    for (Indicator i : ind) {
      assertTrue(i.maxScore() == null || i.maxScore().compareTo(i.score()) == 0,
          i.level3() + " has full marks");
    }
    assertTrue(ind.stream().map(Indicator::level1).filter(Objects::nonNull)
        .map(s -> s.replaceAll("\\s", "")).distinct().toList()
        .containsAll(List.of("投入（15分）", "过程（40分）", "产出（25分）", "效果（20分）")));
    assertTrue(same(r.score().declaredTotal(), "100"));
    assertEquals("优", r.score().grade());
  }

  @ParameterizedTest
  @ValueSource(strings = {"txt", "docx", "pdf", "chromium.pdf"})
  void seed002(String ext) throws Exception {
    Report r = reports("002", ext).get(0);
    hasAmount(r, "176975384.52", "元");
    hasAmount(r, "185775842.26", "元");
    hasAmount(r, "17697.54", "万元");
    values(row(r, "全年支出"), "17697.54", "18577.58", "18577.58", "104.97");
    values(row(r, "基本支出"), "453.39", "891.47", "891.47", "196.62");
    values(row(r, "项目支出"), "17244.15", "17686.11", "17686.11", "102.56");
    assertTrue(same(row(r, "基本支出").recomputedRate(), "100.00"));
    assertTrue(same(row(r, "全年支出").maxScore(), "10") && same(row(r, "全年支出").score(), "9"));
    List<Indicator> ind = r.indicators();
    assertEquals(List.of("4.5", "5", "5", "5", "5", "5", "5", "5", "50", "10"),
        ind.stream().map(i -> i.score().stripTrailingZeros().toPlainString()).toList());
    Indicator sat = ind.get(9);
    assertEquals("≥95%", sat.target());
    assertEquals("94.9", sat.actual());
    Indicator key = ind.get(7);
    assertEquals("重点工作管理制度健全性", key.level3(), "the shifted row is realigned");
    assertTrue(same(r.score().declaredTotal(), "99.5"));
    hasAmount(r, "534450.95", "元");
    hasAmount(r, "214953.8", "元");
  }

  @ParameterizedTest
  @ValueSource(strings = {"txt", "docx", "pdf", "chromium.pdf"})
  void seed003(String ext) throws Exception {
    List<Report> rs = reports("003", ext);
    Report dept = rs.get(0);
    Report proj = rs.get(1);
    hasAmount(dept, "34817.01", "万元");
    breakdown(dept, "34817.01", "34800.93", "16.09");
    breakdown(dept, "9137.21", "1546.73", "7590.47");
    hasAmount(dept, "313.53", "亿元");
    assertTrue(dept.amounts().stream().anyMatch(a -> same(a.yuan(), "31353000000")));
    assertTrue(same(dept.score().declaredTotal(), "99"));
    assertEquals("优", dept.score().grade());
    BudgetRow overall = dept.budgetRows().stream()
        .filter(b -> same(b.initialBudget(), "34817.01") && same(b.actual(), "9137.21"))
        .findFirst().orElseThrow(() -> new AssertionError("no overall budget row " + dept.budgetRows()));
    assertTrue(same(overall.recomputedRate(), "26.24"));
    assertTrue(same(proj.score().declaredTotal(), "98"));
    assertEquals("优", proj.score().grade());
    assertTrue(proj.budgetRows().stream().anyMatch(b -> same(b.actual(), "7000")
        && (same(b.initialBudget(), "7000") || same(b.fullYearBudget(), "7000"))));
    assertTrue(dept.amounts().stream().noneMatch(a -> same(a.value(), "7000")),
        "the project's figures stay in the project report");
  }

  @ParameterizedTest
  @ValueSource(strings = {"txt", "docx", "pdf", "chromium.pdf"})
  void seed004(String ext) throws Exception {
    Report r = reports("004", ext).get(0);
    String[][] projects = {{"社保经办机构工作经费", "126", "124.78"}, {"防风险堵漏洞", "24", "23.99"},
        {"工伤专项", "33", "33"}, {"工伤预防", "6", "6"}, {"终端设备购置", "9.75", "9.75"},
        {"短信服务费", "2", "2"}, {"清算经费", "5", "5"}, {"缴费补助", "1.8", "1.8"}};
    for (String[] p : projects) {
      BudgetRow b = row(r, p[1].equals("2") ? "短信服务费" : p[0]);
      BigDecimal budget = b.fullYearBudget() != null ? b.fullYearBudget() : b.initialBudget();
      assertTrue(same(budget, p[1]) && same(b.actual(), p[2]), p[0] + ": " + budget + " → " + b.actual());
    }
    breakdown(r, "205.33", "124.78", "23.99", "33", "6", "9.75", "2", "5", "1.8");
    hasAmount(r, "189", "万元");
    assertTrue(same(r.score().declaredTotal(), "90"));
    assertNotNull(r.quantities().stream().filter(q -> same(q.value(), "226345")).findFirst().orElse(null));
  }
}
