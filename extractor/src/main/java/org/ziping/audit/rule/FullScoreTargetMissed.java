package org.ziping.audit.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ziping.audit.AuditContext;
import org.ziping.audit.AuditRule;
import org.ziping.audit.DecimalInterval;
import org.ziping.audit.Findings;
import org.ziping.audit.Lists;
import org.ziping.audit.Severity;
import org.ziping.audit.Target;
import org.ziping.report.Evidence;
import org.ziping.report.Finding;
import org.ziping.report.Indicator;
import org.ziping.report.Report;

/**
 * FULL_SCORE_TARGET_MISSED (warning): an indicator scored its full points although its actual
 * value misses its target (002: 服务对象满意度 target ≥95%, actual 94.9, 10 of 10).
 *
 * <p>Data: {@link Indicator}s with score equal to maximum and a numeric target and actual
 * ({@link Target}). The actual is read as shown, the threshold exact; a bare actual takes the
 * target's unit, an actual in another unit is skipped.
 *
 * <p>Limits: qualitative targets are skipped; a bare target ("100%") is read as "at least".
 */
public final class FullScoreTargetMissed implements AuditRule {
  public static final String ID = "FULL_SCORE_TARGET_MISSED";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(Report report, AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Indicator i : Lists.of(report.indicators())) {
      if (i.score() == null || i.maxScore() == null || i.score().compareTo(i.maxScore()) != 0) {
        continue;
      }
      Optional<Target> target = Target.parseTarget(i.target());
      Optional<Target> actual = Target.parseActual(i.actual());
      if (target.isEmpty() || actual.isEmpty() || !target.get().sameUnit(actual.get())
          || !target.get().missedBy(actual.get())) {
        continue;
      }
      String label = ScoredItem.indicatorLabel(i);
      String unit = target.get().unit();
      List<Evidence> ev = new ArrayList<>();
      ev.add(new Evidence(label + " 年度指标值", target.get().value(), i.target(), i.location()));
      ev.add(new Evidence(label + " 实际完成值", actual.get().value(), i.actual(), i.location()));
      ev.add(new Evidence(label + " 得分", i.score(), null, i.location()));
      String msg = label + "实际完成值" + Findings.shown(actual.get().value()) + unit + "（区间"
          + DecimalInterval.ofShown(actual.get().value()) + "）未达到年度指标值" + target.get()
          + "，却得满分" + Findings.shown(i.score()) + "/" + Findings.shown(i.maxScore()) + "分";
      out.add(Findings.of(ID, Severity.WARNING, ctx, msg, ev));
    }
    return out;
  }
}
