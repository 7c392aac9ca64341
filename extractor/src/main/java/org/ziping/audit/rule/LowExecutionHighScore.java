package org.ziping.audit.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ziping.audit.RuleId;
import org.ziping.report.Decimals;
import org.ziping.report.DecimalInterval;
import org.ziping.report.Points;
import org.ziping.report.Severity;
import org.ziping.report.Evidence;
import org.ziping.report.OverallExecution;
import org.ziping.report.Report;
import org.ziping.report.Score;

/**
 * LOW_EXECUTION_HIGH_SCORE (warning): the overall execution rate is below 60% while the self-score
 * is at least 90 or the grade is 优 (003: 9137.21 ÷ 34817.01 = 26.24%, self-score 99, 优).
 *
 * <p>Data: the overall rate the parse stage stored ({@link Report#overallExecution()}, the same the
 * index and the web page show: total budget row, overall rate ratio, or whole-report budget and
 * spending amounts); {@link Score#declaredTotal()} and
 * {@link Score#grade()}. Fires when the rate interval lies entirely below 60 and the score
 * interval entirely at or above 90, or the grade band is 优.
 *
 * <p>Limit: no overall rate, no finding; a report that gives only per-project rates is not
 * averaged.
 */
public final class LowExecutionHighScore extends AbstractRule {
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  public LowExecutionHighScore() {
    super(RuleId.LOW_EXECUTION_HIGH_SCORE, SELF_EVALUATION);
  }

  @Override
  void find(Report report, RuleFindings out) {
    Score score = report.score();
    if (score == null) {
      return;
    }
    boolean highScore = score.declaredTotal() != null
        && Points.interval(score.declaredTotal()).lo().compareTo(GradeBands.EXCELLENT) >= 0;
    boolean topGrade = "优".equals(score.band());
    if (!highScore && !topGrade) {
      return;
    }
    OverallExecution overall = report.overallExecution();
    if (overall == null || !overall.rate().below(SIXTY)) {
      return;
    }
    DecimalInterval rate = overall.rate();
    List<Evidence> ev = new ArrayList<>(overall.evidence());
    StringBuilder claim = new StringBuilder();
    if (score.declaredTotal() != null) {
      claim.append("自评得分").append(Decimals.shown(score.declaredTotal())).append("分");
      ev.add(new Evidence("自评总分", score.declaredTotal(), null, score.location()));
    }
    if (score.grade() != null) {
      claim.append(claim.length() > 0 ? "、" : "").append("评价等次“").append(score.grade()).append("”");
      ev.add(new Evidence("评价等次 " + score.grade(), null, score.grade(), score.gradeLocation()));
    }
    String msg = "整体预算执行率" + Decimals.rounded(rate.mid(), 2) + "%（" + overall.description()
        + "，区间" + rate + "）低于60%，而" + claim + "：低执行率与高分不相称";
    out.add(Severity.WARNING, msg, ev);
  }
}
