package org.ziping.parse.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ziping.parse.facts.Vocabulary;
import org.ziping.report.Amount;
import org.ziping.report.Quantity;

/**
 * What a figure measures, read from its label: change amounts (比上年增加…), budget columns
 * (年初预算, 调整预算, 全年预算), actual spending (实际支出, 本年支出, 决算, 执行数, 已支出), and the
 * running-text figures of a scope as one ordered list of {@link Fig}s (counts wrapped as amounts
 * with {@code yuan} null, so that whole-part relations of counts fit {@link
 * org.ziping.report.Breakdown}).
 */
final class Measures {
  private Measures() {}

  enum Column { INITIAL, FULL_YEAR, ACTUAL, NONE }

  /** A prose figure: the amount (or a count as an amount with yuan null) and its offsets. */
  record Fig(Amount amount, int start, int end) {
    String measure() {
      return FigureScanner.isMoney(amount.unit()) ? "money" : amount.unit();
    }

    String label() {
      return amount.label();
    }
  }


  /** True for a change amount: "比上年减少", "与年初预算对比增加", "同比增长". */
  static boolean isDelta(String label) {
    return Vocabulary.SENTENCE_DELTA_END.matcher(label).find() || Vocabulary.SENTENCE_DELTA_ANY.matcher(label).find();
  }

  /**
   * The budget column a label names, by the keyword that comes last in it ("年初支出预算数" is a
   * budget, "支出决算数" an actual); a plain "支出"/"总支出" label is actual spending.
   */
  static Column column(String label) {
    if (label.contains("收入") || isDelta(label)) {
      return Column.NONE;
    }
    int a = lastEnd(Vocabulary.SENTENCE_ACTUAL, label);
    int f = lastEnd(Vocabulary.SENTENCE_FULL_YEAR, label);
    int i = lastEnd(Vocabulary.SENTENCE_INITIAL, label);
    if (label.equals("支出") || label.endsWith("总支出")) {
      a = Math.max(a, label.length());
    }
    if (a < 0 && f < 0 && i < 0) {
      return Column.NONE;
    }
    if (a >= f && a >= i) {
      return Column.ACTUAL;
    }
    return f >= i ? Column.FULL_YEAR : Column.INITIAL;
  }

  private static int lastEnd(Vocabulary p, String s) {
    var m = p.matcher(s);
    int end = -1;
    while (m.find()) {
      end = m.end();
    }
    return end;
  }

  /** Index of the first figure of a list sorted by start that starts at or after {@code pos}. */
  static int firstAtOrAfter(List<Fig> figs, int pos) {
    int lo = 0;
    int hi = figs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (figs.get(mid).start() < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The figures of a list sorted by start that stand wholly inside [from, to). */
  static List<Fig> within(List<Fig> figs, int from, int to) {
    List<Fig> out = new ArrayList<>();
    for (int k = firstAtOrAfter(figs, from); k < figs.size() && figs.get(k).start() < to; k++) {
      if (figs.get(k).end() <= to) {
        out.add(figs.get(k));
      }
    }
    return out;
  }

  /** Running-text amounts and counts of the figures, in document order. */
  static List<Fig> proseFigs(Figures figures) {
    List<Fig> out = new ArrayList<>();
    for (Amount a : figures.amounts()) {
      if (a.location().table() == null) {
        out.add(new Fig(a, a.location().start(), a.location().end()));
      }
    }
    for (Quantity q : figures.quantities()) {
      if (q.location().table() == null && "count".equals(q.kind())) {
        out.add(new Fig(countAmount(q), q.location().start(), q.location().end()));
      }
    }
    out.sort(Comparator.comparingInt(Fig::start));
    return out;
  }

  /** A count as an amount: unit kept, yuan null. */
  static Amount countAmount(Quantity q) {
    return new Amount(q.label(), q.value(), q.unit(), null, q.text(), q.location());
  }
}
