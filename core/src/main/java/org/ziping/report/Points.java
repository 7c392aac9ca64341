package org.ziping.report;

import java.math.BigDecimal;

/**
 * Intervals of scores (分值, 得分, 总分). Points are assigned, not measured: a score written as a
 * whole or half point (5, 4.5, 96) is exact; any other value (4.67, 33.3) may be a rounded
 * weighted score and is read as shown. Otherwise a sum of 27 integer item scores would carry a
 * tolerance of ±13.5 and no score sum could ever be found wrong.
 *
 * <p>Known limit: an evaluator's 4.8 is also read as shown (±0.05), which slightly widens sums.
 */
public final class Points {
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private Points() {}

  public static DecimalInterval interval(BigDecimal v) {
    BigDecimal doubled = v.multiply(TWO).stripTrailingZeros();
    if (doubled.scale() <= 0) {
      return DecimalInterval.exact(v);
    }
    return DecimalInterval.ofShown(v);
  }

  /** Sum of the intervals of the values. */
  public static DecimalInterval sum(Iterable<BigDecimal> values) {
    DecimalInterval s = DecimalInterval.exact(BigDecimal.ZERO);
    for (BigDecimal v : values) {
      s = s.add(interval(v));
    }
    return s;
  }
}
