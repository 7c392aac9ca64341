package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;
import org.ziping.report.Report;
import org.ziping.report.Severity;
import org.ziping.testing.Corpus;

/**
 * The must and must-not findings of shared/spec/seed-facts.md, end to end (ingest, parse, audit)
 * on every corpus file in every format.
 */
class SeedFindingsTest {
  private static final StandardExtraction EXTRACTION = new StandardExtraction();

  private static List<Report> reports(String seed, String ext) {
    ExtractedDocument d = EXTRACTION.extract(Corpus.file(seed, ext));
    assertTrue(d.errors().isEmpty(), d.errors().toString());
    return d.reports();
  }

  private static List<Finding> findings(Report r, String rule) {
    return r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
  }

  private static boolean any(Report r, String rule, Predicate<Finding> p) {
    return findings(r, rule).stream().anyMatch(p);
  }

  private static boolean quotes(Finding f, String number) {
    return f.message().contains(number)
        || f.evidence().stream().anyMatch(e -> e.value() != null
            && e.value().compareTo(new java.math.BigDecimal(number)) == 0);
  }

  /** No error or warning finding that seed-facts.md does not list for the report. */
  private static void onlyExpected(Report r, List<String> allowed) {
    for (Finding f : r.findings()) {
      if (f.severity() != Severity.INFO) {
        assertTrue(allowed.contains(f.rule()), "unexpected " + f.severity().json() + " " + f.rule() + ": "
            + f.message());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("org.ziping.testing.Corpus#formats")
  void seed000(String ext) {
    Report r = reports("000", ext).get(0);
    assertTrue(any(r, "SCORE_SUM_MISMATCH", f -> quotes(f, "96") && quotes(f, "95")), r.findings().toString());
    assertTrue(any(r, "PART_SUM_MISMATCH", f -> quotes(f, "4.98") && f.message().contains("4.17")));
    List<Finding> above = findings(r, "SCORE_ABOVE_MAX");
    assertEquals(1, above.size());
    assertEquals(Severity.INFO, above.get(0).severity());
    assertTrue(above.get(0).message().contains("部门预算资金支出率"));
    for (String share : List.of("99.84", "1.82", "98.18", "91.02", "8.98", "5.89", "4.24")) {
      assertFalse(r.findings().stream().anyMatch(f -> f.message().contains(share + "%")),
          "no finding on the share " + share + "%");
    }
    findings(r, "PERCENT_MISMATCH").forEach(f -> assertEquals(Severity.INFO, f.severity()));
    onlyExpected(r, List.of("SCORE_SUM_MISMATCH", "PART_SUM_MISMATCH"));
  }

  @ParameterizedTest
  @MethodSource("org.ziping.testing.Corpus#formats")
  void seed001(String ext) {
    Report r = reports("001", ext).get(0);
    for (String rule : List.of("SCORE_SUM_MISMATCH", "MAX_SUM_NOT_100", "PART_SUM_MISMATCH")) {
      assertTrue(findings(r, rule).isEmpty(), rule + ": " + findings(r, rule));
    }
    onlyExpected(r, List.of("VALUE_CONFLICT"));
  }

  @ParameterizedTest
  @MethodSource("org.ziping.testing.Corpus#formats")
  void seed002(String ext) {
    Report r = reports("002", ext).get(0);
    for (String[] row : new String[][] {{"17697.54", "18577.58", "104.97"},
        {"453.39", "891.47", "196.62"}, {"17244.15", "17686.11", "102.56"}}) {
      assertTrue(any(r, "EXEC_RATE_MISMATCH", f -> f.message().contains(row[2] + "%")
          && f.message().contains("年初预算数") && f.message().contains("100.00%")),
          "EXEC_RATE_MISMATCH on " + row[2] + "%: " + findings(r, "EXEC_RATE_MISMATCH"));
    }
    for (Finding f : findings(r, "EXEC_RATE_MISMATCH")) {
      for (var e : f.evidence()) {
        int base = r.location().start();
        String at = r.text().substring(e.location().start() - base, e.location().end() - base);
        assertTrue(at.startsWith(e.value().toPlainString()), "evidence " + e.label() + " points at '"
            + at + "', not at " + e.value());
      }
    }
    assertTrue(any(r, "EXEC_RATE_OVER_100", f -> f.message().contains("196.62")));
    assertTrue(any(r, "FULL_SCORE_TARGET_MISSED", f -> f.message().contains("94.9")));
    assertTrue(!findings(r, "MAX_SUM_NOT_100").isEmpty() || !findings(r, "SCORE_SUM_MISMATCH").isEmpty());
    assertTrue(findings(r, "UNIT_CONVERSION_MISMATCH").isEmpty());
    assertTrue(findings(r, "PART_SUM_MISMATCH").isEmpty());
    onlyExpected(r, List.of("EXEC_RATE_MISMATCH", "EXEC_RATE_OVER_100", "FULL_SCORE_TARGET_MISSED",
        "MAX_SUM_NOT_100", "SCORE_SUM_MISMATCH", "VALUE_CONFLICT"));
  }

  @ParameterizedTest
  @MethodSource("org.ziping.testing.Corpus#formats")
  void seed003(String ext) {
    List<Report> rs = reports("003", ext);
    assertEquals(2, rs.size());
    Report dept = rs.get(0);
    assertTrue(any(dept, "LOW_EXECUTION_HIGH_SCORE", f -> f.message().contains("26.24")
        && f.message().contains("99")), dept.findings().toString());
    for (Report r : rs) {
      assertTrue(findings(r, "PART_SUM_MISMATCH").isEmpty(), findings(r, "PART_SUM_MISMATCH").toString());
    }
    onlyExpected(dept, List.of("LOW_EXECUTION_HIGH_SCORE"));
    onlyExpected(rs.get(1), List.of());
  }

  @ParameterizedTest
  @MethodSource("org.ziping.testing.Corpus#formats")
  void seed004(String ext) {
    Report r = reports("004", ext).get(0);
    assertTrue(any(r, "PART_SUM_MISMATCH", f -> f.message().contains("205.33")
        && f.message().contains("206.32")), r.findings().toString());
    assertTrue(any(r, "VALUE_CONFLICT", f -> f.message().contains("189")
        && f.message().contains("205.33")), r.findings().toString());
    assertFalse(r.findings().stream().anyMatch(f -> f.message().contains("226345")));
    onlyExpected(r, List.of("PART_SUM_MISMATCH", "VALUE_CONFLICT"));
  }
}
