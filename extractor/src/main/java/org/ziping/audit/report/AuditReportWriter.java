package org.ziping.audit.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ziping.audit.Findings;
import org.ziping.audit.Lists;
import org.ziping.parse.facts.OverallExecution;
import org.ziping.audit.Severity;
import org.ziping.io.Json;
import org.ziping.report.ErrorEntry;
import org.ziping.report.Evidence;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;
import org.ziping.report.Location;
import org.ziping.report.Report;

/**
 * Writes the findings of a batch of audited documents for people, grouped by file and report,
 * each report's findings sorted by severity (error, warning, info) then rule.
 *
 * <ul>
 *   <li>{@link #json}: a findings-only structure, not the full extracted documents (those are
 *       what {@code extract} writes): {@code {schemaVersion, totals:{files, reports, error,
 *       warning, info}, files:[{file, sha256, errors, reports:[{index, title, unit, year, kind,
 *       declaredScore, grade, executionRate, counts:{error, warning, info}, findings:[Finding]}]}]}}.
 *       {@code executionRate} is the overall rate of {@link OverallExecution}, rounded to two decimals.</li>
 *   <li>{@link #markdown}: a summary table and one section per report.</li>
 *   <li>{@link #html}: one self-contained page (inline CSS, no scripts, no external resources,
 *       every text HTML-escaped) with the summary table and, per finding, rule, severity, message
 *       and the quoted evidence with its location (page, offsets, table/row/column).</li>
 *   <li>{@link #summaryLine}: one line for stderr.</li>
 * </ul>
 */
public final class AuditReportWriter {

  /** Counts of findings by severity in report order. */
  public static Map<String, Integer> counts(List<Finding> findings) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (Severity s : Severity.values()) {
      m.put(s.id(), 0);
    }
    for (Finding f : findings) {
      m.merge(f.severity(), 1, Integer::sum);
    }
    return m;
  }

  private static List<Finding> sorted(Report r) {
    List<Finding> f = new ArrayList<>(Lists.of(r.findings()));
    f.sort(Comparator.comparingInt((Finding x) -> Severity.rank(x.severity())).thenComparing(Finding::rule));
    return f;
  }

  private static String file(ExtractedDocument d) {
    return d.source() == null || d.source().file() == null ? "(unknown)" : d.source().file();
  }

  /** The overall execution rate for display ("26.24"), null when none can be told. */
  static String executionRate(Report r) {
    Optional<OverallExecution> o = OverallExecution.of(r);
    return o.map(x -> x.rounded().toPlainString()).orElse(null);
  }

  public String json(List<ExtractedDocument> docs) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schemaVersion", ExtractedDocument.SCHEMA_VERSION);
    root.put("totals", totals(docs));
    List<Object> files = new ArrayList<>();
    for (ExtractedDocument d : docs) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("file", file(d));
      f.put("sha256", d.source() == null ? null : d.source().sha256());
      f.put("errors", Lists.of(d.errors()));
      List<Object> reports = new ArrayList<>();
      List<Report> rs = Lists.of(d.reports());
      for (int i = 0; i < rs.size(); i++) {
        Report r = rs.get(i);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", i);
        m.put("title", r.title());
        m.put("unit", r.unit());
        m.put("year", r.year());
        m.put("kind", r.kind());
        m.put("declaredScore", r.score() == null ? null : r.score().declaredTotal());
        m.put("grade", r.score() == null ? null : r.score().grade());
        String rate = executionRate(r);
        m.put("executionRate", rate == null ? null : new BigDecimal(rate));
        m.put("counts", counts(sorted(r)));
        m.put("findings", sorted(r));
        reports.add(m);
      }
      f.put("reports", reports);
      files.add(f);
    }
    root.put("files", files);
    return Json.write(root);
  }

  private static Map<String, Object> totals(List<ExtractedDocument> docs) {
    Map<String, Object> t = new LinkedHashMap<>();
    int reports = 0;
    List<Finding> all = new ArrayList<>();
    for (ExtractedDocument d : docs) {
      for (Report r : Lists.of(d.reports())) {
        reports++;
        all.addAll(Lists.of(r.findings()));
      }
    }
    t.put("files", docs.size());
    t.put("reports", reports);
    t.putAll(counts(all));
    return t;
  }

  /** "audit: 5 files, 6 reports, findings: 7 error, 9 warning, 2 info". */
  public String summaryLine(List<ExtractedDocument> docs) {
    Map<String, Object> t = totals(docs);
    return "audit: " + t.get("files") + " files, " + t.get("reports") + " reports, findings: "
        + t.get("error") + " error, " + t.get("warning") + " warning, " + t.get("info") + " info";
  }

  public String markdown(List<ExtractedDocument> docs) {
    StringBuilder sb = new StringBuilder("# 绩效自评报告审核结果\n\n").append(summaryLine(docs)).append("\n\n");
    sb.append("| 文件 | 报告 | 单位 | 年度 | 自评得分 | 整体执行率 | error | warning | info |\n");
    sb.append("|---|---|---|---|---|---|---|---|---|\n");
    for (ExtractedDocument d : docs) {
      for (Report r : Lists.of(d.reports())) {
        Map<String, Integer> c = counts(sorted(r));
        sb.append("| ").append(md(file(d))).append(" | ").append(md(r.title())).append(" | ").append(md(r.unit()))
            .append(" | ").append(r.year() == null ? "" : r.year()).append(" | ").append(score(r)).append(" | ")
            .append(rate(r)).append(" | ").append(c.get("error")).append(" | ").append(c.get("warning"))
            .append(" | ").append(c.get("info")).append(" |\n");
      }
    }
    for (ExtractedDocument d : docs) {
      List<Report> rs = Lists.of(d.reports());
      for (int i = 0; i < rs.size(); i++) {
        Report r = rs.get(i);
        sb.append("\n## ").append(md(file(d))).append(" · 报告").append(i + 1).append("：")
            .append(md(r.title() == null ? r.unit() : r.title())).append("\n\n");
        List<Finding> fs = sorted(r);
        if (fs.isEmpty()) {
          sb.append("无发现。\n");
        }
        for (Finding f : fs) {
          sb.append("- **").append(f.severity()).append("** `").append(f.rule()).append("` ").append(md(f.message()))
              .append(" (id ").append(f.id()).append(")\n");
          for (Evidence e : Lists.of(f.evidence())) {
            sb.append("  - ").append(md(e.label())).append(e.value() == null ? "" : " = " + Findings.shown(e.value()))
                .append(e.text() == null ? "" : "：「" + md(oneLine(e.text())) + "」")
                .append(location(e.location()).isEmpty() ? "" : "（" + location(e.location()) + "）").append('\n');
          }
        }
      }
      for (ErrorEntry e : Lists.of(d.errors())) {
        sb.append("\n> 错误（").append(md(e.stage())).append("）：").append(md(e.message())).append('\n');
      }
    }
    return sb.toString();
  }

  public String html(List<ExtractedDocument> docs) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>绩效自评报告审核结果</title>\n")
        .append("<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse}")
        .append("td,th{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eee}")
        .append(".error{color:#b00020;font-weight:bold}.warning{color:#a15c00;font-weight:bold}.info{color:#1f5fa8}")
        .append(".finding{margin:.8em 0;padding:.5em;border-left:4px solid #ccc}.finding.error{border-color:#b00020}")
        .append(".finding.warning{border-color:#e69500}.finding.info{border-color:#1f5fa8}")
        .append("blockquote{margin:.3em 0 .3em 1em;color:#444;font-size:.95em}.loc{color:#777;font-size:.85em}")
        .append("code{background:#f4f4f4;padding:0 3px}</style></head><body>\n");
    sb.append("<h1>绩效自评报告审核结果</h1>\n<p>").append(esc(summaryLine(docs))).append("</p>\n");
    sb.append("<table><tr><th>文件</th><th>报告</th><th>单位</th><th>年度</th><th>自评得分</th><th>整体执行率</th>")
        .append("<th>error</th><th>warning</th><th>info</th></tr>\n");
    int n = 0;
    for (ExtractedDocument d : docs) {
      List<Report> rs = Lists.of(d.reports());
      for (int i = 0; i < rs.size(); i++, n++) {
        Report r = rs.get(i);
        Map<String, Integer> c = counts(sorted(r));
        sb.append("<tr><td>").append(esc(file(d))).append("</td><td><a href=\"#r").append(n).append("\">")
            .append(esc(r.title() == null ? "报告" + (i + 1) : r.title())).append("</a></td><td>").append(esc(r.unit()))
            .append("</td><td>").append(r.year() == null ? "" : r.year()).append("</td><td>").append(esc(score(r)))
            .append("</td><td>").append(esc(rate(r))).append("</td><td>").append(c.get("error")).append("</td><td>")
            .append(c.get("warning")).append("</td><td>").append(c.get("info")).append("</td></tr>\n");
      }
    }
    sb.append("</table>\n");
    n = 0;
    for (ExtractedDocument d : docs) {
      List<Report> rs = Lists.of(d.reports());
      for (int i = 0; i < rs.size(); i++, n++) {
        Report r = rs.get(i);
        sb.append("<h2 id=\"r").append(n).append("\">").append(esc(file(d))).append(" · 报告").append(i + 1).append("：")
            .append(esc(r.title() == null ? r.unit() : r.title())).append("</h2>\n");
        List<Finding> fs = sorted(r);
        if (fs.isEmpty()) {
          sb.append("<p>无发现。</p>\n");
        }
        for (Finding f : fs) {
          String sev = esc(f.severity());
          sb.append("<div class=\"finding ").append(sev).append("\"><span class=\"").append(sev).append("\">")
              .append(sev).append("</span> <code>").append(esc(f.rule())).append("</code> ").append(esc(f.message()))
              .append(" <span class=\"loc\">id ").append(esc(f.id())).append("</span>\n");
          for (Evidence e : Lists.of(f.evidence())) {
            sb.append("<blockquote><b>").append(esc(e.label())).append("</b>")
                .append(e.value() == null ? "" : " = " + esc(Findings.shown(e.value())));
            if (e.text() != null) {
              sb.append("：「").append(esc(oneLine(e.text()))).append("」");
            }
            String loc = location(e.location());
            if (!loc.isEmpty()) {
              sb.append(" <span class=\"loc\">").append(esc(loc)).append("</span>");
            }
            sb.append("</blockquote>\n");
          }
          sb.append("</div>\n");
        }
      }
      for (ErrorEntry e : Lists.of(d.errors())) {
        sb.append("<p class=\"error\">错误（").append(esc(e.stage())).append("）：").append(esc(e.message())).append("</p>\n");
      }
    }
    return sb.append("</body></html>\n").toString();
  }

  private static String score(Report r) {
    if (r.score() == null) {
      return "";
    }
    String s = r.score().declaredTotal() == null ? "" : Findings.shown(r.score().declaredTotal());
    return r.score().grade() == null ? s : s + (s.isEmpty() ? "" : " ") + r.score().grade();
  }

  private static String rate(Report r) {
    String x = executionRate(r);
    return x == null ? "" : x + "%";
  }

  /**
   * "第3页，字符 120–135，表1 行2 列4" (table, row and column shown from 1); for a spreadsheet the
   * sheet and cell come first: "工作表“项目1” C7，字符 …".
   */
  static String location(Location l) {
    if (l == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    if (l.sheet() != null) {
      sb.append("工作表“").append(l.sheet()).append("”");
      if (l.cell() != null) {
        sb.append(' ').append(l.cell());
      }
      sb.append("，");
    }
    if (l.page() != null) {
      sb.append("第").append(l.page()).append("页，");
    }
    sb.append("字符 ").append(l.start()).append("–").append(l.end());
    if (l.table() != null) {
      sb.append("，表").append(l.table() + 1);
    }
    if (l.row() != null) {
      sb.append(" 行").append(l.row() + 1);
    }
    if (l.col() != null) {
      sb.append(" 列").append(l.col() + 1);
    }
    return sb.toString();
  }

  private static String oneLine(String s) {
    StringBuilder sb = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
      }
      space = false;
      sb.append(c);
    }
    String t = sb.toString();
    return t.length() > 300 ? t.substring(0, 300) + "…" : t;
  }

  static String esc(String s) {
    return org.ziping.io.HtmlText.escape(s);
  }

  private static String md(String s) {
    return s == null ? "" : s.replace("|", "\\|").replace("\n", " ").replace("<", "&lt;");
  }
}
