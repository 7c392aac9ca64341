package org.ziping.index.web;

import static org.ziping.index.web.Html.esc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.queryparser.classic.ParseException;
import org.ziping.index.IndexSchema;
import org.ziping.index.ReportExport;
import org.ziping.index.ReportWorkbook;
import org.ziping.render.FindingHtml;
import org.ziping.render.Lang;
import org.ziping.index.ReportSearch;
import org.ziping.index.ReportSearcher;
import org.ziping.index.ReportSummary;
import org.ziping.index.SearchFilters;
import org.ziping.index.SearchResult;
import org.ziping.index.source.PageImages;
import org.ziping.index.source.SourceFiles;
import org.ziping.report.ReportJson;
import org.ziping.report.Report;

/**
 * The search web page, rendered on the server (Javalin 6, no JavaScript), in Chinese by
 * default and in English with {@code ?lang=en} ({@link Messages}); the pages themselves are
 * {@link SearchPage} and {@link ReportPage}. One hit per report unless {@code all_formats=1}.
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

  private final ReportSearch searcher;
  /**
   * The JSON of the pages the searcher's result cache serves, by identity (weak keys): a page
   * served again is not serialised again, and its JSON goes when the page leaves that cache.
   */
  private final Cache<SearchResult, byte[]> apiJson = Caffeine.newBuilder().weakKeys()
      .maximumSize(1_000).build();
  private final Javalin app;
  private final PageImages pageImages = new PageImages();

  public WebServer(ReportSearch searcher) {
    this.searcher = searcher;
    this.app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.http.defaultContentType = "text/html; charset=utf-8";
      ErrorPages.configure(cfg);
    });
    app.get("/", this::searchPage);
    app.get("/report/{id}", this::reportPage);
    app.get("/api/search", this::apiSearch);
    app.get("/overview", this::overview);
    app.get("/report/{id}/evidence/{finding}/{evidence}", this::evidencePage);
    app.get("/report/{id}/page/{page}", this::pageImage);
    app.get("/export.csv", ctx -> export(ctx, ReportExport.Format.CSV));
    app.get("/export.jsonl", ctx -> export(ctx, ReportExport.Format.JSONL));
    app.get("/export.xlsx", this::exportWorkbook);
    ErrorPages.install(app);
  }

  private static void notFound(Context ctx, Messages m, String id) {
    ctx.status(404).html(Html.page(m.t("error.notFound") + id, "<div class=\"report\"><h1>"
        + esc(m.t("error.notFound")) + esc(id) + "</h1><p><a href=\"" + esc(m.link("/"))
        + "\">" + esc(m.t("error.back")) + "</a></p></div>", m, otherLanguage(ctx)));
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

  static String q(Context ctx) {
    String q = ctx.queryParam("q");
    return q == null ? "" : q;
  }

  private void searchPage(Context ctx) throws IOException, ParseException {
    searcher.refresh();
    Messages m = Messages.of(ctx);
    String q = q(ctx);
    int page = 1;
    try {
      page = Math.max(1, Integer.parseInt(ctx.queryParamAsClass("page", String.class)
          .getOrDefault("1")));
    } catch (NumberFormatException ignored) {
      // page 1
    }
    SearchResult r = searcher.search(q, filters(ctx),
        (int) Math.min(Integer.MAX_VALUE, (page - 1L) * PAGE_SIZE), PAGE_SIZE, allFormats(ctx));
    Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
    params.remove("page");
    ctx.html(Html.page(q.isBlank() ? m.t("app.title") : q + " · ziping",
        new SearchPage(ctx, params, r, page, m).render(), m, otherLanguage(ctx)));
  }

  static boolean allFormats(Context ctx) {
    String v = ctx.queryParam(SearchPage.ALL_FORMATS);
    return v != null && !v.isBlank() && !"0".equals(v) && !"false".equals(v);
  }

  /** The requested page in the other language (its query parameters kept). */
  static String otherLanguage(Context ctx) {
    Map<String, List<String>> p = new LinkedHashMap<>(ctx.queryParamMap());
    boolean en = Messages.of(ctx) == Messages.EN;
    p.remove("lang");
    if (!en) {
      p.put("lang", List.of("en"));
    }
    String qs = SearchPage.queryString(p);
    return ctx.path() + (qs.isEmpty() ? "" : "?" + qs);
  }

  private void overview(Context ctx) throws IOException, ParseException {
    searcher.refresh();
    Messages m = Messages.of(ctx);
    List<ReportSummary> reports = new ArrayList<>();
    searcher.forEach(q(ctx), filters(ctx), allFormats(ctx), reports::add);
    Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
    params.remove("page");
    ctx.html(Html.page(m.t("overview.title") + " · ziping",
        new OverviewPage(reports, SearchPage.queryString(params), m).render(), m,
        otherLanguage(ctx)));
  }

  private void evidencePage(Context ctx) throws IOException {
    searcher.refresh();
    Messages m = Messages.of(ctx);
    Optional<ReportSearcher.StoredReport> found = searcher.byId(ctx.pathParam("id"));
    if (found.isEmpty()) {
      notFound(ctx, m, ctx.pathParam("id"));
      return;
    }
    ReportSummary s = found.get().summary();
    Report r = ReportJson.mapper().readValue(found.get().reportJson(), Report.class);
    ctx.html(Html.page((s.unit() == null ? s.id() : s.unit()) + " · ziping",
        new EvidenceView(s, r, intPath(ctx, "finding"), intPath(ctx, "evidence"), m).render(), m,
        otherLanguage(ctx)));
  }

  private void pageImage(Context ctx) throws IOException {
    searcher.refresh();
    Optional<ReportSearcher.StoredReport> found = searcher.byId(ctx.pathParam("id"));
    String p = ctx.pathParam("page");
    int page = intOf(p.endsWith(".png") ? p.substring(0, p.length() - 4) : p);
    Optional<Path> file = found.flatMap(f -> SourceFiles.of(f.summary()));
    if (file.isEmpty() || !SourceFiles.isPdf(file.get())) {
      ctx.status(404).result("no PDF for " + ctx.pathParam("id"));
      return;
    }
    try {
      ctx.contentType("image/png").header("Cache-Control", "max-age=3600")
          .result(pageImages.png(file.get(), page));
    } catch (IOException e) {
      ctx.status(404).result(e.getMessage());
    }
  }

  private static int intPath(Context ctx, String name) {
    return intOf(ctx.pathParam(name));
  }

  private static int intOf(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private void apiSearch(Context ctx) throws IOException, ParseException {
    searcher.refresh();
    int limit = Math.min(100, Math.max(0, intParam(ctx, "limit", 10)));
    int offset = Math.max(0, intParam(ctx, "offset", 0));
    SearchResult r = searcher.search(q(ctx), filters(ctx), offset, limit, allFormats(ctx));
    ctx.contentType("application/json; charset=utf-8")
        .result(apiJson.get(r, x -> ReportJson.write(x).getBytes(StandardCharsets.UTF_8)));
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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWorkbook.write(searcher, q(ctx), filters(ctx), Lang.ZH, out);
    ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("Content-Disposition", "attachment; filename=\"ziping-reports.xlsx\"")
        .result(out.toByteArray());
  }

  private void export(Context ctx, ReportExport.Format format) throws IOException, ParseException {
    searcher.refresh();
    StringWriter w = new StringWriter();
    ReportExport.writeAll(searcher, q(ctx), filters(ctx), allFormats(ctx), format, w);
    String type = format == ReportExport.Format.CSV ? "text/csv" : "application/x-ndjson";
    ctx.contentType(type + "; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"ziping-reports."
            + format.name().toLowerCase(Locale.ROOT) + "\"")
        .result(w.toString());
  }

  private void reportPage(Context ctx) throws IOException {
    searcher.refresh();
    String id = ctx.pathParam("id");
    boolean raw = id.endsWith(".json");
    if (raw) {
      id = id.substring(0, id.length() - ".json".length());
    }
    Messages m = Messages.of(ctx);
    Optional<ReportSearcher.StoredReport> found = searcher.byId(id);
    if (found.isEmpty()) {
      notFound(ctx, m, id);
      return;
    }
    if (raw) {
      ctx.contentType("application/json; charset=utf-8").result(found.get().reportJson());
      return;
    }
    ReportSummary s = found.get().summary();
    Report r = ReportJson.mapper().readValue(found.get().reportJson(), Report.class);
    ctx.html(Html.page((s.unit() == null ? id : s.unit()) + " · ziping",
        new ReportPage(s, r, m).render(), m, otherLanguage(ctx)));
  }
}
