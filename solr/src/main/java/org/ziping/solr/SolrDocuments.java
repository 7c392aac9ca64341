package org.ziping.solr;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.solr.common.SolrInputDocument;
import org.ziping.index.IndexSchema;
import org.ziping.index.ReportGroups;
import org.ziping.index.ReportIndexer;
import org.ziping.index.ReportSummary;
import org.ziping.index.ReportText;

/**
 * The Solr document of one report: the fields of the embedded index's document
 * ({@link IndexSchema#toDocument}) under the same names, as the configset's schema declares them.
 * {@code text_bigram} is filled by the schema's copy field from {@code text}; the summary and the
 * report JSON are stored strings; the id orders itself (no {@code id_sort}).
 */
final class SolrDocuments {
  private SolrDocuments() {}

  static SolrInputDocument of(ReportIndexer.Entry e, String inputSha256) {
    ReportSummary s = e.summary();
    SolrInputDocument d = new SolrInputDocument();
    d.setField(IndexSchema.ID, s.id());
    d.setField(IndexSchema.INPUT, s.input());
    d.setField(IndexSchema.INPUT_SHA256, inputSha256);
    if (s.sourceFile() != null) {
      d.setField(IndexSchema.SOURCE, s.sourceFile());
    }
    d.setField(IndexSchema.TEXT, e.text());
    if (s.title() != null) {
      d.setField(IndexSchema.TITLE, s.title());
    }
    if (s.unit() != null) {
      d.setField(IndexSchema.UNIT_CHARS, s.unit());
    }
    List<String> headings = ReportText.sectionTitles(e.report());
    if (!headings.isEmpty()) {
      d.setField(IndexSchema.SECTIONS, String.join("\n", headings));
    }
    keyword(d, IndexSchema.PROVINCE, s.region().province());
    keyword(d, IndexSchema.CITY, s.region().city());
    keyword(d, IndexSchema.COUNTY, s.region().county());
    for (String r : new TreeSet<>(Arrays.asList(s.region().province(), s.region().city(),
        s.region().county()).stream().filter(Objects::nonNull).toList())) {
      d.addField(IndexSchema.REGION, r);
    }
    if (s.year() != null) {
      d.setField(IndexSchema.YEAR, s.year());
    }
    keyword(d, IndexSchema.KIND, s.kind());
    keyword(d, IndexSchema.GRADE, s.grade());
    for (String rule : s.rules()) {
      d.addField(IndexSchema.RULE, rule);
    }
    TreeSet<String> severities = new TreeSet<>();
    for (ReportSummary.FindingLine f : s.findings()) {
      if (f.severity() != null) {
        severities.add(f.severity());
      }
    }
    for (String sev : severities) {
      d.addField(IndexSchema.SEVERITY, sev);
    }
    d.setField(IndexSchema.FINDINGS, s.findingCounts().total());
    number(d, IndexSchema.SCORE, s.declaredScore());
    number(d, IndexSchema.EXEC_RATE, s.execRate());
    number(d, IndexSchema.BUDGET_YUAN, s.budgetYuan());
    number(d, IndexSchema.ACTUAL_YUAN, s.actualYuan());
    d.setField(IndexSchema.GROUP, ReportGroups.key(s));
    d.setField(IndexSchema.SUMMARY_JSON, IndexSchema.compactJson(s));
    d.setField(IndexSchema.REPORT_JSON, IndexSchema.compactJson(e.report()));
    return d;
  }

  private static void keyword(SolrInputDocument d, String field, String value) {
    if (value != null && !value.isBlank()) {
      d.setField(field, value);
    }
  }

  private static void number(SolrInputDocument d, String field, BigDecimal v) {
    if (v != null) {
      d.setField(field, v.doubleValue());
    }
  }
}
