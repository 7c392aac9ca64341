package org.ziping.audit.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ziping.audit.RuleId;
import org.ziping.report.Decimals;
import org.ziping.report.Severity;
import org.ziping.report.DecimalInterval;
import org.ziping.report.Evidence;
import org.ziping.report.Fact;
import org.ziping.report.Measure;

/**
 * FULL_SCORE_TARGET_MISSED (warning): an indicator scored its full points although its actual
 * value misses its target (002: 服务对象满意度 target ≥95%, actual 94.9, 10 of 10).
 *
 * <p>Data: the facts of one indicator ({@link Fact#ref()}): {@link Measure#TARGET} (comparison and
 * exact threshold), {@link Measure#ACHIEVED} (its interval as shown; a bare value already carries the
 * target's unit), {@link Measure#MAX_SCORE} and {@link Measure#SCORE}. A finding when the score
 * equals the maximum, both values have the same unit and every value the actual's interval allows
 * misses the target (an actual of 95 against ≥95% does not miss; 94.9 does).
 *
 * <p>Limits: qualitative targets give no target fact and are skipped; a bare target ("100%") is
 * read as "at least".
 */
public final class FullScoreTargetMissed extends RecordRule {
  public FullScoreTargetMissed() {
    super(RuleId.FULL_SCORE_TARGET_MISSED, SELF_EVALUATION);
  }

  @Override
  void find(RecordFacts records, RuleFindings out) {
    for (Fact target : records.of(Measure.TARGET)) {
      Fact actual = records.first(target, Measure.ACHIEVED);
      Fact max = records.first(target, Measure.MAX_SCORE);
      Fact score = records.first(target, Measure.SCORE);
      if (actual == null || max == null || score == null
          || score.value().compareTo(max.value()) != 0 || !target.unit().equals(actual.unit())
          || !missed(target, actual.interval())) {
        continue;
      }
      String label = target.label();
      List<Evidence> ev = new ArrayList<>();
      ev.add(new Evidence(label + " 年度指标值", target.value(), target.text(), target.location()));
      ev.add(new Evidence(label + " 实际完成值", actual.value(), actual.text(), actual.location()));
      ev.add(new Evidence(label + " 得分", score.value(), null, score.location()));
      String msg = label + "实际完成值" + Decimals.shown(actual.value()) + target.unit() + "（区间"
          + actual.interval() + "）未达到年度指标值" + target.op() + target.value().toPlainString()
          + target.unit() + "，却得满分" + Decimals.shown(score.value()) + "/"
          + Decimals.shown(max.value()) + "分";
      out.add(Severity.WARNING, msg, ev);
    }
  }

  /** The fact of measure {@code m} of the same record as {@code of}, or null. */
  public static Fact sibling(List<Fact> facts, Fact of, Measure m) {
    for (Fact f : facts) {
      if (f.measure() == m && f.sameRecord(of)) {
        return f;
      }
    }
    return null;
  }

  /** Whether every value of the actual's interval misses the target. */
  public static boolean missed(Fact target, DecimalInterval a) {
    return missed(target.op(), target.value(), a);
  }

  /** Whether every value of {@code a} misses the threshold {@code v} under {@code op}. */
  public static boolean missed(String op, BigDecimal v, DecimalInterval a) {
    return a.misses(op, v);
  }
}
