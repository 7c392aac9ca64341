package org.ziping.audit.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ziping.report.Decimals;
import org.ziping.report.Evidence;
import org.ziping.report.Fact;
import org.ziping.report.Measure;
import org.ziping.report.Location;
import org.ziping.report.Report;

/**
 * Pairs of money facts of one report that state the same quantity with disagreeing values (yuan
 * intervals that do not overlap). Shared by VALUE_CONFLICT (same unit) and UNIT_CONVERSION_MISMATCH
 * (元 against 万元 or 亿元), so a pair is reported by exactly one of them.
 *
 * <p>Same quantity: both {@link Fact#comparable()}, equal subject key, count qualifier, year and
 * measure. Never paired: two facts of one table (two rows or two columns of a table are different
 * quantities by construction), facts of two different tables (a table's row label names its subject
 * only within the table: 一般公共预算 is a different figure in the income table and in the 三公
 * table), and two facts of one record. So a statement is compared with another statement, or with
 * a table cell.
 *
 * <p>An unqualified budget ("基本支出预算4533869.52元") may mean the initial or the full-year
 * budget: it conflicts only when it agrees with none of those figures, and is then paired with the
 * nearest. Pairs are deduplicated by their two shown values. Figures on different sheets of a
 * workbook are never paired ({@link Location#sameSheet}): each sheet is its own form, one project
 * per sheet in a 申报表 or 自评表 workbook.
 */
final class AmountConflicts {
  record Pair(Fact a, Fact b) {
    boolean sameUnit() {
      return a.unit().equals(b.unit());
    }

    String description() {
      return describe(a);
    }

    /** The two statements, quoted, in document order. */
    List<Evidence> evidence() {
      return List.of(AmountConflicts.evidence(a), AmountConflicts.evidence(b));
    }
  }

  private AmountConflicts() {}

  /** The pairs whose two facts are written in one unit (VALUE_CONFLICT's). */
  static List<Pair> inOneUnit(Report report) {
    return find(report).stream().filter(Pair::sameUnit).toList();
  }

  /** The pairs whose facts are written in two units (UNIT_CONVERSION_MISMATCH's). */
  static List<Pair> acrossUnits(Report report) {
    return find(report).stream().filter(p -> !p.sameUnit()).toList();
  }

  private static List<Pair> find(Report report) {
    List<Fact> figures = new ArrayList<>();
    for (Fact f : report.facts()) {
      if (f.measure() != null && f.measure().money() && f.comparable() && f.interval() != null) {
        figures.add(f);
      }
    }
    // only figures of equal subject, count, year and sheet can be related: compare within those
    // groups (in document order), not every figure with every other (quadratic on long inputs)
    Map<List<Object>, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < figures.size(); i++) {
      groups.computeIfAbsent(groupKey(figures.get(i)), k -> new ArrayList<>()).add(i);
    }
    List<Pair> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < figures.size(); i++) {
      Fact a = figures.get(i);
      List<Integer> group = groups.get(groupKey(a));
      for (int j : group) {
        if (j <= i) {
          continue;
        }
        Fact b = figures.get(j);
        if (related(a, b) && a.measure() == b.measure() && !a.interval().overlaps(b.interval())) {
          add(a, b, out, seen);
        }
      }
      if (a.measure() != Measure.BUDGET) {
        continue;
      }
      List<Fact> candidates = new ArrayList<>();
      for (int j : group) {
        Fact b = figures.get(j);
        if (related(a, b) && (b.measure() == Measure.INITIAL_BUDGET
            || b.measure() == Measure.FULL_YEAR_BUDGET)) {
          candidates.add(b);
        }
      }
      if (!candidates.isEmpty()
          && candidates.stream().noneMatch(b -> b.interval().overlaps(a.interval()))) {
        Fact nearest = candidates.get(0);
        for (Fact b : candidates) {
          if (b.interval().distance(a.interval()).compareTo(nearest.interval().distance(a.interval())) < 0) {
            nearest = b;
          }
        }
        add(a, nearest, out, seen);
      }
    }
    return out;
  }

  /** What {@link #related} requires to be equal: subject key, count, year and sheet. */
  private static List<Object> groupKey(Fact f) {
    return Arrays.asList(f.key(), f.count(), f.year(),
        f.location() == null ? null : f.location().sheet());
  }

  /**
   * Same subject, count and year, on the same sheet of a workbook (each sheet is its own form, one
   * project per sheet in a 申报表 or 自评表 workbook), and not two cells of tables nor two figures of
   * one record.
   */
  private static boolean related(Fact a, Fact b) {
    return Objects.equals(a.key(), b.key()) && Objects.equals(a.count(), b.count())
        && Objects.equals(a.year(), b.year()) && !(a.inTable() && b.inTable()) && !a.sameRecord(b)
        && Location.sameSheet(a.location(), b.location());
  }

  private static void add(Fact a, Fact b, List<Pair> out, Set<String> seen) {
    String x = shown(a);
    String y = shown(b);
    String key = describe(a) + "|" + (x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x);
    if (seen.add(key)) {
      out.add(new Pair(a, b));
    }
  }

  /** "189万元". */
  static String shown(Fact f) {
    return Decimals.shown(f.value()) + f.unit();
  }

  /** Evidence quoting a fact. */
  static Evidence evidence(Fact f) {
    return new Evidence(f.label(), f.value(), f.text(), f.location());
  }

  /** Readable description for messages: "2022年 年初预算（4项目）". */
  static String describe(Fact f) {
    StringBuilder sb = new StringBuilder();
    sb.append(f.year()).append("年 ");
    if (f.subject() != null && !"整体".equals(f.subject())) {
      sb.append(f.subject()).append(' ');
    }
    sb.append(f.measure().chinese());
    if (f.count() != null) {
      sb.append("（").append(f.count()).append("）");
    }
    return sb.toString();
  }
}
