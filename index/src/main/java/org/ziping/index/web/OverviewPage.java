package org.ziping.index.web;

import static org.ziping.index.web.Html.esc;
import static org.ziping.index.web.Html.url;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ziping.index.ReportSummary;

/**
 * The body of {@code GET /overview}: the reports of the current search and filters at a glance,
 * as server-drawn SVG ({@link Svg}).
 *
 * <ul>
 *   <li>self-score against the overall execution rate (the audit's rate, {@code
 *       ReportFigures}/{@code OverallExecution}; hollow when the rate is only declared), one dot
 *       per report, red when the report has an error or warning finding; a click opens the
 *       report;</li>
 *   <li>findings by rule, by province and by year (counts of findings);</li>
 *   <li>the declared scores by document kind, in bands (below 60, then by ten, 90–95, 95 and up).</li>
 * </ul>
 * Reports without a score or a rate are counted under the plot, not drawn.
 */
record OverviewPage(List<ReportSummary> reports, String queryString, Messages m) {

  String render() {
    StringBuilder b = new StringBuilder("<div class=\"report overview\">");
    b.append("<p><a id=\"back\" href=\"/?").append(esc(queryString)).append("\">")
        .append(esc(m.t("overview.back"))).append("</a></p><h1>")
        .append(esc(m.t("overview.title"))).append("（").append(reports.size())
        .append(esc(m.t("search.total.after").strip())).append("）</h1>");
    scatter(b);
    b.append("<div class=\"charts\"><section><h2>").append(esc(m.t("overview.byRule")))
        .append("</h2>").append(Svg.bars("by-rule", findingsBy(f -> f.rule(), s -> null)))
        .append("</section><section><h2>").append(esc(m.t("overview.byRegion"))).append("</h2>")
        .append(Svg.bars("by-region", findingsBy(null, s -> s.region() == null
            || s.region().province() == null ? m.t("overview.unknown") : s.region().province())))
        .append("</section><section><h2>").append(esc(m.t("overview.byYear"))).append("</h2>")
        .append(Svg.bars("by-year", new TreeMap<>(findingsBy(null, s -> s.year() == null
            ? m.t("overview.unknown") : s.year().toString())))).append("</section></div>");
    b.append("<h2>").append(esc(m.t("overview.byKind"))).append("</h2><div class=\"charts\">");
    Map<String, List<ReportSummary>> byKind = reports.stream().filter(s -> s.declaredScore() != null)
        .collect(Collectors.groupingBy(s -> s.kind() == null ? "other" : s.kind(), TreeMap::new,
            Collectors.toList()));
    for (Map.Entry<String, List<ReportSummary>> e : byKind.entrySet()) {
      b.append("<section><h3>").append(esc(m.kind(e.getKey()))).append("</h3>")
          .append(Svg.bars("scores-" + e.getKey(), bands(e.getValue()))).append("</section>");
    }
    b.append("</div></div>");
    return b.toString();
  }

  private void scatter(StringBuilder b) {
    List<Svg.Point> points = new ArrayList<>();
    double maxX = 110;
    double minY = 60;
    for (ReportSummary s : reports) {
      if (s.declaredScore() == null || s.execRate() == null) {
        continue;
      }
      double x = s.execRate().doubleValue();
      double y = s.declaredScore().doubleValue();
      maxX = Math.max(maxX, Math.ceil(x / 10) * 10);
      minY = Math.min(minY, Math.floor(y / 10) * 10);
      boolean flagged = s.findingCounts() != null
          && s.findingCounts().error() + s.findingCounts().warning() > 0;
      String tip = (s.unit() == null ? m.t("hit.unitUnknown") : s.unit())
          + (s.year() == null ? "" : " " + s.year()) + "\n" + m.t("hit.score")
          + s.declaredScore().toPlainString() + " · " + m.t("hit.exec")
          + s.execRate().toPlainString() + "%"
          + (s.rules().isEmpty() ? "" : "\n" + m.t("hit.findings") + String.join(", ", s.rules()));
      points.add(new Svg.Point(x, y, m.link("/report/" + url(s.id())), s.id(), tip, flagged,
          s.execRateRecomputed() == null));
    }
    b.append("<h2>").append(esc(m.t("overview.scatter"))).append("</h2>")
        .append(Svg.scatter("score-vs-exec", points, 0, Math.min(maxX, 300), 10, Math.max(0, minY),
            100, 10, m.t("overview.x"), m.t("overview.y")))
        .append("<p class=\"legend\">").append(esc(m.t("overview.legend")));
    int unplotted = reports.size() - points.size();
    if (unplotted > 0) {
      b.append(" ").append(esc(String.format(m.t("overview.unplotted"), unplotted)));
    }
    b.append("</p>");
  }

  /** Findings counted by their rule ({@code byFinding}) or by their report ({@code byReport}). */
  private Map<String, Long> findingsBy(Function<ReportSummary.FindingLine, String> byFinding,
                                       Function<ReportSummary, String> byReport) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (ReportSummary s : reports) {
      for (ReportSummary.FindingLine f : s.findings() == null
          ? List.<ReportSummary.FindingLine>of() : s.findings()) {
        String key = byFinding != null ? byFinding.apply(f) : byReport.apply(s);
        counts.merge(key == null ? m.t("overview.unknown") : key, 1L, Long::sum);
      }
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, c) -> a,
            LinkedHashMap::new));
  }

  static final List<BigDecimal> BAND_FLOORS = List.of(new BigDecimal("60"), new BigDecimal("70"),
      new BigDecimal("80"), new BigDecimal("90"), new BigDecimal("95"));

  /** Declared scores counted in bands: &lt;60, 60–70, 70–80, 80–90, 90–95, ≥95. */
  static Map<String, Long> bands(List<ReportSummary> reports) {
    Map<String, Long> out = new LinkedHashMap<>();
    out.put("<60", 0L);
    for (int i = 0; i < BAND_FLOORS.size(); i++) {
      out.put(i + 1 < BAND_FLOORS.size()
          ? BAND_FLOORS.get(i).toPlainString() + "–" + BAND_FLOORS.get(i + 1).toPlainString()
          : "≥" + BAND_FLOORS.get(i).toPlainString(), 0L);
    }
    List<String> labels = new ArrayList<>(out.keySet());
    for (ReportSummary s : reports) {
      int band = 0;
      for (BigDecimal floor : BAND_FLOORS) {
        if (s.declaredScore().compareTo(floor) >= 0) {
          band++;
        }
      }
      out.merge(labels.get(band), 1L, Long::sum);
    }
    return out;
  }
}
