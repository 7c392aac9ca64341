package org.ziping.index.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ziping.report.ReportJson;

/**
 * How the web server answers a request it cannot serve: a query that does not parse or is too
 * expensive by construction ({@link org.ziping.index.QueryLimits}), a paging window out of bounds,
 * a bad parameter — 400 with one line saying why, as JSON ({@code {"error": …}}) under
 * {@code /api/} and as a page elsewhere; anything else is 500 with one line, its trace only in the
 * server's log at debug level. No answer carries a stack trace.
 */
final class ErrorPages {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

  private ErrorPages() {}

  /**
   * Request lines up to {@value #MAX_REQUEST_HEADER} bytes reach the application, so that a long
   * query is refused by {@link org.ziping.index.QueryLimits} with a reason; longer ones get Jetty's
   * 414.
   */
  static void configure(JavalinConfig cfg) {
    cfg.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_REQUEST_HEADER));
  }

  static final int MAX_REQUEST_HEADER = 64 * 1024;

  static void install(Javalin app) {
    app.exception(ParseException.class, (e, ctx) -> badRequest(ctx, firstLine(e.getMessage())));
    app.exception(IllegalArgumentException.class,
        (e, ctx) -> badRequest(ctx, firstLine(e.getMessage())));
    app.exception(IndexSearcher.TooManyClauses.class,
        (e, ctx) -> badRequest(ctx, "the query expands to too many terms; make it narrower"));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.debug("request {} failed", ctx.fullUrl(), e);
      answer(ctx, 500, "Server error", "the search failed: " + e.getClass().getSimpleName());
    });
  }

  private static void badRequest(Context ctx, String message) {
    answer(ctx, 400, "Bad query", message);
  }

  private static void answer(Context ctx, int status, String title, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.contentType("application/json; charset=utf-8").result(ReportJson.write(Map.of("error", message)));
    } else {
      Messages m = Messages.of(ctx);
      String shown = status == 400 ? m.t("error.badQuery") : title;
      ctx.html(Html.page(shown, "<div class=\"report\"><h1>" + Html.esc(shown) + "</h1><p>"
          + Html.esc(message) + "</p><p><a href=\"" + Html.esc(m.link("/")) + "\">"
          + Html.esc(m.t("error.back")) + "</a></p></div>", m, WebServer.otherLanguage(ctx)));
    }
  }

  private static String firstLine(String m) {
    return m == null ? "" : m.lines().findFirst().orElse("");
  }
}
