package org.ziping.audit.rule;

import java.math.BigDecimal;
import org.ziping.report.DecimalInterval;
import org.ziping.report.Score;

/**
 * The scale of a self-evaluation's scores and its grade bands: scores are out of the report's
 * stated total ({@link Score#maxTotal()}), 100 when it states none; on 100 points the bands are
 * 优 ≥ 90, 良 80–&lt;90, 中 60–&lt;80, 差 &lt; 60 (the band the parse stage gives a grade,
 * {@link Score#band()}: 优秀/良好/合格/不合格 map to 优/良/中/差). Scores are intervals
 * ({@link org.ziping.report.Points}): a band fits when some value of the interval lies in it.
 *
 * <p>Limits: the bands are the usual ones of the 绩效自评 forms; a report that sets its own bands
 * is read with these.
 */
final class GradeBands {
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The lowest score of 优 on 100 points. */
  static final BigDecimal EXCELLENT = BigDecimal.valueOf(90);
  /** The lowest score of 良 on 100 points. */
  static final BigDecimal GOOD = BigDecimal.valueOf(80);
  /** The lowest score of 中 on 100 points. */
  static final BigDecimal PASS = BigDecimal.valueOf(60);

  private GradeBands() {}

  /** What the scores of {@code score} are out of: its stated total, else 100. */
  static BigDecimal scale(Score score) {
    return score != null && score.maxTotal() != null ? score.maxTotal() : HUNDRED;
  }

  /** {@code points} on {@code score}'s scale rescaled to 100 (as given on a scale of 100 or 0). */
  static DecimalInterval onHundred(DecimalInterval points, Score score) {
    BigDecimal scale = scale(score);
    if (scale.signum() > 0 && scale.compareTo(HUNDRED) != 0) {
      return points.divide(DecimalInterval.exact(scale)).times100();
    }
    return points;
  }

  /** Whether some value of {@code score} (on 100) lies in {@code band}: 优, 良, 中, else 差. */
  static boolean fits(String band, DecimalInterval score) {
    return switch (band) {
      case "优" -> score.hi().compareTo(EXCELLENT) >= 0;
      case "良" -> score.hi().compareTo(GOOD) >= 0 && score.lo().compareTo(EXCELLENT) < 0;
      case "中" -> score.hi().compareTo(PASS) >= 0 && score.lo().compareTo(GOOD) < 0;
      default -> score.lo().compareTo(PASS) < 0;
    };
  }

  /** The band of the lowest value of {@code score} (on 100). */
  static String bandOf(DecimalInterval score) {
    return score.lo().compareTo(EXCELLENT) >= 0 ? "优"
        : score.lo().compareTo(GOOD) >= 0 ? "良"
        : score.lo().compareTo(PASS) >= 0 ? "中" : "差";
  }
}
