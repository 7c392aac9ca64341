package org.ziping.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A closed interval of exact decimals: the set of true values a published, rounded figure can
 * stand for (audit-rules.md, "Tolerance"). A figure shown with d decimals stands for
 * [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]; sums, differences and products are exact, quotients are computed
 * with {@link MathContext#DECIMAL128} precision and rounded outward (lower bound toward −∞,
 * upper bound toward +∞), so the result always encloses the true interval. No {@code double}
 * is ever used.
 *
 * <p>Limits: division needs a denominator interval that does not contain zero (a rounded
 * denominator such as "0.0" can make a quotient unbounded); {@link #divide} throws
 * {@link ArithmeticException} then and callers skip the check.
 */
public record DecimalInterval(BigDecimal lo, BigDecimal hi) {
  private static final MathContext FLOOR = new MathContext(34, RoundingMode.FLOOR);
  private static final MathContext CEILING = new MathContext(34, RoundingMode.CEILING);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public DecimalInterval {
    Objects.requireNonNull(lo, "lo");
    Objects.requireNonNull(hi, "hi");
    if (lo.compareTo(hi) > 0) {
      throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
    }
  }

  /** An exact value: the interval [v, v]. */
  public static DecimalInterval exact(BigDecimal v) {
    return new DecimalInterval(v, v);
  }

  /** The values a figure shown with {@code v.scale()} decimals stands for. */
  public static DecimalInterval ofShown(BigDecimal v) {
    return ofShown(v, v.scale());
  }

  /**
   * The values a figure stands for when it is read with at least {@code minScale} decimals
   * (a figure written "33" among figures written "124.78" is read as 33.00).
   */
  public static DecimalInterval ofShown(BigDecimal v, int minScale) {
    int scale = Math.max(v.scale(), minScale);
    BigDecimal half = new BigDecimal(BigInteger.valueOf(5), scale + 1);
    return new DecimalInterval(v.subtract(half), v.add(half));
  }

  public DecimalInterval add(DecimalInterval o) {
    return new DecimalInterval(lo.add(o.lo), hi.add(o.hi));
  }

  public DecimalInterval subtract(DecimalInterval o) {
    return new DecimalInterval(lo.subtract(o.hi), hi.subtract(o.lo));
  }

  public DecimalInterval multiply(DecimalInterval o) {
    BigDecimal a = lo.multiply(o.lo);
    BigDecimal b = lo.multiply(o.hi);
    BigDecimal c = hi.multiply(o.lo);
    BigDecimal d = hi.multiply(o.hi);
    return new DecimalInterval(a.min(b).min(c).min(d), a.max(b).max(c).max(d));
  }

  /**
   * Interval quotient. The denominator must lie entirely on one side of zero.
   *
   * @throws ArithmeticException when the denominator interval contains zero
   */
  public DecimalInterval divide(DecimalInterval o) {
    if (o.lo.signum() <= 0 && o.hi.signum() >= 0) {
      throw new ArithmeticException("denominator interval contains zero: " + o);
    }
    BigDecimal[] ds = {o.lo, o.hi};
    BigDecimal[] ns = {lo, hi};
    BigDecimal min = null;
    BigDecimal max = null;
    for (BigDecimal n : ns) {
      for (BigDecimal d : ds) {
        BigDecimal down = n.divide(d, FLOOR);
        BigDecimal up = n.divide(d, CEILING);
        min = min == null ? down : min.min(down);
        max = max == null ? up : max.max(up);
      }
    }
    return new DecimalInterval(min, max);
  }

  /** The interval scaled by 10^n (exact): unit conversion 万元 → 元 is {@code movePoint(4)}. */
  public DecimalInterval movePoint(int n) {
    return new DecimalInterval(lo.movePointRight(n), hi.movePointRight(n));
  }

  /** A fraction as a percentage. */
  public DecimalInterval times100() {
    return new DecimalInterval(lo.multiply(HUNDRED), hi.multiply(HUNDRED));
  }

  public boolean overlaps(DecimalInterval o) {
    return lo.compareTo(o.hi) <= 0 && o.lo.compareTo(hi) <= 0;
  }

  /**
   * Whether every value of this interval misses the threshold {@code v} under {@code op} (≥, >,
   * ≤, <; any other op is equality): an actual shown as 95 against ≥95 does not miss, 94.9 does.
   */
  public boolean misses(String op, BigDecimal v) {
    return switch (op) {
      case "≥" -> hi.compareTo(v) < 0;
      case ">" -> hi.compareTo(v) <= 0;
      case "≤" -> lo.compareTo(v) > 0;
      case "<" -> lo.compareTo(v) >= 0;
      default -> !contains(v);
    };
  }

  public boolean contains(BigDecimal v) {
    return lo.compareTo(v) <= 0 && v.compareTo(hi) <= 0;
  }

  /** Entirely above {@code v}. */
  public boolean above(BigDecimal v) {
    return lo.compareTo(v) > 0;
  }

  /** Entirely below {@code v}. */
  public boolean below(BigDecimal v) {
    return hi.compareTo(v) < 0;
  }

  /** The gap between two intervals, zero when they overlap. */
  public BigDecimal distance(DecimalInterval o) {
    if (overlaps(o)) {
      return BigDecimal.ZERO;
    }
    return o.lo.compareTo(hi) > 0 ? o.lo.subtract(hi) : lo.subtract(o.hi);
  }

  /** The midpoint, the best single value to show for a computed interval. */
  public BigDecimal mid() {
    return lo.add(hi).divide(BigDecimal.valueOf(2), CEILING);
  }

  /**
   * "[196.615, 196.625]". Bounds with more than four decimals are rounded outward to four, so
   * the printed interval still encloses the computed one.
   */
  @Override
  public String toString() {
    return "[" + show(lo, RoundingMode.FLOOR) + ", " + show(hi, RoundingMode.CEILING) + "]";
  }

  private static String show(BigDecimal v, RoundingMode mode) {
    BigDecimal r = v.scale() > 4 ? v.setScale(4, mode) : v;
    r = r.stripTrailingZeros();
    if (r.scale() < 0) {
      r = r.setScale(0);
    }
    return r.toPlainString();
  }
}
