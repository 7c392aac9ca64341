package org.ziping.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a figure is written in a finding's message, its evidence and every output: as the source
 * showed it (scale kept: "96.0" stays "96.0"), plainly without trailing zeros (the form finding ids
 * hash, so 96 and 96.0 give the same id), or computed and rounded half-up. Never scientific
 * notation; "?" stands for a missing figure.
 */
public final class Decimals {
  private Decimals() {}

  /** A decimal as written without trailing zeros ("96", "4.98"), "?" for null. */
  public static String plain(BigDecimal v) {
    if (v == null) {
      return "?";
    }
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /** A decimal as shown in the source (keeps its scale), "?" for null. */
  public static String shown(BigDecimal v) {
    return v == null ? "?" : v.toPlainString();
  }

  /** A computed value for a message, rounded half-up to {@code scale} decimals. */
  public static String rounded(BigDecimal v, int scale) {
    return v.setScale(scale, RoundingMode.HALF_UP).toPlainString();
  }
}
