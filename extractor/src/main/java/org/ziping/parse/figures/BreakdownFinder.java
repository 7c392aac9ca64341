package org.ziping.parse.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.model.Block;
import org.ziping.model.Cell;
import org.ziping.model.TableGrid;
import org.ziping.parse.ReportScope;
import org.ziping.parse.figures.Measures.Column;
import org.ziping.parse.figures.Measures.Fig;
import org.ziping.report.Amount;
import org.ziping.report.Breakdown;

/**
 * Stated totals and their components.
 *
 * <ul>
 *   <li>{@code qizhong}: a 其中/包括 in running text. The total is the last figure before it in the
 *       sentence that is not a change amount (比上年减少…); when 其中 opens a sentence, the last
 *       such figure of the previous sentence. The parts are the later figures of the same measure
 *       (money, or counts of the same unit) up to the end of the sentence or the next 其中, leaving
 *       out change amounts and averages (平均/人均); when the parts are numbered ("其中1.…。2.…") the
 *       run goes on into the following sentences while they open with the next number. At least two
 *       parts are required: "收入X，其中A Y，占P%" names one component, not a decomposition.</li>
 *   <li>{@code list}: a sentence ending in 如下/明细如下/具体如下 (or a colon) followed by numbered
 *       items ((1), 1., 1、, ①) in the same paragraph or in the following paragraphs; per measure
 *       (actual spending 本年支出/实际支出 …, or budget 年初预算/调整预算 when the intro states a
 *       预算 total), when every item gives one such figure and the intro states one, the intro's
 *       last such figure is the total and the items' first figures are the parts. Without a match
 *       by measure, items that each hold exactly one money figure are the parts of the intro's last
 *       money figure.</li>
 *   <li>{@code table}: in a table column, a row labelled 其中… and the rows right below it that
 *       hold amounts in that column are the parts of the nearest amount above (the total row).</li>
 * </ul>
 *
 * <p>Counts (人, 人次 …) are given as {@link Amount}s with their unit and {@code yuan} null.
 *
 * <p>Limits: column-wise table breakdowns (a 合计 column and its 其中 columns) are not read; a
 * 其中 whose parts are listed over several unnumbered sentences ends at the first sentence end.
 */
public final class BreakdownFinder {
  private static final Pattern QIZHONG = Pattern.compile("其中|包括");
  private static final Pattern LIST_INTRO = Pattern.compile("(如下|下列|以下)\\s*[:：]?|[:：]\\s*$");
  private static final Pattern AVERAGE = Pattern.compile("平均|人均|均");

  public List<Breakdown> find(ReportScope scope, Figures figures) {
    Prose prose = Prose.of(scope);
    List<Fig> figs = Measures.proseFigs(figures);
    List<Breakdown> out = new ArrayList<>();
    qizhong(prose, figs, out);
    lists(prose, figs, out);
    tables(scope, figures, out);
    out.sort((a, b) -> Integer.compare(a.location().start(), b.location().start()));
    return out;
  }

  // ------------------------------------------------------------------ qizhong

  private void qizhong(Prose prose, List<Fig> figs, List<Breakdown> out) {
    String norm = prose.norm();
    for (Prose.Segment seg : prose.segments()) {
      Matcher m = QIZHONG.matcher(norm);
      m.region(seg.start(), seg.end());
      while (m.find()) {
        int q = m.start();
        Fig total = totalBefore(prose, figs, q);
        if (total == null) {
          continue;
        }
        int end = partsEnd(prose, seg, q + 2);
        List<Amount> parts = new ArrayList<>();
        for (Fig f : figs) {
          if (f.start() > q && f.end() <= end && f.measure().equals(total.measure())
              && !Measures.isDelta(f.label()) && !AVERAGE.matcher(f.label()).find()) {
            parts.add(f.amount());
          }
        }
        if (parts.size() >= 2) {
          out.add(new Breakdown(total.label(), "qizhong", total.amount(), parts,
              prose.scope().text(total.start(), end), prose.scope().locate(total.start(), end)));
        }
      }
    }
  }

  /** The total a 其中 at {@code q} refers to, or null. */
  static Fig totalBefore(Prose prose, List<Fig> figs, int q) {
    int ss = prose.sentenceStart(q);
    Fig best = lastNonDelta(figs, ss, q);
    if (best != null) {
      return best;
    }
    Prose.Segment seg = prose.segmentAt(q);
    String between = prose.norm().substring(ss, q).replaceAll("[\\s*#:：,，]", "");
    if (!between.isEmpty() || ss <= seg.start()) {
      return null;
    }
    int ps = prose.sentenceStart(ss - 1);
    return lastNonDelta(figs, ps, ss);
  }

  private static Fig lastNonDelta(List<Fig> figs, int from, int to) {
    Fig best = null;
    for (Fig f : figs) {
      if (f.start() >= from && f.end() <= to && !Measures.isDelta(f.label())) {
        best = f;
      }
    }
    return best;
  }

  /** End of a 其中's parts: sentence end or next 其中, continued over numbered sentences. */
  private static int partsEnd(Prose prose, Prose.Segment seg, int from) {
    String norm = prose.norm();
    int end = prose.sentenceEnd(from);
    Matcher next = QIZHONG.matcher(norm);
    next.region(from, end);
    if (next.find()) {
      return next.start();
    }
    int p = FigureScanner.skipSpace(norm, from, seg.end());
    while (p < seg.end() && ":：".indexOf(norm.charAt(p)) >= 0) {
      p = FigureScanner.skipSpace(norm, p + 1, seg.end());
    }
    int n = Markers.numberAt(norm, p, seg.end());
    if (n != 1) {
      return end;
    }
    while (true) {
      int s = FigureScanner.skipSpace(norm, end, seg.end());
      if (s >= seg.end() || Markers.numberAt(norm, s, seg.end()) != n + 1) {
        return end;
      }
      n++;
      int e = prose.sentenceEnd(s);
      next.region(s + 1, e);
      if (next.find()) {
        return next.start();
      }
      end = e;
    }
  }

  // ------------------------------------------------------------------ lists

  private record Item(int start, int end) {}

  private void lists(Prose prose, List<Fig> figs, List<Breakdown> out) {
    String norm = prose.norm();
    List<Prose.Segment> segs = prose.segments();
    for (int si = 0; si < segs.size(); si++) {
      Prose.Segment seg = segs.get(si);
      Matcher m = LIST_INTRO.matcher(norm);
      m.region(seg.start(), seg.end());
      while (m.find()) {
        int introStart = prose.sentenceStart(m.start());
        List<Fig> intro = between(figs, introStart, m.start());
        if (intro.isEmpty()) {
          continue;
        }
        List<Item> items = items(prose, si, m.end());
        if (items.size() < 2) {
          continue;
        }
        Item last = items.get(items.size() - 1);
        String text = prose.scope().text(introStart, last.end());
        var loc = prose.scope().locate(introStart, last.end());
        boolean done = false;
        for (Column col : new Column[] {Column.ACTUAL, Column.INITIAL}) {
          Breakdown b = byColumn(col, intro, items, figs, text, loc);
          if (b != null) {
            out.add(b);
            done = true;
          }
        }
        if (!done) {
          Breakdown b = single(intro, items, figs, text, loc);
          if (b != null) {
            out.add(b);
          }
        }
      }
    }
  }

  private static boolean inGroup(Column group, Fig f) {
    Column c = Measures.column(f.label());
    if (group == Column.ACTUAL) {
      return c == Column.ACTUAL;
    }
    return c == Column.INITIAL || c == Column.FULL_YEAR;
  }

  private static Breakdown byColumn(Column group, List<Fig> intro, List<Item> items,
                                    List<Fig> figs, String text, org.ziping.report.Location loc) {
    Fig total = null;
    for (Fig f : intro) {
      if (FigureScanner.isMoney(f.amount().unit()) && inGroup(group, f)
          && (group == Column.ACTUAL || f.label().contains("预算"))) {
        total = f;
      }
    }
    if (total == null) {
      return null;
    }
    List<Amount> parts = new ArrayList<>();
    for (Item it : items) {
      Fig part = null;
      for (Fig f : between(figs, it.start(), it.end())) {
        if (FigureScanner.isMoney(f.amount().unit()) && inGroup(group, f)) {
          part = f;
          break;
        }
      }
      if (part == null) {
        return null;
      }
      parts.add(part.amount());
    }
    return new Breakdown(total.label(), "list", total.amount(), parts, text, loc);
  }

  private static Breakdown single(List<Fig> intro, List<Item> items, List<Fig> figs, String text,
                                  org.ziping.report.Location loc) {
    Fig total = null;
    for (Fig f : intro) {
      if (FigureScanner.isMoney(f.amount().unit()) && !Measures.isDelta(f.label())) {
        total = f;
      }
    }
    if (total == null) {
      return null;
    }
    List<Amount> parts = new ArrayList<>();
    for (Item it : items) {
      List<Fig> money = between(figs, it.start(), it.end()).stream()
          .filter(f -> FigureScanner.isMoney(f.amount().unit())).toList();
      if (money.size() != 1) {
        return null;
      }
      parts.add(money.get(0).amount());
    }
    return new Breakdown(total.label(), "list", total.amount(), parts, text, loc);
  }

  /** Numbered items after an intro ending at {@code from} in segment {@code si}. */
  private static List<Item> items(Prose prose, int si, int from) {
    String norm = prose.norm();
    List<Prose.Segment> segs = prose.segments();
    List<int[]> markers = new ArrayList<>(); // {start, segmentIndex}
    int expected = 1;
    int pos = FigureScanner.skipSpace(norm, from, segs.get(si).end());
    int s = si;
    boolean atSegmentStart = false;
    while (s < segs.size()) {
      Prose.Segment seg = segs.get(s);
      if (pos >= seg.end()) {
        s++;
        if (s >= segs.size()) {
          break;
        }
        pos = FigureScanner.skipSpace(norm, segs.get(s).start(), segs.get(s).end());
        atSegmentStart = true;
        continue;
      }
      int found = -1;
      if (expected == 1 || atSegmentStart) {
        if (Markers.numberAt(norm, pos, seg.end()) == expected) {
          found = pos;
        }
      } else {
        found = Markers.find(norm, expected, pos, seg.end());
      }
      if (found < 0) {
        if (atSegmentStart || expected == 1) {
          break;
        }
        pos = seg.end();
        continue;
      }
      markers.add(new int[] {found, s});
      expected++;
      pos = found + 1;
      atSegmentStart = false;
    }
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < markers.size(); i++) {
      int start = markers.get(i)[0];
      int end = i + 1 < markers.size() && markers.get(i + 1)[1] == markers.get(i)[1]
          ? markers.get(i + 1)[0] : segs.get(markers.get(i)[1]).end();
      items.add(new Item(start, end));
    }
    return items;
  }

  private static List<Fig> between(List<Fig> figs, int from, int to) {
    List<Fig> out = new ArrayList<>();
    for (Fig f : figs) {
      if (f.start() >= from && f.end() <= to) {
        out.add(f);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ tables

  private void tables(ReportScope scope, Figures figures, List<Breakdown> out) {
    String norm = scope.normalized();
    for (Block t : scope.tables()) {
      int tn = scope.tableNumber(t);
      Map<Long, Amount> at = new HashMap<>();
      for (Amount a : figures.amounts()) {
        if (a.location().table() != null && a.location().table() == tn) {
          at.put(key(a.location().row(), a.location().col()), a);
        }
      }
      if (at.isEmpty()) {
        continue;
      }
      TableGrid g = t.table();
      for (int c = 0; c < g.cols(); c++) {
        for (int r = 1; r < g.rows(); r++) {
          if (!at.containsKey(key(r, c)) || !startsQizhong(g, r, c, norm)) {
            continue;
          }
          if (r > 1 && startsQizhong(g, r - 1, c, norm) && at.containsKey(key(r - 1, c))) {
            continue;
          }
          Amount total = null;
          for (int k = r - 1; k >= 0 && total == null; k--) {
            total = at.get(key(k, c));
          }
          if (total == null) {
            continue;
          }
          List<Amount> parts = new ArrayList<>();
          for (int k = r; k < g.rows() && at.containsKey(key(k, c)); k++) {
            Amount a = at.get(key(k, c));
            if (k > r && a.label().matches(".*(合计|总计|小计).*")) {
              break;
            }
            parts.add(a);
          }
          if (parts.size() >= 2) {
            Cell tc = g.cellAt(total.location().row(), c);
            Amount lastPart = parts.get(parts.size() - 1);
            int end = lastPart.location().end();
            out.add(new Breakdown(total.label(), "table", total, parts,
                scope.text(tc.start(), end), new org.ziping.report.Location(tc.start(), end,
                    t.page(), tn, total.location().row(), c, tc.ocr())));
          }
        }
      }
    }
  }

  private static long key(int r, int c) {
    return ((long) r << 32) | c;
  }

  private static boolean startsQizhong(TableGrid g, int r, int c, String norm) {
    for (int k = 0; k < c; k++) {
      Cell x = g.cellAt(r, k);
      if (x != null && x.row() == r && norm.substring(x.start(), x.end()).strip().startsWith("其中")) {
        return true;
      }
    }
    return false;
  }
}
