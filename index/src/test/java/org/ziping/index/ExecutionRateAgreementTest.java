package org.ziping.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.audit.Auditor;
import org.ziping.render.AuditJsonWriter;
import org.ziping.render.AuditedBatch;
import org.ziping.report.ReportJson;
import org.ziping.pipeline.StandardExtraction;
import org.ziping.report.ExtractedDocument;

/**
 * The index's execution-rate field (and so the search filter and the web page) and the audit
 * report's overall execution rate are one computation: on every corpus text, a search filtered to
 * exactly the audit's rate finds the report, and a report the audit gives no rate has none in the
 * index. 002 declares 104.97 where its figures give 100.00: both sides say 100.00.
 */
class ExecutionRateAgreementTest {
  @TempDir Path work;

  @Test
  void searchFilterAndAuditAgreeOnTheCorpus() throws Exception {
    Path corpus = Path.of("..", "corpus");
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertEquals(5, files.size(), "the five corpus texts");
    List<ExtractedDocument> audited = new ArrayList<>();
    StandardExtraction extraction = new StandardExtraction();
    Auditor auditor = new Auditor();
    for (Path f : files) {
      audited.add(auditor.audit(extraction.extract(f)));
    }
    JsonNode audit = ReportJson.mapper().readTree(new AuditJsonWriter().write(AuditedBatch.of(audited)));
    Path index = work.resolve("index");
    Path in = Files.createDirectories(work.resolve("in"));
    List<Path> extracted = new ArrayList<>();
    for (int i = 0; i < audited.size(); i++) {
      Path j = in.resolve(i + ".json");
      Files.writeString(j, ReportJson.write(audited.get(i)));
      extracted.add(j);
    }
    try (ReportIndexer ix = new ReportIndexer(index, Optional.empty(),
        new PrintWriter(new StringWriter()))) {
      ix.index(extracted);
    }
    int rates = 0;
    try (ReportSearcher searcher = new ReportSearcher(index)) {
      for (JsonNode file : audit.get("files")) {
        String sha = file.get("sha256").asText();
        for (JsonNode r : file.get("reports")) {
          String id = sha + "-" + (r.get("index").asInt() + 1);
          JsonNode rate = r.get("executionRate");
          ReportSummary indexed = searcher.byId(id).orElseThrow().summary();
          if (rate == null || rate.isNull()) {
            assertEquals(null, indexed.execRate(), id);
            continue;
          }
          rates++;
          BigDecimal v = rate.decimalValue();
          if (file.get("file").asText().contains("002_")) {
            assertEquals(0, v.compareTo(new BigDecimal("100.00")), "002 recomputed, not declared 104.97");
          }
          assertEquals(0, v.compareTo(indexed.execRate()), id + ": index " + indexed.execRate()
              + " vs audit " + v);
          List<String> hits = new ArrayList<>();
          searcher.forEach("", SearchFilters.builder().execRate(v, v).build(),
              s -> hits.add(s.id()));
          assertTrue(hits.contains(id), id + " found by its audited rate " + v);
        }
      }
    }
    assertTrue(rates >= 3, "the corpus states overall rates: " + rates);
  }
}
