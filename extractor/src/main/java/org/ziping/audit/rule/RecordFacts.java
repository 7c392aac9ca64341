package org.ziping.audit.rule;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ziping.report.Fact;
import org.ziping.report.Measure;

/**
 * A report's facts by record ({@link Fact#ref()}: one table row or one prose statement) and
 * measure, for the rules that compare the facts of one record (a score with its maximum, a target
 * with its actual value): the facts of one measure in report order ({@link #of}), which a rule
 * walks, and the first and the last fact of each measure of a record, found in constant time
 * instead of a scan of every fact per fact.
 *
 * <p>Limits: facts without a measure are left out, facts without a record are left out of the
 * record lookups; a record that states one measure twice keeps the first and the last statement
 * only.
 */
final class RecordFacts {
  private final Map<String, Map<Measure, Fact>> first = new HashMap<>();
  private final Map<String, Map<Measure, Fact>> last = new HashMap<>();
  private final Map<Measure, List<Fact>> byMeasure = new EnumMap<>(Measure.class);

  RecordFacts(List<Fact> facts) {
    for (Fact f : facts) {
      if (f.measure() != null) {
        byMeasure.computeIfAbsent(f.measure(), m -> new ArrayList<>()).add(f);
      }
      if (f.ref() == null || f.measure() == null) {
        continue;
      }
      first.computeIfAbsent(f.ref(), r -> new EnumMap<>(Measure.class)).putIfAbsent(f.measure(), f);
      last.computeIfAbsent(f.ref(), r -> new EnumMap<>(Measure.class)).put(f.measure(), f);
    }
  }

  /** The facts of measure {@code m}, in report order (with or without a record). */
  List<Fact> of(Measure m) {
    return byMeasure.getOrDefault(m, List.of());
  }

  /** The first fact of measure {@code m} of the record of {@code of}, or null. */
  Fact first(Fact of, Measure m) {
    return of.ref() == null ? null : first.getOrDefault(of.ref(), Map.of()).get(m);
  }

  /** The last fact of measure {@code m} of the record of {@code of}, or null. */
  Fact last(Fact of, Measure m) {
    return of.ref() == null ? null : last.getOrDefault(of.ref(), Map.of()).get(m);
  }
}
