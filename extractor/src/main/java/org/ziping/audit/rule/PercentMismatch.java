package org.ziping.audit.rule;

import java.math.BigDecimal;
import java.util.List;
import org.ziping.audit.RuleId;
import org.ziping.report.Decimals;
import org.ziping.report.DecimalInterval;
import org.ziping.report.Money;
import org.ziping.audit.Rates;
import org.ziping.report.Severity;
import org.ziping.report.Evidence;
import org.ziping.report.Ratio;
import org.ziping.report.Report;

/**
 * PERCENT_MISMATCH: a stated share (占…%) or change (增长/下降…%) that its own figures do not give.
 *
 * <p>Data: {@link Ratio}s of kind {@code share} (part ÷ whole × 100) and {@code change} (delta ÷
 * base × 100, base = current − delta for an increase, current + delta for a decrease), all as
 * intervals in one base unit. A finding when the recomputed interval does not overlap the
 * declared one: info when the gap is at most 0.05 percentage points (a rounding slip, 000: 下降32.00%
 * from 14840.94 and 31546.18 gives 31.99%), warning otherwise.
 *
 * <p>Limits: a change without its direction ({@code increase} null) is skipped; so is a ratio in
 * mixed base units (元 against 人).
 */
public final class PercentMismatch extends AbstractRule {
  private static final BigDecimal SLIP = new BigDecimal("0.05");

  public PercentMismatch() {
    super(RuleId.PERCENT_MISMATCH, FIGURES);
  }

  /**
   * The percentage a share or a change gives from its figures (as an interval), or null when it
   * has none: mixed base units, a change without its direction, another kind of ratio.
   */
  public static DecimalInterval recomputed(Ratio r) {
    if (r.part() == null || r.whole() == null) {
      return null;
    }
    DecimalInterval part = Money.interval(r.part());
    DecimalInterval whole = Money.interval(r.whole());
    if (part == null || whole == null || !Money.baseUnit(r.part()).equals(Money.baseUnit(r.whole()))) {
      return null;
    }
    if ("share".equals(r.kind())) {
      return Rates.quotientPercent(part, whole);
    }
    if ("change".equals(r.kind()) && r.increase() != null) {
      return Rates.quotientPercent(part, r.increase() ? whole.subtract(part) : whole.add(part));
    }
    return null;
  }

  @Override
  void find(Report report, RuleFindings out) {
    for (Ratio r : report.ratios()) {
      if (r.declared() == null || r.part() == null || r.whole() == null) {
        continue;
      }
      DecimalInterval part = Money.interval(r.part());
      DecimalInterval whole = Money.interval(r.whole());
      if (part == null || whole == null || !Money.baseUnit(r.part()).equals(Money.baseUnit(r.whole()))) {
        continue;
      }
      DecimalInterval recomputed = recomputed(r);
      String formula;
      String p = Decimals.shown(r.part().value());
      String w = Decimals.shown(r.whole().value());
      if ("share".equals(r.kind())) {
        formula = p + "÷" + w;
      } else if ("change".equals(r.kind()) && r.increase() != null) {
        DecimalInterval base = r.increase() ? whole.subtract(part) : whole.add(part);
        DecimalInterval baseShown = Money.inUnitOf(base, r.whole());
        formula = p + "÷(" + w + (r.increase() ? "−" : "+") + p + "=" + Decimals.plain(baseShown.mid()) + ")";
      } else {
        continue;
      }
      DecimalInterval declared = DecimalInterval.ofShown(r.declared());
      if (recomputed == null || recomputed.overlaps(declared)) {
        continue;
      }
      BigDecimal gap = recomputed.distance(declared);
      Severity sev = gap.compareTo(SLIP) <= 0 ? Severity.INFO : Severity.WARNING;
      String label = r.label() == null ? ("share".equals(r.kind()) ? "占比" : "变动幅度") : r.label();
      String msg = label + Decimals.shown(r.declared()) + "%与重算" + formula + "="
          + Decimals.rounded(recomputed.mid(), 2) + "%不一致（申报区间" + declared + "，重算区间" + recomputed
          + "，相差" + Decimals.rounded(gap, 4) + "个百分点" + (sev == Severity.INFO ? "，属舍入误差量级" : "") + "）";
      List<Evidence> ev = List.of(Rates.ratioEvidence(r), Rates.amountEvidence(r.part()),
          Rates.amountEvidence(r.whole()));
      out.add(sev, msg, ev);
    }
  }
}
