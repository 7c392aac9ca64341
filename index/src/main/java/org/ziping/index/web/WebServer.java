package org.ziping.index.web;

import static org.ziping.index.web.Html.esc;
import static org.ziping.index.web.Html.url;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.queryparser.classic.ParseException;
import org.ziping.index.IndexSchema;
import org.ziping.index.ReportExport;
import org.ziping.index.ReportWorkbook;
import org.ziping.render.FindingHtml;
import org.ziping.render.Lang;
import org.ziping.index.ReportSearcher;
import org.ziping.index.ReportSummary;
import org.ziping.index.SearchFilters;
import org.ziping.index.SearchResult;
import org.ziping.index.Snippet;
import org.ziping.io.Json;
import org.ziping.report.Amount;
import org.ziping.report.BudgetRow;
import org.ziping.report.Finding;
import org.ziping.report.Indicator;
import org.ziping.report.Report;
import org.ziping.report.ScoreItem;
import org.ziping.report.Section;

/**
 * The search web page, rendered on the server (Javalin 6, no JavaScript).
 *
 * <ul>
 *   <li>{@code GET /}: search box, facet counts (province, city, year, kind, grade, finding rule)
 *       as links that add or remove a filter, range filters (score, execution rate, budget and
 *       actual spending in 万元), ranked results with highlighted snippets, 20 per page;</li>
 *   <li>{@code GET /report/{id}}: one report from its stored JSON: score, findings with their quoted
 *       evidence, budget rows, indicators, score items, amounts, section headings;
 *       {@code /report/{id}.json} gives the JSON itself;</li>
 *   <li>{@code GET /api/search}: the same search as JSON; {@code GET /export.csv},
 *       {@code /export.jsonl}: every matching report's fields; {@code /export.xlsx}: a workbook
 *       of the matching reports and their findings.</li>
 * </ul>
 * Every piece of data is HTML-escaped ({@link Html#esc}). The searcher is refreshed on each
 * request, so a running {@code index} shows up without a restart.
 */
public final class WebServer implements AutoCloseable {
  static final int PAGE_SIZE = 20;
  private static final List<String> FACET_PARAMS = IndexSchema.FACET_DIMS;
  private static final Map<String, String> DIM_LABELS = Map.of(
      IndexSchema.PROVINCE, "Province", IndexSchema.CITY, "City", IndexSchema.YEAR, "Year",
      IndexSchema.KIND, "Kind", IndexSchema.GRADE, "Grade", IndexSchema.RULE, "Finding rule");
  private static final Map<String, String> KIND_LABELS = Map.of(
      "department", "department (部门整体支出)", "project", "project (项目支出)",
      "special", "special funds (专项资金)");

  private final ReportSearcher searcher;
  private final Javalin app;

  public WebServer(ReportSearcher searcher) {
    this.searcher = searcher;
    this.app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.http.defaultContentType = "text/html; charset=utf-8";
    });
    app.get("/", this::searchPage);
    app.get("/report/{id}", this::reportPage);
    app.get("/api/search", this::apiSearch);
    app.get("/export.csv", ctx -> export(ctx, ReportExport.Format.CSV));
    app.get("/export.jsonl", ctx -> export(ctx, ReportExport.Format.JSONL));
    app.get("/export.xlsx", this::exportWorkbook);
    app.exception(ParseException.class, (e, ctx) -> {
      ctx.status(400).html(Html.page("Bad query", "<div class=\"report\"><h1>Bad query</h1><p>"
          + esc(e.getMessage().lines().findFirst().orElse("")) + "</p><p><a href=\"/\">back</a>"
          + "</p></div>"));
    });
  }

  /** Starts listening; returns the bound port (a free one when {@code port} is 0). */
  public int start(String host, int port) {
    app.start(host, port);
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private SearchFilters filters(Context ctx) {
    List<Integer> years = new ArrayList<>();
    for (String y : ctx.queryParams(IndexSchema.YEAR)) {
      try {
        years.add(Integer.parseInt(y.strip()));
      } catch (NumberFormatException ignored) {
        // a malformed year is no filter; the page shows what was asked in the form
      }
    }
    return SearchFilters.builder()
        .years(years)
        .provinces(ctx.queryParams(IndexSchema.PROVINCE))
        .cities(ctx.queryParams(IndexSchema.CITY))
        .kinds(ctx.queryParams(IndexSchema.KIND))
        .grades(ctx.queryParams(IndexSchema.GRADE))
        .rules(ctx.queryParams(IndexSchema.RULE))
        .regions(nonBlank(ctx.queryParams("region")))
        .score(num(ctx, "min_score", 1), num(ctx, "max_score", 1))
        .execRate(num(ctx, "min_exec_rate", 1), num(ctx, "max_exec_rate", 1))
        .budgetYuan(num(ctx, "min_budget_wan", 10_000), num(ctx, "max_budget_wan", 10_000))
        .actualYuan(num(ctx, "min_actual_wan", 10_000), num(ctx, "max_actual_wan", 10_000))
        .build();
  }

  private static List<String> nonBlank(List<String> l) {
    return l.stream().filter(s -> !s.isBlank()).toList();
  }

  private static BigDecimal num(Context ctx, String name, int factor) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(v.strip()).multiply(BigDecimal.valueOf(factor));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String q(Context ctx) {
    String q = ctx.queryParam("q");
    return q == null ? "" : q;
  }

  private void searchPage(Context ctx) throws IOException, ParseException {
    searcher.refresh();
    String q = q(ctx);
    int page = 1;
    try {
      page = Math.max(1, Integer.parseInt(ctx.queryParamAsClass("page", String.class)
          .getOrDefault("1")));
    } catch (NumberFormatException ignored) {
      // page 1
    }
    SearchResult r = searcher.search(q, filters(ctx), (page - 1) * PAGE_SIZE, PAGE_SIZE);
    Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
    params.remove("page");
    StringBuilder b = new StringBuilder("<main><aside>");
    for (SearchResult.FacetDim dim : r.facets()) {
      if (dim.values().isEmpty()) {
        continue;
      }
      List<String> active = params.getOrDefault(dim.dim(), List.of());
      b.append("<h3>").append(esc(DIM_LABELS.getOrDefault(dim.dim(), dim.dim())))
          .append("</h3><ul class=\"facet\" data-dim=\"").append(esc(dim.dim())).append("\">");
      for (SearchResult.FacetValue v : dim.values()) {
        boolean on = active.contains(v.label());
        String label = dim.dim().equals(IndexSchema.KIND)
            ? KIND_LABELS.getOrDefault(v.label(), v.label()) : v.label();
        b.append("<li><a class=\"").append(on ? "on" : "off").append("\" href=\"")
            .append(esc(link(params, dim.dim(), v.label(), !on))).append("\">")
            .append(on ? "✕ " : "").append(esc(label)).append("</a> <span class=\"count\">(")
            .append(v.count()).append(")</span></li>");
      }
      b.append("</ul>");
    }
    b.append("</aside><div class=\"results\">");
    b.append(form(ctx, params));
    b.append("<p class=\"total\"><span id=\"total\">").append(r.total())
        .append("</span> report(s)");
    if (!q.isBlank()) {
      b.append(" match <q>").append(esc(q)).append("</q>");
    }
    b.append(" · export <a href=\"/export.csv?").append(esc(queryString(params)))
        .append("\">CSV</a> <a href=\"/export.xlsx?").append(esc(queryString(params)))
        .append("\">Excel</a> <a href=\"/export.jsonl?").append(esc(queryString(params)))
        .append("\">JSONL</a></p>");
    for (SearchResult.Hit h : r.hits()) {
      b.append(hit(h));
    }
    if (r.total() > (long) page * PAGE_SIZE) {
      Map<String, List<String>> next = new LinkedHashMap<>(params);
      next.put("page", List.of(String.valueOf(page + 1)));
      b.append("<p><a rel=\"next\" href=\"/?").append(esc(queryString(next)))
          .append("\">next page</a></p>");
    }
    b.append("</div></main>");
    ctx.html(Html.page(q.isBlank() ? "ziping search" : q + " · ziping", b.toString()));
  }

  private static String form(Context ctx, Map<String, List<String>> params) {
    StringBuilder b = new StringBuilder("<form class=\"search\" method=\"get\" action=\"/\">");
    b.append("<input type=\"text\" name=\"q\" id=\"q\" placeholder=\"养老保险, unit:湛江, "
        + "score:[95 TO *]\" value=\"").append(esc(q(ctx))).append("\"> ")
        .append("<button type=\"submit\" id=\"go\">Search</button>");
    for (String dim : FACET_PARAMS) {
      for (String v : params.getOrDefault(dim, List.of())) {
        b.append("<input type=\"hidden\" name=\"").append(esc(dim)).append("\" value=\"")
            .append(esc(v)).append("\">");
      }
    }
    b.append("<fieldset><legend>Ranges</legend>");
    range(b, ctx, "Score", "min_score", "max_score");
    range(b, ctx, "Execution rate %", "min_exec_rate", "max_exec_rate");
    range(b, ctx, "Budget 万元", "min_budget_wan", "max_budget_wan");
    range(b, ctx, "Actual 万元", "min_actual_wan", "max_actual_wan");
    b.append(" <label>Region <input type=\"text\" name=\"region\" size=\"8\" value=\"")
        .append(esc(ctx.queryParam("region") == null ? "" : ctx.queryParam("region")))
        .append("\"></label></fieldset></form>");
    return b.toString();
  }

  private static void range(StringBuilder b, Context ctx, String label, String min, String max) {
    b.append("<label>").append(esc(label)).append(" <input type=\"number\" step=\"any\" name=\"")
        .append(min).append("\" value=\"").append(esc(val(ctx, min))).append("\"> – ")
        .append("<input type=\"number\" step=\"any\" name=\"").append(max).append("\" value=\"")
        .append(esc(val(ctx, max))).append("\"></label> ");
  }

  private static String val(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null ? "" : v;
  }

  private static String hit(SearchResult.Hit h) {
    ReportSummary s = h.report();
    StringBuilder b = new StringBuilder("<div class=\"hit\"><h2><a class=\"report-link\" href=\"/report/")
        .append(esc(url(h.id()))).append("\">").append(esc(s.unit() == null ? "(unit unknown)"
            : s.unit())).append("</a> ").append(esc(s.year())).append("</h2><div class=\"meta\">");
    List<String> meta = new ArrayList<>();
    if (s.kind() != null) {
      meta.add(KIND_LABELS.getOrDefault(s.kind(), s.kind()));
    }
    if (s.declaredScore() != null) {
      meta.add("score " + s.declaredScore().toPlainString()
          + (s.grade() == null ? "" : " " + s.grade()));
    }
    String place = join(s.region().province(), s.region().city(), s.region().county());
    if (!place.isEmpty()) {
      meta.add(place);
    }
    if (s.execRate() != null) {
      meta.add("execution " + s.execRate().toPlainString() + "%");
    }
    if (!s.rules().isEmpty()) {
      meta.add("findings: " + String.join(", ", s.rules()));
    }
    if (s.sourceFile() != null) {
      String f = s.sourceFile();
      meta.add(f.substring(f.lastIndexOf('/') + 1) + (s.reportNo() > 1 ? " #" + s.reportNo() : ""));
    }
    b.append(esc(String.join(" · ", meta))).append("</div><p class=\"snippet\">")
        .append(snippet(h.snippet())).append("</p></div>");
    return b.toString();
  }

  static String snippet(Snippet s) {
    StringBuilder b = new StringBuilder();
    for (Snippet.Fragment f : s.fragments()) {
      b.append(f.hit() ? "<mark>" + esc(f.text()) + "</mark>" : esc(f.text()));
    }
    return b.toString();
  }

  private static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p != null) {
        sb.append(p);
      }
    }
    return sb.toString();
  }

  private static String link(Map<String, List<String>> params, String dim, String value,
                             boolean add) {
    Map<String, List<String>> p = new LinkedHashMap<>(params);
    List<String> vals = new ArrayList<>(p.getOrDefault(dim, List.of()));
    if (add) {
      vals.add(value);
    } else {
      vals.remove(value);
    }
    p.put(dim, vals);
    return "/?" + queryString(p);
  }

  private static String queryString(Map<String, List<String>> params) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      for (String v : e.getValue()) {
        parts.add(url(e.getKey()) + "=" + url(v));
      }
    }
    return String.join("&", parts);
  }

  private void apiSearch(Context ctx) throws IOException, ParseException {
    searcher.refresh();
    int limit = Math.min(100, Math.max(0, intParam(ctx, "limit", 10)));
    int offset = Math.max(0, intParam(ctx, "offset", 0));
    SearchResult r = searcher.search(q(ctx), filters(ctx), offset, limit);
    ctx.contentType("application/json; charset=utf-8").result(Json.write(r));
  }

  private static int intParam(Context ctx, String name, int dflt) {
    try {
      String v = ctx.queryParam(name);
      return v == null ? dflt : Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      return dflt;
    }
  }

  /** The matching reports and their findings as an Excel workbook (render layer). */
  private void exportWorkbook(Context ctx) throws IOException, ParseException {
    searcher.refresh();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ReportWorkbook.write(searcher, q(ctx), filters(ctx), Lang.ZH, out);
    ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("Content-Disposition", "attachment; filename=\"ziping-reports.xlsx\"")
        .result(out.toByteArray());
  }

  private void export(Context ctx, ReportExport.Format format) throws IOException, ParseException {
    searcher.refresh();
    StringWriter w = new StringWriter();
    try (ReportExport ex = new ReportExport(format, w)) {
      IOException[] failure = new IOException[1];
      searcher.forEach(q(ctx), filters(ctx), s -> {
        try {
          ex.write(s);
        } catch (IOException e) {
          failure[0] = e;
        }
      });
      if (failure[0] != null) {
        throw failure[0];
      }
    }
    String type = format == ReportExport.Format.CSV ? "text/csv" : "application/x-ndjson";
    ctx.contentType(type + "; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"ziping-reports."
            + format.name().toLowerCase(java.util.Locale.ROOT) + "\"")
        .result(w.toString());
  }

  private void reportPage(Context ctx) throws IOException {
    searcher.refresh();
    String id = ctx.pathParam("id");
    boolean raw = id.endsWith(".json");
    if (raw) {
      id = id.substring(0, id.length() - ".json".length());
    }
    Optional<ReportSearcher.StoredReport> found = searcher.byId(id);
    if (found.isEmpty()) {
      ctx.status(404).html(Html.page("Not found", "<div class=\"report\"><h1>No report "
          + esc(id) + "</h1><p><a href=\"/\">search</a></p></div>"));
      return;
    }
    if (raw) {
      ctx.contentType("application/json; charset=utf-8").result(found.get().reportJson());
      return;
    }
    ReportSummary s = found.get().summary();
    Report r = Json.mapper().readValue(found.get().reportJson(), Report.class);
    ctx.html(Html.page((s.unit() == null ? id : s.unit()) + " · ziping",
        new ReportPage(s, r).render()));
  }

  /** The report page body. */
  record ReportPage(ReportSummary s, Report r) {
    String render() {
      StringBuilder b = new StringBuilder("<div class=\"report\">");
      b.append("<p><a href=\"/\">← search</a> · <a href=\"/report/").append(esc(url(s.id())))
          .append(".json\">JSON</a></p>");
      b.append("<h1 id=\"unit\">").append(esc(s.unit() == null ? "(unit unknown)" : s.unit()))
          .append("</h1>");
      if (r.title() != null) {
        b.append("<p class=\"title\">").append(esc(r.title())).append("</p>");
      }
      b.append("<table class=\"facts\">");
      row(b, "Year", s.year());
      row(b, "Kind", s.kind() == null ? null : KIND_LABELS.getOrDefault(s.kind(), s.kind()));
      row(b, "Region", join(s.region().province(), s.region().city(), s.region().county())
          + (s.region().code() == null ? "" : " (" + s.region().code() + ")"));
      row(b, "Report date", s.reportDate());
      row(b, "Budget code", r.budgetCode());
      if (r.score() != null) {
        row(b, "Declared total score", r.score().declaredTotal());
        row(b, "Maximum", r.score().maxTotal());
        row(b, "Sum of item scores", r.score().itemSum());
        row(b, "Grade", r.score().grade());
      }
      row(b, "Execution rate % (overall, as audited)", s.execRate());
      row(b, "Execution rate % (recomputed)", s.execRateRecomputed());
      row(b, "Budget (元)", s.budgetYuan());
      row(b, "Actual spending (元)", s.actualYuan());
      row(b, "Source", s.sourceFile() + " · report " + s.reportNo());
      b.append("</table>");

      List<Finding> findings = r.findings() == null ? List.of() : r.findings();
      b.append("<h2>Findings (").append(findings.size()).append(")</h2>");
      for (Finding f : findings) {
        b.append(FindingHtml.of(f, Lang.ZH));
      }

      List<BudgetRow> rows = r.budgetRows() == null ? List.of() : r.budgetRows();
      if (!rows.isEmpty()) {
        b.append("<h2>Budget</h2><table class=\"budget\"><tr><th>Item</th><th>Initial budget</th>"
            + "<th>Full-year budget</th><th>Actual</th><th>Declared rate %</th>"
            + "<th>Recomputed rate %</th><th>Max</th><th>Score</th><th>Unit</th></tr>");
        for (BudgetRow x : rows) {
          b.append("<tr><td>").append(esc(x.label())).append("</td>");
          nums(b, x.initialBudget(), x.fullYearBudget(), x.actual(), x.declaredRate(),
              x.recomputedRate(), x.maxScore(), x.score());
          b.append("<td>").append(esc(x.unit())).append("</td></tr>");
        }
        b.append("</table>");
      }
      List<Indicator> inds = r.indicators() == null ? List.of() : r.indicators();
      if (!inds.isEmpty()) {
        b.append("<h2>Indicators</h2><table class=\"indicators\"><tr><th>Level 1</th>"
            + "<th>Level 2</th><th>Level 3</th><th>Target</th><th>Actual</th><th>Max</th>"
            + "<th>Score</th><th>Note</th></tr>");
        for (Indicator x : inds) {
          b.append("<tr><td>").append(esc(x.level1())).append("</td><td>").append(esc(x.level2()))
              .append("</td><td>").append(esc(x.level3())).append("</td><td>")
              .append(esc(x.target())).append("</td><td>").append(esc(x.actual())).append("</td>");
          nums(b, x.maxScore(), x.score());
          b.append("<td>").append(esc(x.note())).append("</td></tr>");
        }
        b.append("</table>");
      }
      List<ScoreItem> items = r.scoreItems() == null ? List.of() : r.scoreItems();
      if (!items.isEmpty()) {
        b.append("<h2>Score items</h2><table class=\"score-items\"><tr><th>No.</th><th>Item</th>"
            + "<th>Max</th><th>Score</th><th>Group</th><th>Note</th></tr>");
        for (ScoreItem x : items) {
          b.append("<tr><td>").append(esc(x.number())).append("</td><td>")
              .append(x.group() ? "<b>" + esc(x.label()) + "</b>" : esc(x.label()))
              .append("</td>");
          nums(b, x.maxScore(), x.score());
          b.append("<td>").append(esc(x.parent())).append("</td><td>").append(esc(x.note()))
              .append("</td></tr>");
        }
        b.append("</table>");
      }
      List<Amount> amounts = r.amounts() == null ? List.of() : r.amounts();
      if (!amounts.isEmpty()) {
        b.append("<h2>Amounts</h2><table class=\"amounts\"><tr><th>Label</th><th>Value</th>"
            + "<th>Unit</th><th>元</th><th>Quoted text</th></tr>");
        for (Amount a : amounts) {
          b.append("<tr><td>").append(esc(a.label())).append("</td>");
          nums(b, a.value());
          b.append("<td>").append(esc(a.unit())).append("</td>");
          nums(b, a.yuan());
          b.append("<td>").append(esc(a.text())).append("</td></tr>");
        }
        b.append("</table>");
      }
      List<Section> sections = r.sections() == null ? List.of() : r.sections();
      if (!sections.isEmpty()) {
        b.append("<h2>Sections</h2>");
        sections(b, sections);
      }
      b.append("</div>");
      return b.toString();
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

    private static void row(StringBuilder b, String label, Object value) {
      if (value == null || value.toString().isBlank()) {
        return;
      }
      b.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value))
          .append("</td></tr>");
    }

    private static void nums(StringBuilder b, BigDecimal... values) {
      for (BigDecimal v : values) {
        b.append("<td class=\"num\">").append(esc(v)).append("</td>");
      }
    }
  }
}
