package org.ziping.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ziping.audit.TestReports.amt;
import static org.ziping.audit.TestReports.report;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.parse.facts.DerivedRecords;
import org.ziping.report.DocumentKind;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;
import org.ziping.report.Report;
import org.ziping.report.Severity;
import org.ziping.report.SourceRef;

class AuditorTest {
  static Report seed002Like() {
    return report().year(2023).score("99.5", "优")
        .row("全年支出", "17697.54", "18577.58", "18577.58", "104.97", "10", "9", "万元")
        .row("其中：基本支出", "453.39", "891.47", "891.47", "196.62", "万元")
        .indicator("服务对象满意度", "服务对象满意度", "服务对象的满意度", "≥95%", "94.9", "10", "10", null)
        .indicator("部门履职目标", "100%", "100%", "90", "80")
        .breakdown("政府采购预算", amt("政府采购预算", "4.98", "万元"), amt("货物", "2.08", "万元"), amt("服务", "2.09", "万元"))
        .ratio("change", "下降", amt("比上年减少", "14840.94", "万元"), amt("收入预算", "31546.18", "万元"), false, "32.00")
        .build();
  }

  @Test
  void findingsAreSortedBySeverityThenRule() {
    Report r = new Auditor().audit(seed002Like(), TestReports.CTX, new ArrayList<>());
    List<Finding> f = r.findings();
    assertTrue(f.size() >= 6, TestReports.describe(f));
    for (int i = 1; i < f.size(); i++) {
      Finding a = f.get(i - 1);
      Finding b = f.get(i);
      int c = Integer.compare(Severity.rank(a.severity()), Severity.rank(b.severity()));
      assertTrue(c < 0 || (c == 0 && a.rule().compareTo(b.rule()) <= 0), TestReports.describe(f));
    }
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertEquals(Severity.INFO, f.get(f.size() - 1).severity());
  }

  @Test
  void idsAreStableAcrossRunsAndDependOnTheReport() {
    Report r = seed002Like();
    List<Finding> a = new Auditor().audit(r, AuditContext.of("abc", 0), new ArrayList<>()).findings();
    List<Finding> b = new Auditor().audit(r, AuditContext.of("abc", 0), new ArrayList<>()).findings();
    List<Finding> c = new Auditor().audit(r, AuditContext.of("abc", 1), new ArrayList<>()).findings();
    assertEquals(a.stream().map(Finding::id).toList(), b.stream().map(Finding::id).toList());
    assertNotEquals(a.get(0).id(), c.get(0).id());
    assertEquals(a.size(), a.stream().map(Finding::id).distinct().count(), "ids are distinct");
  }

  @Test
  void failingRuleIsRecordedNotFatal() {
    AuditRule broken = new AuditRule() {
      @Override
      public String id() {
        return "BROKEN";
      }

      @Override
      public List<Finding> check(Report report, AuditContext ctx) {
        throw new IllegalStateException("odd data");
      }
    };
    List<AuditRule> rules = new ArrayList<>(Auditor.defaultRules());
    rules.add(0, broken);
    ExtractedDocument doc = new ExtractedDocument(1, new SourceRef("a.txt", "txt", "abc", null),
        List.of(seed002Like()), List.of());
    ExtractedDocument out = new Auditor(rules).audit(doc);
    assertEquals(1, out.errors().size());
    assertTrue(out.errors().get(0).message().contains("BROKEN"));
    assertEquals("audit", out.errors().get(0).stage());
    assertTrue(out.reports().get(0).findings().size() >= 6);
  }

  @Test
  void allNineteenRulesRun() {
    assertEquals(19, Auditor.defaultRules().stream().map(AuditRule::id).distinct().count());
  }

  @Test
  void everyRuleHasANameForPeople() {
    for (AuditRule rule : Auditor.defaultRules()) {
      String zh = org.ziping.render.MessageCatalogue.ruleName(rule.id(), org.ziping.render.Lang.ZH);
      assertTrue(!zh.equals(rule.id()), rule.id() + " has no name in the MessageCatalogue");
    }
  }

  /** seed002Like with another document kind. */
  private static Report seed002LikeOfKind(DocumentKind kind) {
    return seed002Like().with(b -> b.kind = kind);
  }

  private static java.util.Set<String> rules(Report r) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (Finding f : new Auditor().audit(r, TestReports.CTX, new ArrayList<>()).findings()) {
      out.add(f.rule());
    }
    return out;
  }

  @Test
  void scoreRulesRunOnlyOnSelfEvaluationsAndNothingRunsOnATemplate() {
    java.util.Set<String> department = rules(seed002LikeOfKind(DocumentKind.DEPARTMENT));
    assertTrue(department.containsAll(List.of("EXEC_RATE_MISMATCH", "FULL_SCORE_TARGET_MISSED",
        "PART_SUM_MISMATCH")), department.toString());
    java.util.Set<String> scoreRules = java.util.Set.of("SCORE_ABOVE_MAX", "SCORE_SUM_MISMATCH",
        "MAX_SUM_NOT_100", "FULL_SCORE_TARGET_MISSED", "GRADE_SCORE_MISMATCH",
        "LOW_EXECUTION_HIGH_SCORE");
    for (DocumentKind kind : List.of(DocumentKind.BUDGET_DISCLOSURE, DocumentKind.FINAL_ACCOUNTS,
        DocumentKind.PERFORMANCE_TARGET, DocumentKind.OTHER)) {
      java.util.Set<String> got = rules(seed002LikeOfKind(kind));
      assertTrue(got.stream().noneMatch(scoreRules::contains), kind + ": " + got);
      assertTrue(got.contains("PART_SUM_MISMATCH"), kind + ": arithmetic still runs: " + got);
    }
    assertTrue(rules(seed002LikeOfKind(DocumentKind.BUDGET_DISCLOSURE)).stream()
        .noneMatch("EXEC_RATE_OVER_100"::equals), "a budget disclosure plans, it does not overspend");
    assertEquals(java.util.Set.of(), rules(seed002LikeOfKind(DocumentKind.TEMPLATE)));
  }

  @Test
  void twoCellsOfTablesAreNeverAValueConflictButAStatementAndACellAre() {
    org.ziping.report.Amount cellA = new org.ziping.report.Amount("一般公共预算 预算数",
        new java.math.BigDecimal("96282213.44"), "元", new java.math.BigDecimal("96282213.44"),
        "96,282,213.44", new org.ziping.report.Location(10, 23, 1, 0, 3, 2));
    org.ziping.report.Amount cellB = new org.ziping.report.Amount("一般公共预算 预算数",
        new java.math.BigDecimal("3343704.00"), "元", new java.math.BigDecimal("3343704.00"),
        "3,343,704.00", new org.ziping.report.Location(90, 102, 4, 5, 2, 1));
    Report base = report().year(2024).build();
    Report tables = DerivedRecords.complete(Report.of(b -> {
      b.title = base.title();
      b.unit = base.unit();
      b.year = 2024;
      b.kind = DocumentKind.BUDGET_DISCLOSURE;
      b.location = base.location();
      b.amounts = List.of(cellA, cellB);
    }));
    assertTrue(rules(tables).isEmpty(), "two tables' cells: " + rules(tables));
    Report withProse = report().year(2024).amount("基本支出决算", "8914737.38", "元")
        .amount("基本支出决算", "8900000.00", "元").build();
    assertTrue(rules(withProse).contains("VALUE_CONFLICT"), rules(withProse).toString());
  }
}
