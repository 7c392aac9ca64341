package org.ziping.audit.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ziping.audit.RuleId;
import org.ziping.report.Decimals;
import org.ziping.report.DecimalInterval;
import org.ziping.report.Money;
import org.ziping.audit.Rates;
import org.ziping.report.Severity;
import org.ziping.report.Amount;
import org.ziping.report.Breakdown;
import org.ziping.report.Evidence;
import org.ziping.report.Report;

/**
 * PART_SUM_MISMATCH (error, or warning for a table's 其中 rows, see {@link #severity}; info when
 * the breakdown is not {@link Breakdown#complete()}): the components of a stated total do not add up to it (000:
 * 政府采购预算4.98万元 vs 2.08 + 0 + 2.09 = 4.17).
 *
 * <p>Data: every {@link Breakdown} with a total and at least two parts (one part after 其中 is a
 * highlight, not a decomposition), all in one base unit (money in yuan; counts in their unit).
 * Algorithm: the total's interval against the sum of the parts' intervals; a finding when they
 * do not overlap. 003's 34817.01 vs 34800.93 + 16.09 = 34817.02 ([34817.005, 34817.015] against
 * [34817.01, 34817.03]) overlaps: rounding, no finding.
 *
 * <p>Precision: money written with fewer decimals than the other figures of the same statement
 * in the same unit is read at the statement's precision: Chinese financial prose drops trailing
 * zeros ("33万元" next to "124.78万元" is 33.00, "1.8" is 1.80). Without this, 004's eight
 * expenditures (six written without two decimals) would carry ±2.07万元 and hide the 0.99万元 gap
 * (206.32 vs 205.33). Integer counts (人, 家 …) are exact. Known limit: a statement that really
 * rounds some parts to whole 万元 while showing others to the cent would be read too strictly.
 */
public final class PartSumMismatch extends AbstractRule {
  public PartSumMismatch() {
    super(RuleId.PART_SUM_MISMATCH, FIGURES);
  }

  /**
   * Error where the text or table makes the breakdown certain: a coded table ({@code table-code}:
   * a 类/款 row and its 款/项 rows), a 其中 sentence or a numbered list read by their grammar; a
   * warning for a table's 其中 rows under the nearest amount above, a relation found by position.
   */
  static Severity severity(Breakdown b) {
    return "table".equals(b.kind()) ? Severity.WARNING : Severity.ERROR;
  }

  @Override
  void find(Report report, RuleFindings out) {
    for (Breakdown b : report.breakdowns()) {
      check(b, out);
    }
  }

  private static void check(Breakdown b, RuleFindings out) {
    Amount total = b.total();
    List<Amount> parts = new ArrayList<>();
    for (Amount p : b.parts()) {
      if (p != null && p.value() != null) {
        parts.add(p);
      }
    }
    if (total == null || total.value() == null || parts.size() < 2) {
      return;
    }
    String base = Money.baseUnit(total);
    Map<String, Integer> scaleByUnit = new HashMap<>();
    List<Amount> all = new ArrayList<>(parts);
    all.add(total);
    for (Amount a : all) {
      if (!Money.baseUnit(a).equals(base)) {
        return;
      }
      scaleByUnit.merge(Money.unit(a), Money.statedScale(a), Math::max);
    }
    DecimalInterval totalIv = Money.interval(total, scaleByUnit.get(Money.unit(total)));
    if (totalIv == null) {
      return;
    }
    DecimalInterval sum = DecimalInterval.exact(BigDecimal.ZERO);
    StringBuilder terms = new StringBuilder();
    for (Amount p : parts) {
      DecimalInterval iv = Money.interval(p, scaleByUnit.get(Money.unit(p)));
      if (iv == null) {
        return;
      }
      sum = sum.add(iv);
      terms.append(terms.length() > 0 ? "+" : "").append(Decimals.shown(p.value()))
          .append(Money.unit(p).equals(Money.unit(total)) ? "" : Money.unit(p));
    }
    if (sum.overlaps(totalIv)) {
      return;
    }
    DecimalInterval sumShown = Money.inUnitOf(sum, total);
    DecimalInterval totalShown = Money.inUnitOf(totalIv, total);
    String label = b.label() != null ? b.label() : total.label() != null ? total.label() : "合计";
    String unit = Money.unit(total);
    List<Evidence> ev = new ArrayList<>();
    ev.add(new Evidence(label + " 合计", total.value(), total.text() != null ? total.text() : b.text(),
        total.location() != null ? total.location() : b.location()));
    for (Amount p : parts) {
      ev.add(Rates.amountEvidence(p));
    }
    String msg = label + Decimals.shown(total.value()) + unit + "与其分项之和" + terms + "="
        + Decimals.plain(sumShown.mid()) + unit + "不一致（合计区间" + totalShown + "，分项之和区间" + sumShown
        + "，相差" + Decimals.plain(sumShown.mid().subtract(total.value()).abs()) + unit + "）";
    if (!b.complete()) {
      // the text presents the parts as a selection (主要用于, …等): a gap is expected, not an error
      out.add(Severity.INFO, msg + "；所列分项可能不全：" + b.incompleteReason(), ev);
      return;
    }
    out.add(severity(b), msg, ev);
  }
}
