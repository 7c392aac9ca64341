package org.ziping.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Intervals of stated figures ({@link Amount}s) in a common base unit: yuan for money, the bare
 * counting unit for counts (万人次 → 人次). The decimal exponent of the unit comes from the unit
 * text (元 0, 千元 3, 万元 4, 百万元 6, 亿元 8, a 万/亿 prefix on a count unit), else from
 * {@code yuan ÷ value} when that is a power of ten.
 *
 * <p>Precision: money is read as shown ({@link DecimalInterval#ofShown}); an integer count
 * (人, 家, 个 ... without a 万/亿 prefix) is exact, since a count of people is not rounded.
 * Known limit: a figure rounded to whole 万元 ("约2亿元") is read as shown, like any other.
 */
public final class Money {
  private Money() {}

  /** The unit of a figure, null when not stated. */
  public static boolean isMoney(Amount a) {
    return a.unit() == null || a.unit().isBlank() || a.unit().trim().endsWith("元");
  }

  /** The base unit used for comparing: "元" for money, the count unit without 万/亿. */
  public static String baseUnit(Amount a) {
    if (isMoney(a)) {
      return "元";
    }
    String u = a.unit().trim();
    for (String prefix : new String[] {"百万", "千万", "万", "亿", "千", "百"}) {
      if (u.startsWith(prefix)) {
        return u.substring(prefix.length());
      }
    }
    return u;
  }

  /** Decimal exponent of the unit, or null when it cannot be told. */
  public static Integer exponent(Amount a) {
    String u = a.unit() == null ? "" : a.unit().trim();
    if (!u.isEmpty()) {
      if (u.startsWith("百万")) return 6;
      if (u.startsWith("千万")) return 7;
      if (u.startsWith("亿")) return 8;
      if (u.startsWith("万")) return 4;
      if (u.startsWith("千") && isMoney(a)) return 3;
      return 0;
    }
    if (a.yuan() != null && a.value() != null && a.value().signum() != 0) {
      BigDecimal ratio = a.yuan().divide(a.value(), MathContext.DECIMAL128).stripTrailingZeros();
      if (ratio.unscaledValue().equals(BigInteger.ONE)) {
        return -ratio.scale();
      }
      return null;
    }
    return 0;
  }

  /** The interval in base units, read as shown; null when the value or unit is unusable. */
  public static DecimalInterval interval(Amount a) {
    return interval(a, 0);
  }

  /**
   * The interval in base units, reading money with at least {@code minScale} decimals in its
   * own unit (see {@link #statedScale}).
   */
  public static DecimalInterval interval(Amount a, int minScale) {
    if (a == null || a.value() == null) {
      return null;
    }
    Integer exp = exponent(a);
    if (exp == null) {
      return null;
    }
    DecimalInterval shown;
    if (!isMoney(a) && exp == 0 && a.value().stripTrailingZeros().scale() <= 0) {
      shown = DecimalInterval.exact(a.value());
    } else {
      shown = DecimalInterval.ofShown(a.value(), isMoney(a) ? minScale : 0);
    }
    return shown.movePoint(exp);
  }

  /** Scale of the value, never negative. */
  public static int statedScale(Amount a) {
    return a == null || a.value() == null ? 0 : Math.max(0, a.value().scale());
  }

  /** The unit of an amount for messages. */
  public static String unit(Amount a) {
    return a.unit() == null || a.unit().isBlank() ? "" : a.unit().trim();
  }

  /** An interval in base units shown in the unit of {@code like}. */
  public static DecimalInterval inUnitOf(DecimalInterval base, Amount like) {
    Integer exp = exponent(like);
    return exp == null ? base : base.movePoint(-exp);
  }
}
