package org.ziping.parse.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.ziping.report.Amount;
import org.ziping.report.BudgetRow;
import org.ziping.report.DecimalInterval;
import org.ziping.report.Fact;
import org.ziping.report.FactOrigin;
import org.ziping.report.Indicator;
import org.ziping.report.Location;
import org.ziping.report.Measure;
import org.ziping.report.Money;
import org.ziping.report.Period;
import org.ziping.report.Points;
import org.ziping.report.Quantity;
import org.ziping.report.Report;
import org.ziping.report.Score;
import org.ziping.report.ScoreItem;

/**
 * Builds the typed {@link Fact}s of a report from the records its parsers give.
 *
 * <ul>
 *   <li>amounts: money figures whose label names a measure ({@link LabelKey}): subject, year
 *       (stated, or the report's), count qualifier, interval in yuan;</li>
 *   <li>budget rows: one fact per figure (年初预算数, 全年预算数, 实际支出数 when the row has a unit;
 *       执行率; 分值, 得分), the subject from the row label (a total row is the report's whole), the
 *       year the row's sentence states, else the report's;</li>
 *   <li>indicators: 指标值 (with its comparison), 实际完成值 (a bare value takes the target's unit),
 *       分值, 得分; the subject is the indicator's name, the key of a percentage its {@link
 *       PercentKey};</li>
 *   <li>prose score items: 分值 and 得分; and 分值调整 notes ("3分分值调整至“…”") of any scored item as
 *       {@link Measure#MOVED_POINTS} facts naming the receiving item;</li>
 *   <li>the score: total 得分 and scale; percentages of running text: 执行率/支出率 as
 *       {@link Measure#EXEC_RATE}, others with a specific subject as {@link Measure#PERCENT}.</li>
 * </ul>
 *
 * <p>Every fact keeps the record it came from ({@link Fact#ref()}), its quoted text and location.
 * Limits: a figure whose label names no measure gives no fact; subjects are compared by their
 * words (see {@link LabelKey}).
 */
public final class FactExtractor {
  private static final String POINTS = "分";
  private static final String PERCENT = "%";

  private FactExtractor() {}

  /** The facts of a report, in record order. */
  public static List<Fact> of(Report r) {
    List<Fact> out = new ArrayList<>();
    amounts(r, out);
    budgetRows(r, out);
    indicators(r, out);
    scoreItems(r, out);
    score(r, out);
    quantities(r, out);
    movedPoints(r, out);
    return List.copyOf(out);
  }

  private static Period period(Measure m) {
    return switch (m) {
      case INITIAL_BUDGET -> Period.YEAR_START;
      case FULL_YEAR_BUDGET, ACTUAL, EXEC_RATE -> Period.FULL_YEAR;
      default -> null;
    };
  }

  private static void amounts(Report r, List<Fact> out) {
    List<Amount> amounts = r.amounts();
    for (int i = 0; i < amounts.size(); i++) {
      Amount a = amounts.get(i);
      if (a.value() == null || !Money.isMoney(a) || (a.unit() == null && a.yuan() == null)) {
        continue;
      }
      Optional<LabelKey> k = LabelKey.of(a.label(), r.year());
      DecimalInterval y = Money.interval(a);
      if (k.isEmpty() || k.get().measure() == null || y == null) {
        continue;
      }
      LabelKey key = k.get();
      out.add(new Fact(key.subjectName(), key.comparable() ? key.key() : null, key.count(),
          key.measure(), key.year(), period(key.measure()), Money.unit(a), a.value(), y, null,
          FactOrigin.AMOUNT, "/amounts/" + i, a.label(), a.text(), a.location()));
    }
  }

  private static void budgetRows(Report r, List<Fact> out) {
    List<BudgetRow> rows = r.budgetRows();
    for (int i = 0; i < rows.size(); i++) {
      BudgetRow row = rows.get(i);
      String ref = "/budgetRows/" + i;
      String name = row.label() == null ? "预算行" : row.label();
      boolean money = row.unit() != null && !row.unit().isBlank();
      if (money) {
        money(r, row, ref, name, row.initialBudget(), "initialBudget", "年初预算数",
            Measure.INITIAL_BUDGET, out);
        money(r, row, ref, name, row.fullYearBudget(), "fullYearBudget", "全年预算数",
            Measure.FULL_YEAR_BUDGET, out);
        money(r, row, ref, name, row.actual(), "actual", "实际支出数", Measure.ACTUAL, out);
      }
      Optional<LabelKey> k = LabelKey.ofRow(row.label(), Measure.EXEC_RATE, r.year(), row.year());
      String subject = k.map(LabelKey::subjectName).orElse(row.label());
      String key = k.filter(LabelKey::comparable).map(LabelKey::key).orElse(null);
      int year = k.map(LabelKey::year).orElse(r.year() == null ? 0 : r.year());
      if (row.declaredRate() != null) {
        out.add(new Fact(subject, key, null, Measure.EXEC_RATE, year, Period.FULL_YEAR, PERCENT,
            row.declaredRate(), DecimalInterval.ofShown(row.declaredRate()), null,
            FactOrigin.BUDGET_ROW, ref, name + " · 执行率", row.text(),
            row.figureLocation("declaredRate")));
      }
      String item = name + "（预算执行率）";
      scored(subject, item, row.maxScore(), row.score(), FactOrigin.BUDGET_ROW, ref, row.text(),
          row.location(), out);
    }
  }

  private static void money(Report r, BudgetRow row, String ref, String name, BigDecimal v,
                            String field, String column, Measure measure, List<Fact> out) {
    if (v == null) {
      return;
    }
    Amount a = new Amount(name + " · " + column, v, row.unit(), null, row.text(), row.location());
    Optional<LabelKey> k = LabelKey.ofRow(row.label(), measure, r.year(), row.year());
    DecimalInterval y = Money.interval(a);
    if (k.isEmpty() || y == null) {
      return;
    }
    LabelKey key = k.get();
    out.add(new Fact(key.subjectName(), key.comparable() ? key.key() : null, key.count(), measure,
        key.year(), period(measure), Money.unit(a), v, y, null, FactOrigin.BUDGET_ROW, ref,
        a.label(), row.text(), row.figureLocation(field)));
  }

  private static void indicators(Report r, List<Fact> out) {
    List<Indicator> list = r.indicators();
    int year = r.year() == null ? 0 : r.year();
    for (int i = 0; i < list.size(); i++) {
      Indicator ind = list.get(i);
      String ref = "/indicators/" + i;
      String name = indicatorLabel(ind);
      String key = PercentKey.of(name);
      Optional<Target> target = Target.parseTarget(ind.target());
      Optional<Target> actual = Target.parseActual(ind.actual());
      if (target.isPresent()) {
        Target t = target.get();
        out.add(new Fact(name, key, null, Measure.TARGET, year, null, t.unit(), t.value(),
            DecimalInterval.exact(t.value()), t.op(), FactOrigin.INDICATOR, ref, name, ind.target(),
            ind.location()));
      }
      if (actual.isPresent()) {
        Target a = actual.get();
        String unit = a.unit().isEmpty() && target.isPresent() ? target.get().unit() : a.unit();
        out.add(new Fact(name, key, null, Measure.ACHIEVED, year, null, unit, a.value(),
            DecimalInterval.ofShown(a.value()), null, FactOrigin.INDICATOR, ref, name, ind.actual(),
            ind.location()));
      }
      scored(name, name, ind.maxScore(), ind.score(), FactOrigin.INDICATOR, ref, null,
          ind.location(), out);
    }
  }

  /** The name of an indicator: its third level, else second, else first. */
  public static String indicatorLabel(Indicator i) {
    if (i.level3() != null && !i.level3().isBlank()) {
      return i.level3();
    }
    if (i.level2() != null && !i.level2().isBlank()) {
      return i.level2();
    }
    return i.level1() == null ? "指标" : i.level1();
  }

  private static void scoreItems(Report r, List<Fact> out) {
    List<ScoreItem> items = r.scoreItems();
    for (int i = 0; i < items.size(); i++) {
      ScoreItem s = items.get(i);
      scored(s.label(), s.label(), s.maxScore(), s.score(), FactOrigin.SCORE_ITEM,
          "/scoreItems/" + i, s.text(), s.location(), out);
    }
  }

  private static void scored(String subject, String label, BigDecimal max, BigDecimal score,
                             FactOrigin origin, String ref, String text, Location loc,
                             List<Fact> out) {
    String key = PercentKey.item(label);
    if (max != null) {
      out.add(new Fact(subject, key, null, Measure.MAX_SCORE, null, null, POINTS, max,
          Points.interval(max), null, origin, ref, label, text, loc));
    }
    if (score != null) {
      out.add(new Fact(subject, key, null, Measure.SCORE, null, null, POINTS, score,
          Points.interval(score), null, origin, ref, label, text, loc));
    }
  }

  private static void score(Report r, List<Fact> out) {
    Score s = r.score();
    if (s == null) {
      return;
    }
    Integer year = r.year();
    if (s.maxTotal() != null) {
      out.add(new Fact(Vocabulary.WHOLE, Vocabulary.WHOLE, null, Measure.MAX_SCORE, year, null,
          POINTS, s.maxTotal(), DecimalInterval.exact(s.maxTotal()), null, FactOrigin.SCORE,
          "/score", "满分", null, s.location()));
    }
    if (s.declaredTotal() != null) {
      out.add(new Fact(Vocabulary.WHOLE, Vocabulary.WHOLE, null, Measure.SCORE, year, null, POINTS,
          s.declaredTotal(), Points.interval(s.declaredTotal()), null, FactOrigin.SCORE, "/score",
          "自评总分", null, s.location()));
    }
  }

  private static void quantities(Report r, List<Fact> out) {
    List<Quantity> qs = r.quantities();
    int year = r.year() == null ? 0 : r.year();
    for (int i = 0; i < qs.size(); i++) {
      Quantity q = qs.get(i);
      if (!"percent".equals(q.kind()) || q.value() == null || q.label() == null) {
        continue;
      }
      String key = PercentKey.of(q.label());
      boolean rate = Vocabulary.EXEC_RATE.matcher(q.label()).find();
      if (!rate && key == null) {
        continue;
      }
      Measure m = rate ? Measure.EXEC_RATE : Measure.PERCENT;
      out.add(new Fact(q.label(), key, null, m, year, rate ? Period.FULL_YEAR : null, PERCENT,
          q.value(), DecimalInterval.ofShown(q.value()), null, FactOrigin.QUANTITY,
          "/quantities/" + i, q.label(), q.text(), q.location()));
    }
  }

  /** 分值调整 notes of every scored item: the points and the item they move to. */
  private static void movedPoints(Report r, List<Fact> out) {
    List<Fact> scored = new ArrayList<>();
    for (Fact f : out) {
      if (f.measure() == Measure.MAX_SCORE || f.measure() == Measure.SCORE) {
        scored.add(f);
      }
    }
    // refs already read, and each ref's first maximum: hashed, so a report with many scored items
    // costs linear time
    Set<String> seen = new HashSet<>();
    Map<String, BigDecimal> maxByRef = new HashMap<>();
    for (Fact f : scored) {
      if (f.measure() == Measure.MAX_SCORE && !maxByRef.containsKey(f.ref())) {
        maxByRef.put(f.ref(), f.value());
      }
    }
    for (Fact from : scored) {
      if (!seen.add(from.ref())) {
        continue;
      }
      String note = note(r, from.ref());
      for (String s : new String[] {note, from.text()}) {
        if (s == null) {
          continue;
        }
        Matcher m = Vocabulary.MOVED_POINTS.matcher(s);
        while (m.find()) {
          String named = PercentKey.item(m.group(2));
          if (named.length() < 4) {
            continue;
          }
          String own = from.key() == null ? "" : from.key();
          boolean self = own.length() >= 4 && (named.contains(own) || own.contains(named));
          BigDecimal points = m.group(1) != null ? new BigDecimal(m.group(1))
              : self ? null : maxByRef.get(from.ref());
          out.add(new Fact(m.group(2), named, null, Measure.MOVED_POINTS, null, null, POINTS,
              points, points == null ? null : Points.interval(points), null, from.origin(),
              from.ref(), from.label(), m.group().trim(), from.location()));
        }
      }
    }
  }

  private static String note(Report r, String ref) {
    if (ref.startsWith("/scoreItems/")) {
      return r.scoreItems().get(index(ref)).note();
    }
    if (ref.startsWith("/indicators/")) {
      return r.indicators().get(index(ref)).note();
    }
    return null;
  }

  private static int index(String ref) {
    return Integer.parseInt(ref.substring(ref.lastIndexOf('/') + 1));
  }
}
