package org.ziping.index.web;

import static org.ziping.index.web.Html.esc;
import static org.ziping.index.web.Html.url;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ziping.index.IndexSchema;
import org.ziping.index.ReportGroups;
import org.ziping.index.ReportSummary;
import org.ziping.index.SearchResult;
import org.ziping.index.Snippet;

/**
 * The body of {@code GET /}: facets as links that add or remove a filter, the search form with
 * its ranges and the "each format apart" box, the total, and one block per hit with its formats
 * and where they disagree. {@code params} are the request's query parameters without
 * {@code page}; every link keeps them (and so the language).
 */
record SearchPage(Context ctx, Map<String, List<String>> params, SearchResult r, int page,
                  Messages m) {

  static final String ALL_FORMATS = "all_formats";

  String render() {
    StringBuilder b = new StringBuilder("<main><aside>");
    facets(b);
    b.append("</aside><div class=\"results\">");
    b.append(form());
    String q = WebServer.q(ctx);
    b.append("<p class=\"total\">").append(esc(m.t("search.total.before")))
        .append("<span id=\"total\">").append(r.total()).append("</span>")
        .append(esc(m.t("search.total.after")));
    if (!q.isBlank()) {
      b.append(esc(m.t("search.match"))).append(" <q>").append(esc(q)).append("</q>");
    }
    String qs = queryString(params);
    b.append(esc(m.t("search.export"))).append(" <a href=\"/export.csv?").append(esc(qs))
        .append("\">CSV</a> <a href=\"/export.xlsx?").append(esc(qs))
        .append("\">Excel</a> <a href=\"/export.jsonl?").append(esc(qs)).append("\">JSONL</a>")
        .append(" · <a id=\"overview\" href=\"/overview?").append(esc(qs)).append("\">")
        .append(esc(m.t("search.overview"))).append("</a></p>");
    for (SearchResult.Hit h : r.hits()) {
      b.append(hit(h));
    }
    if (r.total() > (long) page * WebServer.PAGE_SIZE) {
      Map<String, List<String>> next = new LinkedHashMap<>(params);
      next.put("page", List.of(String.valueOf(page + 1)));
      b.append("<p><a rel=\"next\" href=\"/?").append(esc(queryString(next)))
          .append("\">").append(esc(m.t("search.next"))).append("</a></p>");
    }
    b.append("</div></main>");
    return b.toString();
  }

  private void facets(StringBuilder b) {
    for (SearchResult.FacetDim dim : r.facets()) {
      if (dim.values().isEmpty()) {
        continue;
      }
      List<String> active = params.getOrDefault(dim.dim(), List.of());
      b.append("<h3>").append(esc(m.t("dim." + dim.dim())))
          .append("</h3><ul class=\"facet\" data-dim=\"").append(esc(dim.dim())).append("\">");
      for (SearchResult.FacetValue v : dim.values()) {
        boolean on = active.contains(v.label());
        String label = dim.dim().equals(IndexSchema.KIND) ? m.kind(v.label()) : v.label();
        b.append("<li><a class=\"").append(on ? "on" : "off").append("\" href=\"")
            .append(esc(link(params, dim.dim(), v.label(), !on))).append("\">")
            .append(on ? "✕ " : "").append(esc(label)).append("</a> <span class=\"count\">(")
            .append(v.count()).append(")</span></li>");
      }
      b.append("</ul>");
    }
  }

  private String form() {
    StringBuilder b = new StringBuilder("<form class=\"search\" method=\"get\" action=\"/\">");
    b.append("<input type=\"text\" name=\"q\" id=\"q\" placeholder=\"")
        .append(esc(m.t("search.placeholder"))).append("\" value=\"").append(esc(WebServer.q(ctx)))
        .append("\"> <button type=\"submit\" id=\"go\">").append(esc(m.t("search.button")))
        .append("</button> <label><input type=\"checkbox\" id=\"all-formats\" name=\"")
        .append(ALL_FORMATS).append("\" value=\"1\"")
        .append(params.containsKey(ALL_FORMATS) ? " checked" : "")
        .append(" onchange=\"this.form.submit()\"> ").append(esc(m.t("search.allFormats")))
        .append("</label>");
    List<String> hidden = new ArrayList<>(IndexSchema.FACET_DIMS);
    hidden.add("lang");
    for (String dim : hidden) {
      for (String v : params.getOrDefault(dim, List.of())) {
        b.append("<input type=\"hidden\" name=\"").append(esc(dim)).append("\" value=\"")
            .append(esc(v)).append("\">");
      }
    }
    b.append("<fieldset><legend>").append(esc(m.t("search.ranges"))).append("</legend>");
    range(b, "search.score", "min_score", "max_score");
    range(b, "search.exec", "min_exec_rate", "max_exec_rate");
    range(b, "search.budget", "min_budget_wan", "max_budget_wan");
    range(b, "search.actual", "min_actual_wan", "max_actual_wan");
    b.append(" <label>").append(esc(m.t("search.region")))
        .append(" <input type=\"text\" name=\"region\" size=\"8\" value=\"")
        .append(esc(val("region"))).append("\"></label></fieldset></form>");
    return b.toString();
  }

  private void range(StringBuilder b, String key, String min, String max) {
    b.append("<label>").append(esc(m.t(key))).append(" <input type=\"number\" step=\"any\" name=\"")
        .append(min).append("\" value=\"").append(esc(val(min))).append("\"> – ")
        .append("<input type=\"number\" step=\"any\" name=\"").append(max).append("\" value=\"")
        .append(esc(val(max))).append("\"></label> ");
  }

  private String val(String name) {
    String v = ctx.queryParam(name);
    return v == null ? "" : v;
  }

  private String hit(SearchResult.Hit h) {
    ReportSummary s = h.report();
    StringBuilder b = new StringBuilder("<div class=\"hit\"><h2><a class=\"report-link\" href=\"")
        .append(esc(m.link("/report/" + url(h.id())))).append("\">")
        .append(esc(s.unit() == null ? m.t("hit.unitUnknown") : s.unit())).append("</a> ")
        .append(esc(s.year())).append("</h2><div class=\"meta\">");
    List<String> meta = new ArrayList<>();
    if (s.kind() != null) {
      meta.add(m.kind(s.kind()));
    }
    if (s.declaredScore() != null) {
      meta.add(m.t("hit.score") + s.declaredScore().toPlainString()
          + (s.grade() == null ? "" : " " + s.grade()));
    }
    String place = Html.join(s.region().province(), s.region().city(), s.region().county());
    if (!place.isEmpty()) {
      meta.add(place);
    }
    if (s.execRate() != null) {
      meta.add(m.t("hit.exec") + s.execRate().toPlainString() + "%");
    }
    if (!s.rules().isEmpty()) {
      meta.add(m.t("hit.findings") + String.join(", ", s.rules()));
    }
    b.append(esc(String.join(" · ", meta))).append("</div>");
    formats(b, h);
    b.append("<p class=\"snippet\">").append(snippet(h.snippet())).append("</p></div>");
    return b.toString();
  }

  /** The hit's files as links (its own first), and the figures on which they disagree. */
  private void formats(StringBuilder b, SearchResult.Hit h) {
    b.append("<div class=\"formats\">").append(esc(m.t("hit.formats")));
    for (SearchResult.Format f : h.formats()) {
      b.append(" <a class=\"format\" data-format=\"").append(esc(f.format())).append("\" title=\"")
          .append(esc(f.sourceFile())).append("\" href=\"")
          .append(esc(m.link("/report/" + url(f.id())))).append("\">").append(esc(f.format()))
          .append("</a>");
    }
    if (!h.disagreements().isEmpty()) {
      b.append(" <span class=\"disagree\">").append(esc(m.t("hit.disagree")));
      List<String> parts = new ArrayList<>();
      for (ReportGroups.Disagreement d : h.disagreements()) {
        List<String> vs = new ArrayList<>();
        d.values().forEach((k, v) -> vs.add(k + " " + v));
        parts.add(d.field() + "（" + String.join("，", vs) + "）");
      }
      b.append(esc(String.join("；", parts))).append("</span>");
    }
    b.append("</div>");
  }

  static String snippet(Snippet s) {
    StringBuilder b = new StringBuilder();
    for (Snippet.Fragment f : s.fragments()) {
      b.append(f.hit() ? "<mark>" + esc(f.text()) + "</mark>" : esc(f.text()));
    }
    return b.toString();
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

  static String queryString(Map<String, List<String>> params) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      for (String v : e.getValue()) {
        parts.add(url(e.getKey()) + "=" + url(v));
      }
    }
    return String.join("&", parts);
  }
}
