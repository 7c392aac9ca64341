package org.ziping.index.web;

import static org.ziping.index.web.Html.esc;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Charts drawn on the server as inline SVG: no script, no library, nothing fetched (the page works
 * offline and prints). Two kinds: a scatter plot of points with links, and horizontal bars.
 * Coordinates are computed here; the values are the caller's.
 */
final class Svg {
  private Svg() {}

  /** A point of a scatter plot: a link, a tooltip, and whether it is marked. */
  record Point(double x, double y, String href, String id, String tooltip, boolean marked,
               boolean hollow) {}

  static final int W = 640;
  static final int H = 400;
  static final int PAD_L = 56;
  static final int PAD_B = 44;
  static final int PAD_T = 16;
  static final int PAD_R = 16;

  /**
   * A scatter plot over [x0,x1]×[y0,y1]: axes with ticks every {@code xStep}/{@code yStep}, one
   * {@code circle.point} per point inside an {@code <a>} to its page; marked points red, hollow
   * points without fill.
   */
  static String scatter(String id, List<Point> points, double x0, double x1, double xStep,
                        double y0, double y1, double yStep, String xLabel, String yLabel) {
    StringBuilder b = new StringBuilder("<svg id=\"").append(esc(id))
        .append("\" class=\"chart scatter\" viewBox=\"0 0 ").append(W).append(' ').append(H)
        .append("\" width=\"").append(W).append("\" height=\"").append(H)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\">");
    double pw = W - PAD_L - PAD_R;
    double ph = H - PAD_T - PAD_B;
    b.append("<rect x=\"").append(PAD_L).append("\" y=\"").append(PAD_T).append("\" width=\"")
        .append(f(pw)).append("\" height=\"").append(f(ph))
        .append("\" fill=\"#fff\" stroke=\"#999\"/>");
    for (double v = Math.ceil(x0 / xStep) * xStep; v <= x1 + 1e-9; v += xStep) {
      double x = PAD_L + (v - x0) / (x1 - x0) * pw;
      b.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"")
          .append(PAD_T).append("\" y2=\"").append(f(PAD_T + ph))
          .append("\" stroke=\"#eee\"/><text x=\"").append(f(x)).append("\" y=\"")
          .append(f(PAD_T + ph + 16)).append("\" font-size=\"11\" text-anchor=\"middle\">")
          .append(num(v)).append("</text>");
    }
    for (double v = Math.ceil(y0 / yStep) * yStep; v <= y1 + 1e-9; v += yStep) {
      double y = PAD_T + ph - (v - y0) / (y1 - y0) * ph;
      b.append("<line x1=\"").append(PAD_L).append("\" x2=\"").append(f(PAD_L + pw))
          .append("\" y1=\"").append(f(y)).append("\" y2=\"").append(f(y))
          .append("\" stroke=\"#eee\"/><text x=\"").append(PAD_L - 6).append("\" y=\"")
          .append(f(y + 4)).append("\" font-size=\"11\" text-anchor=\"end\">").append(num(v))
          .append("</text>");
    }
    b.append("<text x=\"").append(f(PAD_L + pw / 2)).append("\" y=\"").append(H - 8)
        .append("\" font-size=\"12\" text-anchor=\"middle\">").append(esc(xLabel))
        .append("</text><text transform=\"translate(14 ").append(f(PAD_T + ph / 2))
        .append(") rotate(-90)\" font-size=\"12\" text-anchor=\"middle\">").append(esc(yLabel))
        .append("</text>");
    for (Point p : points) {
      double x = PAD_L + (clamp(p.x(), x0, x1) - x0) / (x1 - x0) * pw;
      double y = PAD_T + ph - (clamp(p.y(), y0, y1) - y0) / (y1 - y0) * ph;
      String color = p.marked() ? "#c33" : "#36c";
      b.append("<a href=\"").append(esc(p.href())).append("\"><circle class=\"point")
          .append(p.marked() ? " marked" : "").append("\" data-id=\"").append(esc(p.id()))
          .append("\" cx=\"").append(f(x)).append("\" cy=\"").append(f(y))
          .append("\" r=\"6\" stroke=\"").append(color).append("\" stroke-width=\"2\" fill=\"")
          .append(p.hollow() ? "#fff" : color).append("\" fill-opacity=\"0.75\"><title>")
          .append(esc(p.tooltip())).append("</title></circle></a>");
    }
    return b.append("</svg>").toString();
  }

  /** Horizontal bars, one per entry in the map's order, scaled to the largest value. */
  static String bars(String id, Map<String, Long> values) {
    int rowH = 22;
    int labelW = 200;
    int barW = 360;
    int h = Math.max(1, values.size()) * rowH + 8;
    long max = values.values().stream().mapToLong(Long::longValue).max().orElse(1);
    StringBuilder b = new StringBuilder("<svg id=\"").append(esc(id))
        .append("\" class=\"chart bars\" viewBox=\"0 0 ").append(labelW + barW + 60).append(' ')
        .append(h).append("\" width=\"").append(labelW + barW + 60).append("\" height=\"")
        .append(h).append("\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\">");
    int i = 0;
    for (Map.Entry<String, Long> e : values.entrySet()) {
      double y = 4 + i * rowH;
      double w = max == 0 ? 0 : (double) e.getValue() / max * barW;
      b.append("<g class=\"bar\" data-label=\"").append(esc(e.getKey())).append("\" data-value=\"")
          .append(e.getValue()).append("\"><text x=\"").append(labelW - 6).append("\" y=\"")
          .append(f(y + 15)).append("\" font-size=\"12\" text-anchor=\"end\">")
          .append(esc(e.getKey())).append("</text><rect x=\"").append(labelW).append("\" y=\"")
          .append(f(y + 3)).append("\" width=\"").append(f(w)).append("\" height=\"")
          .append(rowH - 6).append("\" fill=\"#36c\"/><text x=\"").append(f(labelW + w + 4))
          .append("\" y=\"").append(f(y + 15)).append("\" font-size=\"12\">")
          .append(e.getValue()).append("</text></g>");
      i++;
    }
    return b.append("</svg>").toString();
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  private static String f(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  private static String num(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
  }
}
