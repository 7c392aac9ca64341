package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ziping.ingest.pdf.Tesseract;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Report;
import org.ziping.testing.Corpus;

/**
 * Each scanned corpus report (corpus-scans/*.scan.pdf, read by OCR) gives the unit, year and
 * declared total of its printed PDF (the reviewed golden golden/reports/NNN_….pdf.json), report by
 * report, and no finding whose rule the printed report does not have. OCR of all five scans takes
 * minutes on two cores: the test runs with {@code -Dziping.scans=all} and always under CI=true
 * (where tesseract is required); otherwise it is skipped with a message ({@code OcrCorpusTest}
 * reads the 002 scan in every run).
 */
class ScanAgreementTest {

  static Stream<Path> scans() {
    return Corpus.scans().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scans")
  void scanAgreesWithItsPrintedVersion(Path scan) throws Exception {
    boolean ci = "true".equals(System.getenv("CI"));
    Assumptions.assumeTrue(ci || "all".equals(System.getProperty("ziping.scans")),
        "reading every scan by OCR takes minutes: run with -Dziping.scans=all (always under CI=true)");
    Assumptions.assumeTrue(Tesseract.available() || ci,
        "tesseract with its chi_sim model is not installed (bash .ci/install-ocr): scans skipped");
    assertTrue(Tesseract.available(), "CI=true: tesseract with chi_sim is required");
    String name = scan.getFileName().toString().replace(".scan.pdf", ".pdf");
    JsonNode printed = new ObjectMapper().readTree(Corpus.root().resolve("golden/reports")
        .resolve(name + ".json").toFile()).get("reports");
    ExtractedDocument d = new StandardExtraction().extract(scan);
    assertEquals(printed.size(), d.reports().size(), name + ": reports");
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < printed.size(); i++) {
      JsonNode p = printed.get(i);
      Report s = d.reports().get(i);
      same(wrong, name, i, "unit", text(p.get("unit")), s.unit());
      same(wrong, name, i, "year", text(p.get("year")), s.year() == null ? null : s.year().toString());
      JsonNode total = p.path("score").get("declaredTotal");
      same(wrong, name, i, "total", total == null ? null : total.decimalValue().stripTrailingZeros()
          .toPlainString(), s.score() == null || s.score().declaredTotal() == null ? null
          : s.score().declaredTotal().stripTrailingZeros().toPlainString());
      Set<String> rules = new TreeSet<>();
      p.path("findings").forEach(f -> rules.add(f.get("rule").asText()));
      for (var f : s.findings()) {
        if (!rules.contains(f.rule())) {
          wrong.add(name + " report " + (i + 1) + ": a finding the printed report does not have: "
              + f.rule() + " " + f.severity() + " " + f.message());
        }
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  private static void same(List<String> wrong, String name, int i, String what, String printed,
                           String scanned) {
    if (printed == null ? scanned != null : !printed.equals(scanned)) {
      wrong.add(name + " report " + (i + 1) + ": " + what + " " + scanned + ", printed " + printed);
    }
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }
}
