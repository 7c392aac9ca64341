package org.ziping.parse.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.parse.figures.Measures.Fig;
import org.ziping.report.Amount;
import org.ziping.report.Breakdown;

/**
 * Breakdowns of kind {@code qizhong}: a 其中/包括/具体为 in running text, read with
 * {@link BreakdownGrammar}. The total is the last figure before it in the sentence that is not a
 * change amount (比上年减少…) and not inside a parenthesis, of the parts' measure; when 其中 opens a
 * sentence, the last such figure of the previous sentence. The parts are the later figures of the
 * same measure (money, or counts of the same unit) up to the end of the sentence, the next 其中
 * outside parentheses, or a clause that adjusts (调减…) or states another total (全年实际下达,
 * 合计…); figures in parentheses are notes on the part before them; changes, averages, rates
 * (每人…) and figures for each of several (各…) are left out. A 其中 inside a parenthesis reads only
 * to its closing parenthesis. When the parts are numbered ("其中1.…。2.…") the run goes on into the
 * following sentences while they open with the next number.
 *
 * <p>At least two parts are required: "收入X，其中A Y，占P%" names one component, not a
 * decomposition; levels of one set (一级3个，…三级12个 of 12) are no breakdown. The breakdown is
 * marked incomplete when the text presents the parts as a selection (主要用于, …等, a rate or 各
 * among them, counts of the same run that miss their total).
 *
 * <p>Limits: a 其中 whose parts are listed over several unnumbered sentences ends at the first
 * sentence end.
 */
final class QizhongBreakdowns implements BreakdownAlgorithm {
  private static final Pattern QIZHONG = Pattern.compile("其中|包括|具体为|具体是|明细为");
  private static final Pattern AVERAGE = Pattern.compile("平均|人均|均");

  @Override
  public List<Breakdown> find(ScopeFigures in) {
    List<Breakdown> out = new ArrayList<>();
    for (Prose.Match q : in.prose().matches(QIZHONG)) {
      Breakdown b = breakdownOpenedAt(in.prose(), in.proseFigs(), q.segment(), q.start(), q.end());
      if (b != null) {
        out.add(b);
      }
    }
    return out;
  }

  /** The breakdown a 其中 (or 包括, 具体为) at {@code q} opens, read with {@link BreakdownGrammar}. */
  private static Breakdown breakdownOpenedAt(Prose prose, List<Fig> figs, Prose.Segment seg,
                                             int q, int qEnd) {
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
    if (BreakdownGrammar.levelsOfOneSet(total.amount(), parts)) {
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

  /**
   * Figures of another measure stated in the same run ("本级项目8个…，对下转移支付项目0个…" beside
   * money parts) that do not add up to the figure of that measure stated with the total ("项目21个，
   * 项目支出总额…") show that the parts are a selection.
   */
  private static String countsDisagree(Prose prose, List<Fig> figs, Fig total, int q, int floor,
                                       int runEnd) {
    int ss = prose.sentenceStart(total.start());
    String norm = prose.norm();
    Map<String, BigDecimal> whole = new HashMap<>();
    Map<String, BigDecimal> sum = new HashMap<>();
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
            BigDecimal::add);
      }
    }
    for (var e : sum.entrySet()) {
      BigDecimal w = whole.get(e.getKey());
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
}
