package org.ziping.parse.facts;


import java.math.BigDecimal;
import org.ziping.report.DecimalInterval;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numeric indicator target (年度指标值) or actual value (实际完成值): a comparison, a number and
 * its unit. Targets: "≥95%", "≥ 95", ">=90%", "不低于90%", "≤5%", "100%", "=100%", "≥100人". A bare
 * target ("100%") means "reach at least" (≥). Actuals: "94.9", "94.9%", "约98%", "120人"; a bare
 * number is read in the target's unit ({@link #missedBy}).
 *
 * <p>The threshold of a target is exact; the actual is read as shown (94.9 → [94.85, 94.95]).
 * Non-numeric targets (定性 indicators: "严格执行…", "好") give empty.
 *
 * @param op   one of ≥, >, ≤, <, =
 * @param unit "%" or a short unit word ("人", "天"), "" when none
 */
public record Target(String op, BigDecimal value, String unit) {
  private static final Pattern TARGET = Pattern.compile(
      "^(≥|>=|＞=|≧|>|＞|≤|<=|＜=|≦|<|＜|=|＝|不低于|不少于|不小于|大于等于|大于|高于|超过|不高于|不超过|不大于|小于等于|小于|低于|达到|达)?"
          + "([0-9]+(?:\\.[0-9]+)?)(%|％|[\\p{IsHan}]{1,3})?$");
  private static final Pattern ACTUAL = Pattern.compile(
      "^(?:约|达到|达|为|完成)?([0-9]+(?:\\.[0-9]+)?)(%|％|[\\p{IsHan}]{1,3})?$");

  public static Optional<Target> parseTarget(String text) {
    return whole(TARGET, text).map(
        m -> new Target(op(m.group(1)), new BigDecimal(m.group(2)), unit(m.group(3))));
  }

  /** An actual value: op "=", the value as shown, its unit ("" when bare). */
  public static Optional<Target> parseActual(String text) {
    return whole(ACTUAL, text).map(
        m -> new Target("=", new BigDecimal(m.group(1)), unit(m.group(2))));
  }

  /** The match of {@code p} over the whole cleaned text, empty for null or no match. */
  private static Optional<Matcher> whole(Pattern p, String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = p.matcher(clean(text));
    return m.matches() ? Optional.of(m) : Optional.empty();
  }

  private static String clean(String s) {
    return s.replaceAll("<[^>]+>", "").replaceAll("[\\s*]", "");
  }

  private static String unit(String u) {
    if (u == null) {
      return "";
    }
    return u.equals("％") ? "%" : u;
  }

  private static String op(String w) {
    if (w == null) {
      return "≥";
    }
    return switch (w) {
      case "≥", ">=", "＞=", "≧", "不低于", "不少于", "不小于", "大于等于", "达到", "达" -> "≥";
      case ">", "＞", "大于", "高于", "超过" -> ">";
      case "≤", "<=", "＜=", "≦", "不高于", "不超过", "不大于", "小于等于" -> "≤";
      case "<", "＜", "小于", "低于" -> "<";
      default -> "=";
    };
  }

  /** Whether an actual in this unit is comparable: same unit, or bare. */
  public boolean sameUnit(Target actual) {
    return actual.unit.isEmpty() || actual.unit.equals(unit);
  }

  /**
   * Whether the actual misses this target for every value its shown interval allows (an actual of
   * 95 against ≥95% does not miss; 94.9 does).
   */
  public boolean missedBy(Target actual) {
    return DecimalInterval.ofShown(actual.value).misses(op, value);
  }

  @Override
  public String toString() {
    return op + value.toPlainString() + unit;
  }
}
