package org.ziping.parse.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ziping.parse.figures.Measures.Column;
import org.ziping.parse.figures.Measures.Fig;
import org.ziping.report.Amount;
import org.ziping.report.Breakdown;
import org.ziping.report.Location;

/**
 * Breakdowns of kind {@code list}: a sentence ending in 如下/明细如下/具体如下 (or a colon) followed
 * by numbered items ((1), 1., 1、, ①) in the same paragraph or in the following paragraphs. Per
 * measure (actual spending 本年支出/实际支出 …, or budget 年初预算/调整预算 when the intro states a
 * 预算 total), when every item gives one such figure and the intro states one, the intro's last
 * such figure is the total and the items' first figures are the parts. Without a match by
 * measure, items that each hold exactly one money figure are the parts of the intro's last money
 * figure. The breakdown is marked incomplete when the intro says the items are a selection
 * (主要用于…).
 *
 * <p>Limits: at least two items; an item that holds no figure of the measure (or, without a
 * measure, not exactly one money figure) gives no breakdown for the whole list.
 */
final class ListBreakdowns implements BreakdownAlgorithm {
  private static final Pattern LIST_INTRO = Pattern.compile("(如下|下列|以下)([^:：。；;]{0,8}[:：])?|[:：]\\s*$");

  private record Item(int start, int end) {}

  @Override
  public List<Breakdown> find(ScopeFigures in) {
    Prose prose = in.prose();
    List<Fig> figs = in.proseFigs();
    List<Breakdown> out = new ArrayList<>();
    for (Prose.Match m : prose.matches(LIST_INTRO)) {
      int introStart = prose.sentenceStart(m.start());
      List<Fig> intro = Measures.within(figs, introStart, m.start());
      if (intro.isEmpty()) {
        continue;
      }
      List<Item> items = items(prose, m.index(), m.end());
      if (items.size() < 2) {
        continue;
      }
      Item last = items.get(items.size() - 1);
      String text = prose.scope().text(introStart, last.end());
      var loc = prose.scope().locate(introStart, last.end());
      boolean done = false;
      String cue = BreakdownGrammar.selectionCue(prose.norm().substring(introStart, m.end()));
      for (Column col : new Column[] {Column.ACTUAL, Column.INITIAL}) {
        Breakdown b = byColumn(col, intro, items, figs, text, loc);
        if (b != null) {
          out.add(selection(b, cue));
          done = true;
        }
      }
      if (!done) {
        Breakdown b = single(intro, items, figs, text, loc);
        if (b != null) {
          out.add(selection(b, cue));
        }
      }
    }
    return out;
  }

  /** The breakdown marked incomplete when its intro says the items are a selection (主要用于…). */
  private static Breakdown selection(Breakdown b, String cue) {
    if (cue == null) {
      return b;
    }
    return new Breakdown(b.label(), b.kind(), b.total(), b.parts(), b.text(), b.location(), false,
        "“" + cue + "”：所列分项可能只是一部分");
  }

  private static boolean inGroup(Column group, Fig f) {
    Column c = Measures.column(f.label());
    if (group == Column.ACTUAL) {
      return c == Column.ACTUAL;
    }
    return c == Column.INITIAL || c == Column.FULL_YEAR;
  }

  private static Breakdown byColumn(Column group, List<Fig> intro, List<Item> items,
                                    List<Fig> figs, String text, Location loc) {
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
      for (Fig f : Measures.within(figs, it.start(), it.end())) {
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
                                  Location loc) {
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
      List<Fig> money = Measures.within(figs, it.start(), it.end()).stream()
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
}
