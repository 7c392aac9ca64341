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
import org.ziping.parse.StartCharFinder;
import org.ziping.parse.figures.Measures.Column;
import org.ziping.parse.figures.Measures.Fig;
import org.ziping.report.Amount;
import org.ziping.report.Breakdown;

/**
 * Stated totals and their components.
 *
 * <ul>
 *   <li>{@code qizhong}: a 其中/包括/具体为 in running text, read with {@link BreakdownGrammar}.
 *       The total is the last figure before it in the sentence that is not a change amount
 *       (比上年减少…) and not inside a parenthesis, of the parts' measure; when 其中 opens a
 *       sentence, the last such figure of the previous sentence. The parts are the later figures of
 *       the same measure (money, or counts of the same unit) up to the end of the sentence, the next
 *       其中 outside parentheses, or a clause that adjusts (调减…) or states another total (全年实际
 *       下达, 合计…); figures in parentheses are notes on the part before them; changes, averages,
 *       rates (每人…) and figures for each of several (各…) are left out. A 其中 inside a
 *       parenthesis reads only to its closing parenthesis. When the parts are numbered ("其中1.…。
 *       2.…") the run goes on into the following sentences while they open with the next number. At
 *       least two parts are required: "收入X，其中A Y，占P%" names one component, not a
 *       decomposition; levels of one set (一级3个，…三级12个 of 12) are no breakdown. The breakdown
 *       is marked incomplete when the text presents the parts as a selection (主要用于, …等, a rate
 *       or 各 among them, counts of the same run that miss their total).</li>
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
  private static final Pattern QIZHONG = Pattern.compile("其中|包括|具体为|具体是|明细为");
  private static final Pattern LIST_INTRO = Pattern.compile("(如下|下列|以下)([^:：。；;]{0,8}[:：])?|[:：]\\s*$");
  private static final Pattern AVERAGE = Pattern.compile("平均|人均|均");
  /** A clause that closes a list of parts with their sum: 共计下达…, 合计…, 以上共计…. */
  private static final Pattern SUM_AFTER =
      Pattern.compile("(以上|上述|全年|本年)?(共计|合计|总计)");
  private static final StartCharFinder SUM_FINDER = StartCharFinder.of(SUM_AFTER, "以上全本共合总");

  public List<Breakdown> find(ReportScope scope, Figures figures) {
    Prose prose = Prose.of(scope);
    List<Fig> figs = Measures.proseFigs(figures);
    List<Breakdown> out = new ArrayList<>();
    qizhong(prose, figs, out);
    sums(prose, figs, out);
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
        Breakdown b = qizhongAt(prose, figs, seg, m.start(), m.end());
        if (b != null) {
          out.add(b);
        }
      }
    }
  }

  /** The breakdown a 其中 (or 包括, 具体为) at {@code q} opens, read with {@link BreakdownGrammar}. */
  private static Breakdown qizhongAt(Prose prose, List<Fig> figs, Prose.Segment seg, int q,
                                     int qEnd) {
    String norm = prose.norm();
    int ss = prose.sentenceStart(q);
    int open = BreakdownGrammar.openParen(norm, q, ss);
    Fig total;
    int end;
    if (open >= 0) {
      // (其中A…、B…) after a figure: the run stays inside the parenthesis
      total = lastNonDelta(prose, figs, ss, open);
      end = BreakdownGrammar.closeParen(norm, open, prose.sentenceEnd(q));
    } else {
      end = partsEnd(prose, seg, qEnd);
      total = totalBefore(prose, figs, q, firstPartMeasure(prose, figs, q, end));
    }
    if (total == null) {
      return null;
    }
    int floor = open >= 0 ? open + 1 : q;
    String totalClause = BreakdownGrammar.clauseBefore(norm, total.start(), prose.sentenceStart(total.start()));
    List<Amount> parts = new ArrayList<>();
    String reason = null;
    int runEnd = end;
    for (int k = Measures.firstAtOrAfter(figs, q + 1);
        k < figs.size() && figs.get(k).start() < end; k++) {
      Fig f = figs.get(k);
      if (f.end() > end) {
        continue;
      }
      if (BreakdownGrammar.inParens(norm, f.start(), floor)) {
        continue; // a note on the part before it: (含…), (包括…)
      }
      String clause = BreakdownGrammar.clauseBefore(norm, f.start(), floor);
      if (BreakdownGrammar.isAdjustment(clause) || BreakdownGrammar.isOtherTotal(clause, totalClause)
          || (f.measure().equals("money") && (BreakdownGrammar.changesMeasure(clause, totalClause)
              || BreakdownGrammar.isRemainder(clause, BreakdownGrammar.clauseAfter(norm, f.end(), end),
                  totalClause)))) {
        runEnd = f.start();
        break;
      }
      if (!f.measure().equals(total.measure()) || Measures.isDelta(f.label())
          || AVERAGE.matcher(f.label()).find()) {
        continue;
      }
      if (BreakdownGrammar.isRate(norm, f.end(), end, clause)) {
        reason = "分项中有单价或标准（每…），不是分项金额";
        continue;
      }
      if (BreakdownGrammar.isEach(clause)) {
        reason = "“各”：一个数对应多个对象";
        continue;
      }
      parts.add(f.amount());
    }
    if (parts.size() < 2) {
      return null;
    }
    String cue = BreakdownGrammar.selectionCue(norm.substring(totalClauseStart(prose, total), q)
        + norm.substring(qEnd, runEnd));
    if (reason == null && cue != null) {
      reason = "“" + cue + "”：所列分项可能只是一部分";
    }
    if (overlapping(total.amount(), parts)) {
      return null; // 一级指标3个，二级指标9个，三级指标12个: levels of one set, not a partition
    }
    if (reason == null) {
      reason = countsDisagree(prose, figs, total, q, floor, runEnd);
    }
    int last = parts.get(parts.size() - 1).location().end();
    int textEnd = runEnd < end ? last : end; // a stop clause is not quoted
    return new Breakdown(total.label(), "qizhong", total.amount(), parts,
        prose.scope().text(total.start(), textEnd), prose.scope().locate(total.start(), textEnd),
        reason == null, reason);
  }

  private static int totalClauseStart(Prose prose, Fig total) {
    return prose.clauseStart(total.start(), prose.sentenceStart(total.start()));
  }

  /** A part as large as the whole while others are not zero: the parts overlap (一级/二级/三级). */
  private static boolean overlapping(Amount total, List<Amount> parts) {
    boolean big = false;
    int nonZero = 0;
    for (Amount p : parts) {
      if (p.value().signum() != 0) {
        nonZero++;
      }
      if (p.value().compareTo(total.value()) >= 0 && p.unit().equals(total.unit())) {
        big = true;
      }
    }
    return big && nonZero >= 2;
  }

  /**
   * Figures of another measure stated in the same run ("本级项目8个…，对下转移支付项目0个…" beside
   * money parts) that do not add up to the figure of that measure stated with the total ("项目21个，
   * 项目支出总额…") show that the parts are a selection.
   */
  private static String countsDisagree(Prose prose, List<Fig> figs, Fig total, int q, int floor,
                                       int runEnd) {
    int ss = prose.sentenceStart(total.start());
    String norm = prose.norm();
    Map<String, java.math.BigDecimal> whole = new HashMap<>();
    Map<String, java.math.BigDecimal> sum = new HashMap<>();
    for (int k = Measures.firstAtOrAfter(figs, ss); k < figs.size() && figs.get(k).start() < runEnd;
        k++) {
      Fig f = figs.get(k);
      if (f.measure().equals(total.measure()) || Measures.isDelta(f.label())
          || BreakdownGrammar.inParens(norm, f.start(), ss)) {
        continue;
      }
      if (f.start() >= ss && f.end() <= q) {
        whole.put(f.measure(), f.amount().yuan() != null ? f.amount().yuan() : f.amount().value());
      } else if (f.start() > q && f.end() <= runEnd
          && !BreakdownGrammar.inParens(norm, f.start(), floor)) {
        sum.merge(f.measure(), f.amount().yuan() != null ? f.amount().yuan() : f.amount().value(),
            java.math.BigDecimal::add);
      }
    }
    for (var e : sum.entrySet()) {
      java.math.BigDecimal w = whole.get(e.getKey());
      if (w != null && w.compareTo(e.getValue()) != 0) {
        String unit = e.getKey().equals("money") ? "元" : e.getKey();
        return "同一段所列" + e.getValue().stripTrailingZeros().toPlainString() + unit + "不等于前文所述"
            + w.stripTrailingZeros().toPlainString() + unit + "，所列分项只是一部分";
      }
    }
    return null;
  }

  /** The total a 其中 at {@code q} refers to, whatever its measure, or null. */
  static Fig totalBefore(Prose prose, List<Fig> figs, int q) {
    return totalBefore(prose, figs, q, null);
  }

  /** The measure of the parts after {@code q}: money when the run states money, else the first
   * figure's measure; null when the run holds no figure. */
  private static String firstPartMeasure(Prose prose, List<Fig> figs, int q, int end) {
    String first = null;
    for (int k = Measures.firstAtOrAfter(figs, q + 1);
        k < figs.size() && figs.get(k).start() < end; k++) {
      Fig f = figs.get(k);
      if (f.end() <= end && !Measures.isDelta(f.label())
          && !BreakdownGrammar.inParens(prose.norm(), f.start(), q)) {
        if (f.measure().equals("money")) {
          return "money";
        }
        first = first == null ? f.measure() : first;
      }
    }
    return first;
  }

  /**
   * The total a 其中 at {@code q} refers to, or null: the last figure before it in the sentence
   * (of the parts' measure when that is known: "经费45万元，聘用14人，其中工资…" totals 45万元),
   * else of the previous sentence when 其中 opens the sentence.
   */
  static Fig totalBefore(Prose prose, List<Fig> figs, int q, String measure) {
    int ss = prose.sentenceStart(q);
    Fig best = lastNonDelta(prose, figs, ss, q, measure);
    if (best != null) {
      return best;
    }
    Prose.Segment seg = prose.segmentAt(q);
    String between = prose.norm().substring(ss, q).replaceAll("[\\s*#:：,，]", "");
    if (!between.isEmpty() || ss <= seg.start()) {
      return null;
    }
    int ps = prose.sentenceStart(ss - 1);
    return lastNonDelta(prose, figs, ps, ss, measure);
  }

  /** The last figure in [from, to) that is not a change amount and not inside a parenthesis. */
  private static Fig lastNonDelta(Prose prose, List<Fig> figs, int from, int to) {
    return lastNonDelta(prose, figs, from, to, null);
  }

  /** As above, preferring a figure of {@code measure} when one stands there. */
  private static Fig lastNonDelta(Prose prose, List<Fig> figs, int from, int to, String measure) {
    Fig best = null;
    Fig sameMeasure = null;
    for (int k = Measures.firstAtOrAfter(figs, from);
        k < figs.size() && figs.get(k).start() < to; k++) {
      Fig f = figs.get(k);
      if (f.end() <= to && !Measures.isDelta(f.label())
          && !BreakdownGrammar.inParens(prose.norm(), f.start(), from)) {
        best = f;
        if (f.measure().equals(measure)) {
          sameMeasure = f;
        }
      }
    }
    return sameMeasure != null ? sameMeasure : best;
  }

  /** End of a 其中's parts: sentence end or next 其中 outside parentheses, continued over
   * numbered sentences. */
  private static int partsEnd(Prose prose, Prose.Segment seg, int from) {
    String norm = prose.norm();
    int end = prose.sentenceEnd(from);
    int nextQ = nextQizhong(norm, from, end);
    if (nextQ >= 0) {
      return nextQ;
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
      nextQ = nextQizhong(norm, s + 1, e);
      if (nextQ >= 0) {
        return nextQ;
      }
      end = e;
    }
  }

  /** The next 其中/包括 in [from, to) that is not inside a parenthesis opened in that stretch. */
  private static int nextQizhong(String norm, int from, int to) {
    Matcher next = QIZHONG.matcher(norm);
    next.region(from, to);
    while (next.find()) {
      if (!BreakdownGrammar.inParens(norm, next.start(), from)) {
        return next.start();
      }
    }
    return -1;
  }

  // ------------------------------------------------------------------ sums after a list

  /**
   * Parts listed first and their sum after them: "A…40万元；B…25.85万元；…。共计下达…1487.39万元".
   * The closing clause opens with 共计/合计/总计 (after a clause or sentence end) and states a money
   * figure; the parts are the pieces of the stretch before it, split at ；, when there are at least
   * two and each states exactly one money figure (not a change, not in parentheses). The stretch
   * is the sentence before the closing one, or the start of the same sentence.
   */
  private void sums(Prose prose, List<Fig> figs, List<Breakdown> out) {
    String norm = prose.norm();
    for (Prose.Segment seg : prose.segments()) {
      Matcher m = SUM_AFTER.matcher(norm); // opaque bounds, like the region search it replaces
      for (int at = seg.start(); SUM_FINDER.find(m, norm, at, seg.end()); at = m.end()) {
        int c = m.start();
        int before = c - 1;
        while (before >= seg.start() && Character.isWhitespace(norm.charAt(before))) {
          before--;
        }
        if (before < seg.start() || "。；;，,".indexOf(norm.charAt(before)) < 0) {
          continue;
        }
        int closeEnd = prose.sentenceEnd(c);
        Fig total = null;
        for (int k = Measures.firstAtOrAfter(figs, c + 1);
            k < figs.size() && figs.get(k).start() < closeEnd; k++) {
          Fig f = figs.get(k);
          if (f.end() <= closeEnd && f.measure().equals("money")
              && !Measures.isDelta(f.label())) {
            total = f;
            break;
          }
        }
        if (total == null || norm.substring(c, total.start()).matches("(?s).*[，,；;:：].*")) {
          continue; // the sum must stand in the closing clause itself
        }
        int from = Prose.SENTENCE_END.indexOf(norm.charAt(before)) >= 0
            ? prose.sentenceStart(before) : prose.sentenceStart(c);
        List<Amount> parts = new ArrayList<>();
        boolean ok = true;
        int pieceStart = from;
        for (int i = from; i <= before && ok; i++) {
          char ch = norm.charAt(i);
          boolean end = i == before || ch == '；' || ch == ';';
          if (!end || BreakdownGrammar.inParens(norm, i, from)) {
            continue;
          }
          List<Fig> money = new ArrayList<>();
          for (Fig f : between(figs, pieceStart, i + 1)) {
            if (f.measure().equals("money") && !Measures.isDelta(f.label())
                && !BreakdownGrammar.inParens(norm, f.start(), from)) {
              money.add(f);
            }
          }
          ok = money.size() == 1;
          if (ok) {
            parts.add(money.get(0).amount());
          }
          pieceStart = i + 1;
        }
        if (ok && parts.size() >= 2 && !overlapping(total.amount(), parts)) {
          out.add(new Breakdown(total.label(), "sum", total.amount(), parts,
              prose.scope().text(from, total.end()), prose.scope().locate(from, total.end())));
        }
      }
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
        String cue = BreakdownGrammar.selectionCue(norm.substring(introStart, m.end()));
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
    }
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
    for (int k = Measures.firstAtOrAfter(figs, from); k < figs.size() && figs.get(k).start() < to;
        k++) {
      if (figs.get(k).end() <= to) {
        out.add(figs.get(k));
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
