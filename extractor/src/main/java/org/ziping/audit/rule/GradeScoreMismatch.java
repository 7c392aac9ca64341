package org.ziping.audit.rule;

import java.util.List;
import org.ziping.audit.RuleId;
import org.ziping.report.Decimals;
import org.ziping.report.DecimalInterval;
import org.ziping.report.Points;
import org.ziping.report.Severity;
import org.ziping.report.Evidence;
import org.ziping.report.Report;
import org.ziping.report.Score;

/**
 * GRADE_SCORE_MISMATCH (warning): the grade is not the band of the declared total: 优 ≥ 90,
 * 良 80–<90, 中 60–<80, 差 < 60 (the band the parse stage gives the grade: 优秀/良好/合格/不合格 map to 优/良/中/差).
 *
 * <p>Data: {@link Score#declaredTotal()} as a {@link Points} interval and {@link Score#grade()},
 * the scale and the bands of {@link GradeBands}.
 * A finding when no value of the score interval lies in the grade's band (a score of 89.5 is not
 * 优; a rounded 89.996 is not either, its interval ends below 90).
 *
 * <p>Limit: scales other than 100 are rescaled to 100 before banding.
 */
public final class GradeScoreMismatch extends DeclaredTotalRule {
  public GradeScoreMismatch() {
    super(RuleId.GRADE_SCORE_MISMATCH);
  }

  @Override
  void find(Score s, Report report, RuleFindings out) {
    if (s.grade() == null) {
      return;
    }
    String band = s.band();
    if (band == null) {
      return;
    }
    DecimalInterval score = GradeBands.onHundred(Points.interval(s.declaredTotal()), s);
    if (GradeBands.fits(band, score)) {
      return;
    }
    String expected = GradeBands.bandOf(score);
    String msg = "评价等次“" + s.grade() + "”与自评得分" + Decimals.shown(s.declaredTotal()) + "分（区间" + score
        + "）不符：按优≥90、良80–<90、中60–<80、差<60应为“" + expected + "”";
    out.add(Severity.WARNING, msg, List.of(
        new Evidence("自评总分", s.declaredTotal(), null, s.location()),
        new Evidence("评价等次 " + s.grade(), null, s.grade(), s.gradeLocation())));
  }
}
