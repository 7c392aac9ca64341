package org.ziping.audit.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ziping.audit.KeyedFigure;
import org.ziping.audit.QuantityKey;
import org.ziping.audit.Money;
import org.ziping.report.Report;

/**
 * Pairs of money figures of one report that state the same quantity (equal
 * {@link org.ziping.audit.QuantityKey}) with disagreeing values (yuan intervals that do not
 * overlap). Shared by VALUE_CONFLICT (same unit) and UNIT_CONVERSION_MISMATCH (元 against 万元 or
 * 亿元), so a pair is reported by exactly one of them.
 *
 * <p>An unqualified budget ("基本支出预算4533869.52元") may mean the initial or the full-year
 * budget: it conflicts only when it agrees with none of those figures, and is then paired with the
 * nearest. Pairs are deduplicated by their two shown values.
 */
final class AmountConflicts {
  record Pair(KeyedFigure a, KeyedFigure b) {
    boolean sameUnit() {
      return Money.unit(a.amount()).equals(Money.unit(b.amount()));
    }
  }

  private AmountConflicts() {}

  static List<Pair> find(Report report) {
    List<KeyedFigure> figures = new ArrayList<>();
    for (KeyedFigure f : KeyedFigure.of(report)) {
      if (f.key().comparable()) {
        figures.add(f);
      }
    }
    List<Pair> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    // sameQuantity and mayBe both need the same year, flow, count and subject: compare within
    // those groups only (same pairs in the same order; not every figure against every other)
    Map<List<Object>, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < figures.size(); i++) {
      QuantityKey k = figures.get(i).key();
      groups.computeIfAbsent(Arrays.asList(k.year(), k.flow(), k.count(), k.subject()),
          x -> new ArrayList<>()).add(i);
    }
    for (int i = 0; i < figures.size(); i++) {
      KeyedFigure a = figures.get(i);
      QuantityKey ak = a.key();
      List<Integer> group = groups.get(Arrays.asList(ak.year(), ak.flow(), ak.count(),
          ak.subject()));
      for (int j : group) {
        if (j <= i) {
          continue;
        }
        KeyedFigure b = figures.get(j);
        if (a.key().sameQuantity(b.key()) && !a.yuan().overlaps(b.yuan())) {
          add(a, b, out, seen);
        }
      }
      List<KeyedFigure> candidates = new ArrayList<>();
      for (int j : group) {
        KeyedFigure b = figures.get(j);
        if (a.key().mayBe(b.key())) {
          candidates.add(b);
        }
      }
      if (!candidates.isEmpty() && candidates.stream().noneMatch(b -> b.yuan().overlaps(a.yuan()))) {
        KeyedFigure nearest = candidates.get(0);
        for (KeyedFigure b : candidates) {
          if (b.yuan().distance(a.yuan()).compareTo(nearest.yuan().distance(a.yuan())) < 0) {
            nearest = b;
          }
        }
        add(a, nearest, out, seen);
      }
    }
    return out;
  }

  private static void add(KeyedFigure a, KeyedFigure b, List<Pair> out, Set<String> seen) {
    String x = a.shown();
    String y = b.shown();
    String key = a.key().describe() + "|" + (x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x);
    if (seen.add(key)) {
      out.add(new Pair(a, b));
    }
  }
}
