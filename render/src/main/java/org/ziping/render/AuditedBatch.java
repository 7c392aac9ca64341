package org.ziping.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ziping.report.Decimals;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;
import org.ziping.report.OverallExecution;
import org.ziping.report.Report;
import org.ziping.report.Severity;
import org.ziping.report.SourceRef;

/**
 * What every audit writer shows, computed once: the audited documents in input order, each
 * report with its findings sorted by severity (error, warning, info) then rule, the counts by
 * severity and the overall execution rate the report stores ({@link Report#overallExecution()},
 * two decimals), and the totals of the batch.
 */
public final class AuditedBatch {

  /** One report of one file as the writers show it. */
  public record Row(ExtractedDocument document, String file, int index, Report report,
                    List<Finding> findings, Map<String, Integer> counts, BigDecimal executionRate) {

    /** The title, else the unit, else "报告N"/"report N". */
    public String name(Lang lang) {
      if (report.title() != null) {
        return report.title();
      }
      return report.unit() != null ? report.unit() : lang.t("audit.reportNo") + (index + 1);
    }

    /** "99.5 优", the declared total and grade as far as given; "" when none. */
    public String score() {
      if (report.score() == null) {
        return "";
      }
      String s = report.score().declaredTotal() == null ? ""
          : Decimals.shown(report.score().declaredTotal());
      String g = report.score().grade();
      return g == null ? s : s + (s.isEmpty() ? "" : " ") + g;
    }
  }

  private final List<ExtractedDocument> documents;
  private final List<Row> rows;

  private AuditedBatch(List<ExtractedDocument> documents, List<Row> rows) {
    this.documents = List.copyOf(documents);
    this.rows = List.copyOf(rows);
  }

  /** Every report of the documents, numbered by its place in its document. */
  public static AuditedBatch of(List<ExtractedDocument> documents) {
    List<Row> rows = new ArrayList<>();
    for (ExtractedDocument d : documents) {
      List<Report> rs = d.reports();
      for (int i = 0; i < rs.size(); i++) {
        rows.add(row(d, i, rs.get(i)));
      }
    }
    return new AuditedBatch(documents, rows);
  }

  /** A report picked out of its document (a search hit): its source and its place in the file. */
  public record Picked(SourceRef source, int index, Report report) {}

  /**
   * Picked reports, in the order given; reports of the same source (same sha256, else file) form
   * one document, each keeping its own number in the file.
   */
  public static AuditedBatch ofPicked(List<Picked> picked) {
    Map<String, List<Picked>> bySource = new LinkedHashMap<>();
    for (Picked p : picked) {
      String key = p.source() == null ? "" : p.source().sha256() != null ? p.source().sha256()
          : String.valueOf(p.source().file());
      bySource.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
    }
    List<ExtractedDocument> docs = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (List<Picked> ps : bySource.values()) {
      ExtractedDocument d = new ExtractedDocument(ExtractedDocument.SCHEMA_VERSION, ps.get(0).source(),
          ps.stream().map(Picked::report).toList(), List.of());
      docs.add(d);
      ps.forEach(p -> rows.add(row(d, p.index(), p.report())));
    }
    return new AuditedBatch(docs, rows);
  }

  private static Row row(ExtractedDocument d, int index, Report r) {
    List<Finding> f = sorted(r);
    OverallExecution overall = r.overallExecution();
    return new Row(d, file(d), index, r, f, counts(f), overall == null ? null : overall.rounded());
  }

  public List<ExtractedDocument> documents() {
    return documents;
  }

  /** Every report of every document, in input order. */
  public List<Row> rows() {
    return rows;
  }

  /** The rows of one document. */
  public List<Row> rows(ExtractedDocument d) {
    return rows.stream().filter(r -> r.document() == d).toList();
  }

  /** {files, reports, error, warning, info}. */
  public Map<String, Object> totals() {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("files", documents.size());
    t.put("reports", rows.size());
    List<Finding> all = new ArrayList<>();
    rows.forEach(r -> all.addAll(r.findings()));
    t.putAll(counts(all));
    return t;
  }

  /** "audit: 5 files, 6 reports, findings: 7 error, 9 warning, 2 info". */
  public String summaryLine() {
    Map<String, Object> t = totals();
    return "audit: " + t.get("files") + " files, " + t.get("reports") + " reports, findings: "
        + t.get("error") + " error, " + t.get("warning") + " warning, " + t.get("info") + " info";
  }

  /** The summary for a page: "5个文件，6份报告；发现：错误 7，警告 9，提示 2" or the English line. */
  public String summary(Lang lang) {
    if (lang == Lang.EN) {
      return summaryLine();
    }
    Map<String, Object> t = totals();
    return t.get("files") + "个文件，" + t.get("reports") + "份报告；发现：错误 " + t.get("error")
        + "，警告 " + t.get("warning") + "，提示 " + t.get("info");
  }

  /** The source file as recorded, "(unknown)" when missing. */
  public static String file(ExtractedDocument d) {
    return d.source() == null || d.source().file() == null ? "(unknown)" : d.source().file();
  }

  /** Counts of findings by severity, every severity present (error, warning, info). */
  public static Map<String, Integer> counts(List<Finding> findings) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (Severity s : Severity.values()) {
      m.put(s.json(), 0);
    }
    for (Finding f : findings) {
      if (f.severity() != null) {
        m.merge(f.severity().json(), 1, Integer::sum);
      }
    }
    return m;
  }

  /** A report's findings by severity, then rule. */
  public static List<Finding> sorted(Report r) {
    List<Finding> f = new ArrayList<>(r.findings());
    f.sort(Comparator.comparingInt((Finding x) -> Severity.rank(x.severity()))
        .thenComparing(Finding::rule));
    return f;
  }
}
