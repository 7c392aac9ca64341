package org.ziping.index.web;

import static org.ziping.index.web.Html.esc;
import static org.ziping.index.web.Html.url;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.ziping.index.ReportSummary;
import org.ziping.render.FindingHtml;
import org.ziping.render.Lang;
import org.ziping.report.Evidence;
import org.ziping.report.Finding;
import org.ziping.report.Report;
import org.ziping.report.Section;

/**
 * The body of {@code GET /report/{id}}: the report's facts, its findings with their quoted
 * evidence, budget rows, indicators, score items, amounts and section headings, in the reader's
 * language ({@link Messages}). Every piece of data is escaped.
 */
record ReportPage(ReportSummary s, Report r, Messages m) {

  String render() {
    StringBuilder b = new StringBuilder("<div class=\"report\">");
    b.append("<p><a href=\"").append(esc(m.link("/"))).append("\">").append(m.t("report.back"))
        .append("</a> · <a href=\"/report/").append(esc(url(s.id())))
        .append(".json\">JSON</a></p>");
    b.append("<h1 id=\"unit\">").append(esc(s.unit() == null ? m.t("hit.unitUnknown") : s.unit()))
        .append("</h1>");
    if (r.title() != null) {
      b.append("<p class=\"title\">").append(esc(r.title())).append("</p>");
    }
    facts(b);
    findings(b);
    budgetRows(b);
    indicators(b);
    scoreItems(b);
    amounts(b);
    List<Section> sections = r.sections();
    if (!sections.isEmpty()) {
      b.append("<h2>").append(m.t("report.sections")).append("</h2>");
      sections(b, sections);
    }
    b.append("</div>");
    return b.toString();
  }

  private void facts(StringBuilder b) {
    b.append("<table class=\"facts\">");
    row(b, "report.year", s.year());
    row(b, "report.kind", m.kind(s.kind()));
    row(b, "report.region", Html.join(s.region().province(), s.region().city(),
        s.region().county()) + (s.region().code() == null ? "" : " (" + s.region().code() + ")"));
    row(b, "report.date", s.reportDate());
    row(b, "report.budgetCode", r.budgetCode());
    if (r.score() != null) {
      row(b, "report.declared", r.score().declaredTotal());
      row(b, "report.max", r.score().maxTotal());
      row(b, "report.itemSum", r.score().itemSum());
      row(b, "report.grade", r.score().grade());
    }
    row(b, "report.execAudited", s.execRate());
    row(b, "report.execRecomputed", s.execRateRecomputed());
    row(b, "report.budget", s.budgetYuan());
    row(b, "report.actual", s.actualYuan());
    row(b, "report.source", s.sourceFile() + String.format(m.t("report.no"), s.reportNo()));
    b.append("</table>");
  }

  private void findings(StringBuilder b) {
    List<Finding> findings = r.findings();
    b.append("<h2>").append(m.t("report.findings")).append("（").append(findings.size())
        .append("）</h2>");
    Lang lang = m.lang();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      int finding = i;
      List<Evidence> evidence = f.evidence();
      // the render layer's finding; each located evidence links to its place in the source
      b.append(FindingHtml.of(f, lang, e -> e.location() == null ? null
          : m.link("/report/" + url(s.id()) + "/evidence/" + finding + "/"
              + evidence.indexOf(e)) + "#evidence"));
    }
  }

  private void budgetRows(StringBuilder b) {
    table(b, r.budgetRows(), "report.budgetRows", "budget", new String[] {"col.item",
        "col.initial", "col.fullYear", "col.actual", "col.declaredRate", "col.recomputedRate",
        "col.max", "col.score", "col.unit"}, x -> {
          b.append("<tr><td>").append(esc(x.label())).append("</td>");
          nums(b, x.initialBudget(), x.fullYearBudget(), x.actual(), x.declaredRate(),
              x.recomputedRate(), x.maxScore(), x.score());
          b.append("<td>").append(esc(x.unit())).append("</td></tr>");
        });
  }

  private void indicators(StringBuilder b) {
    table(b, r.indicators(), "report.indicators", "indicators", new String[] {"col.level1",
        "col.level2", "col.level3", "col.target", "col.actualValue", "col.max", "col.score",
        "col.note"}, x -> {
          b.append("<tr><td>").append(esc(x.level1())).append("</td><td>").append(esc(x.level2()))
              .append("</td><td>").append(esc(x.level3())).append("</td><td>")
              .append(esc(x.target())).append("</td><td>").append(esc(x.actual())).append("</td>");
          nums(b, x.maxScore(), x.score());
          b.append("<td>").append(esc(x.note())).append("</td></tr>");
        });
  }

  private void scoreItems(StringBuilder b) {
    table(b, r.scoreItems(), "report.scoreItems", "score-items", new String[] {"col.no",
        "col.item", "col.max", "col.score", "col.group", "col.note"}, x -> {
          b.append("<tr><td>").append(esc(x.number())).append("</td><td>")
              .append(x.group() ? "<b>" + esc(x.label()) + "</b>" : esc(x.label()))
              .append("</td>");
          nums(b, x.maxScore(), x.score());
          b.append("<td>").append(esc(x.parent())).append("</td><td>").append(esc(x.note()))
              .append("</td></tr>");
        });
  }

  private void amounts(StringBuilder b) {
    table(b, r.amounts(), "report.amounts", "amounts", new String[] {"col.label", "col.value",
        "col.unit", "col.yuan", "col.text"}, a -> {
          b.append("<tr><td>").append(esc(a.label())).append("</td>");
          nums(b, a.value());
          b.append("<td>").append(esc(a.unit())).append("</td>");
          nums(b, a.yuan());
          b.append("<td>").append(esc(a.text())).append("</td></tr>");
        });
  }

  /**
   * A section of the page: its heading and a table of the records (a header row of the column
   * keys' words, then {@code row} for each record); nothing when there are none.
   */
  private <T> void table(StringBuilder b, List<T> records, String titleKey, String cssClass,
                         String[] columns, Consumer<T> row) {
    if (records.isEmpty()) {
      return;
    }
    b.append("<h2>").append(m.t(titleKey)).append("</h2><table class=\"").append(cssClass)
        .append("\">");
    header(b, columns);
    records.forEach(row);
    b.append("</table>");
  }

  private void header(StringBuilder b, String... keys) {
    b.append("<tr>");
    for (String k : keys) {
      b.append("<th>").append(esc(m.t(k))).append("</th>");
    }
    b.append("</tr>");
  }

  private static void sections(StringBuilder b, List<Section> sections) {
    b.append("<ul class=\"sections\">");
    for (Section s : sections) {
      b.append("<li>").append(esc(s.number() == null ? "" : s.number() + " "))
          .append(esc(s.title()));
      if (s.children() != null && !s.children().isEmpty()) {
        sections(b, s.children());
      }
      b.append("</li>");
    }
    b.append("</ul>");
  }

  private void row(StringBuilder b, String key, Object value) {
    if (value == null || value.toString().isBlank()) {
      return;
    }
    b.append("<tr><th>").append(esc(m.t(key))).append("</th><td>").append(esc(value))
        .append("</td></tr>");
  }

  private static void nums(StringBuilder b, BigDecimal... values) {
    for (BigDecimal v : values) {
      b.append("<td class=\"num\">").append(esc(v)).append("</td>");
    }
  }
}
