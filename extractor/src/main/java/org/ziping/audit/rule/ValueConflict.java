package org.ziping.audit.rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ziping.audit.RuleId;
import org.ziping.report.Decimals;
import org.ziping.report.Severity;
import org.ziping.report.DecimalInterval;
import org.ziping.report.Evidence;
import org.ziping.report.Fact;
import org.ziping.report.FactOrigin;
import org.ziping.report.Location;
import org.ziping.report.Measure;
import org.ziping.report.Report;

/**
 * VALUE_CONFLICT (warning): the same quantity is stated with different values in one report.
 *
 * <p>Money: {@link AmountConflicts} pairs of money {@link Fact}s in the same unit: same subject,
 * measure, year and count qualifier, a statement against another statement or against a table
 * cell, never two cells of tables (004: "2022年年初申报4个项目，预算安排189万元" and "2022年度年初预算
 * 安排4个项目205.33万元" share 2022 · 年初预算 · 4项目).
 *
 * <p>Percentages: an indicator's 实际完成值 (in %, or bare against a % target) against a prose
 * percentage or another indicator with the same {@link org.ziping.parse.facts.PercentKey} (002:
 * 服务对象满意度 98% in prose vs 94.9 in the table). Two prose percentages are never compared:
 * clause labels too often lose the qualifier that tells them apart (002 states 预算执行率 for fund
 * income and for fund spending in one sentence). Percentages on different sheets of a workbook are
 * never compared (each sheet is its own form).
 *
 * <p>Warning, not error: which statements speak of the same quantity is read from their labels.
 */
public final class ValueConflict extends AmountConflictRule {
  public ValueConflict() {
    super(RuleId.VALUE_CONFLICT, Severity.WARNING, AmountConflicts::inOneUnit);
  }

  @Override
  void find(Report report, RuleFindings out) {
    super.find(report, out); // the money pairs
    percentConflicts(report, out);
  }

  @Override
  String message(AmountConflicts.Pair p) {
    return p.description() + "前后不一致：" + AmountConflicts.shown(p.a()) + "与"
        + AmountConflicts.shown(p.b()) + "（区间" + DecimalInterval.ofShown(p.a().value()) + "与"
        + DecimalInterval.ofShown(p.b().value()) + "不重叠）";
  }

  private static boolean indicator(Fact f) {
    return f.origin() == FactOrigin.INDICATOR;
  }

  private static void percentConflicts(Report report, RuleFindings out) {
    List<Fact> pcts = new ArrayList<>();
    for (Fact f : report.facts()) {
      boolean statement = f.measure() == Measure.ACHIEVED
          || (f.origin() == FactOrigin.QUANTITY
              && (f.measure() == Measure.PERCENT || f.measure() == Measure.EXEC_RATE));
      if (statement && f.key() != null && "%".equals(f.unit()) && f.value() != null) {
        pcts.add(f);
      }
    }
    // pairs of equal keys only, in document order (not every percentage with every other)
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < pcts.size(); i++) {
      byKey.computeIfAbsent(pcts.get(i).key(), k -> new ArrayList<>()).add(i);
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < pcts.size(); i++) {
      for (int j : byKey.get(pcts.get(i).key())) {
        if (j <= i) {
          continue;
        }
        Fact a = pcts.get(i);
        Fact b = pcts.get(j);
        if (!(indicator(a) || indicator(b))
            || !Location.sameSheet(a.location(), b.location())) {
          continue;
        }
        DecimalInterval x = a.interval();
        DecimalInterval y = b.interval();
        String dedupe = a.key() + "|" + Decimals.plain(a.value().min(b.value())) + "|"
            + Decimals.plain(a.value().max(b.value()));
        if (x.overlaps(y) || !seen.add(dedupe)) {
          continue;
        }
        String msg = a.key() + "前后不一致：" + a.label() + Decimals.shown(a.value()) + "%与" + b.label()
            + Decimals.shown(b.value()) + "%（区间" + x + "与" + y + "不重叠）";
        out.add(Severity.WARNING, msg, List.of(evidence(a), evidence(b)));
      }
    }
  }

  private static Evidence evidence(Fact f) {
    String label = indicator(f) ? f.label() + " 实际完成值" : f.label();
    return new Evidence(label, f.value(), f.text(), f.location());
  }
}
