package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.ziping.report.ReportJson;
import org.ziping.report.Evidence;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;
import org.ziping.report.Report;
import org.ziping.report.Severity;
import org.ziping.testing.Corpus;

/**
 * No false alarm on real government documents: every file of {@code ../shared/realdocs/} is
 * extracted and audited, and every error or warning finding must be one the reviewed list
 * {@code realdocs/accepted-findings.json} accepts (same file, rule, severity and evidence values),
 * each with the reason a person gives after reading the source. An accepted finding that no longer
 * fires fails too, so the list stays the truth. Skipped with a message when the folder is absent,
 * unless CI=true.
 */
class RealDocsFindingsTest {
  private static final StandardExtraction EXTRACTION = new StandardExtraction();

  private record Accepted(String file, String rule, String severity, List<BigDecimal> values,
                          String reason) {
    boolean matches(String f, Finding x) {
      if (!file.equals(f) || !rule.equals(x.rule()) || !severity.equals(x.severity().json())) {
        return false;
      }
      List<BigDecimal> got = new ArrayList<>();
      for (Evidence e : x.evidence()) {
        if (e.value() != null) {
          got.add(e.value());
        }
      }
      if (got.size() != values.size()) {
        return false;
      }
      for (int i = 0; i < got.size(); i++) {
        if (got.get(i).compareTo(values.get(i)) != 0) {
          return false;
        }
      }
      return true;
    }
  }

  private static List<Accepted> accepted() throws IOException {
    List<Accepted> out = new ArrayList<>();
    try (InputStream in = RealDocsFindingsTest.class.getResourceAsStream(
        "/realdocs/accepted-findings.json")) {
      JsonNode root = ReportJson.mapper().readTree(in);
      var names = root.get("files").fieldNames();
      while (names.hasNext()) {
        String file = names.next();
        for (JsonNode a : root.get("files").get(file)) {
          List<BigDecimal> values = new ArrayList<>();
          a.get("values").forEach(v -> values.add(v.decimalValue()));
          String reason = a.get("reason").asText();
          assertTrue(reason.length() >= 20, "accepted finding without a reason: " + file);
          out.add(new Accepted(file, a.get("rule").asText(), a.get("severity").asText(), values,
              reason));
        }
      }
    }
    return out;
  }

  @Test
  void everyErrorOrWarningIsAReviewedRealInconsistency() throws IOException {
    Path dir = Corpus.root().resolve("../shared/realdocs").normalize();
    boolean present = Files.isDirectory(dir);
    if (!present && "true".equals(System.getenv("CI"))) {
      fail("../shared/realdocs is required on CI but absent: " + dir);
    }
    Assumptions.assumeTrue(present, "../shared/realdocs absent: real-document findings not checked");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> !p.getFileName().toString().toLowerCase().endsWith(".md")).sorted().toList();
    }
    List<Accepted> accepted = accepted();
    List<Accepted> used = new ArrayList<>();
    List<String> unexpected = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      ExtractedDocument d = EXTRACTION.extract(f);
      assertTrue(!d.reports().isEmpty(), name + ": no report; errors " + d.errors());
      for (Report r : d.reports()) {
        for (Finding x : r.findings()) {
          if (x.severity() == Severity.INFO) {
            continue;
          }
          Accepted a = accepted.stream().filter(y -> y.matches(name, x)).findFirst().orElse(null);
          if (a == null) {
            unexpected.add(name + ": " + x.severity().json() + " " + x.rule() + " " + x.message());
          } else {
            used.add(a);
          }
        }
      }
    }
    List<Accepted> stale = accepted.stream().filter(a -> !used.contains(a)).toList();
    assertTrue(unexpected.isEmpty(), unexpected.size() + " finding(s) not in accepted-findings.json:\n"
        + String.join("\n", unexpected));
    assertTrue(stale.isEmpty(), "accepted findings that no longer fire: " + stale);
  }
}
