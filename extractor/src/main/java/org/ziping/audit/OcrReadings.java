package org.ziping.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ziping.audit.rule.FullScoreTargetMissed;
import org.ziping.audit.rule.PercentMismatch;
import org.ziping.report.BudgetRow;
import org.ziping.report.DecimalInterval;
import org.ziping.report.Evidence;
import org.ziping.report.Fact;
import org.ziping.report.Finding;
import org.ziping.report.Indicator;
import org.ziping.report.Location;
import org.ziping.report.Measure;
import org.ziping.report.Ratio;
import org.ziping.report.Report;

/**
 * What a finding may rest on when its figures were read by OCR from a page image. OCR misreads in
 * two characteristic ways: it loses the number of a table cell (an empty 分值 or 得分 cell, a row
 * whose label and numbers come out as noise), and it inserts, drops or changes a digit of a figure
 * (执行率100% read as 1009%). Checks whose arithmetic such a misreading breaks are run on OCR-read
 * figures only where the reading can be shown to be whole:
 *
 * <ul>
 *   <li>sums of scores or of maxima ({@code SCORE_SUM_MISMATCH}, {@code MAX_SUM_NOT_100}) over an
 *       indicator table: only when every indicator row of the table has the summed number (a row
 *       whose cell OCR lost makes the sum short); over prose score lists: never, since nothing in
 *       the text shows that OCR read every item;</li>
 *   <li>a declared execution rate of a budget row ({@code EXEC_RATE_MISMATCH},
 *       {@code EXEC_RATE_OVER_100}): only when a computation from the row's own figures gives it
 *       (actual ÷ full-year budget, or actual ÷ initial budget): a declared rate that none of its
 *       figures explains is more likely misread than misdeclared. 002's 196.62 % (= actual ÷
 *       initial budget) stays; a 100 % read as 1009 % goes;</li>
 *   <li>a declared figure against what its own figures give ({@code PERCENT_MISMATCH},
 *       {@code EXEC_RATE_MISMATCH} of a stated rate, {@code FULL_SCORE_TARGET_MISSED}): only when
 *       no single misread character of the OCR-read declared figure (a digit dropped, added or
 *       changed, a decimal point added or dropped: {@link #oneMisreading}) would make the check
 *       pass. 1.829 % read for 1.82 % against 1.8184 % goes; so does a target ≥95% read as
 *       295%.</li>
 * </ul>
 *
 * <p>Findings that pass are lowered to warnings by {@link OcrSeverityCap}. Findings without
 * OCR-read evidence are never touched.
 *
 * <p>Limits: a misread digit that still gives a sum or a rate its figures explain cannot be seen;
 * a real inconsistency on a scanned page whose reading is not whole is missed (a miss, never a
 * false alarm).
 */
public final class OcrReadings {
  private OcrReadings() {}

  /** The findings of {@code report} that OCR misreadings cannot explain; a new mutable list. */
  static List<Finding> filter(Report report, List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (!OcrSeverityCap.readByOcr(f) || stands(report, f)) {
        out.add(f);
      }
    }
    return out;
  }

  private static boolean stands(Report report, Finding f) {
    RuleId rule = RuleId.named(f.rule());
    if (rule == null) {
      return true;
    }
    return switch (rule) {
      case SCORE_SUM_MISMATCH -> wholeTables(report, f, true);
      case MAX_SUM_NOT_100 -> wholeTables(report, f, false);
      case EXEC_RATE_MISMATCH -> explainedRate(report, f) && !ratioMisread(report, f);
      case EXEC_RATE_OVER_100 -> explainedRate(report, f);
      case PERCENT_MISMATCH -> !ratioMisread(report, f);
      case FULL_SCORE_TARGET_MISSED -> !targetMisread(report, f);
      default -> true;
    };
  }

  /**
   * Whether the finding's stated ratio (its first evidence, read by OCR) agrees with its figures
   * after one misread character.
   */
  private static boolean ratioMisread(Report report, Finding f) {
    Evidence declared = f.evidence().isEmpty() ? null : f.evidence().get(0);
    if (declared == null || declared.location() == null || !declared.location().readByOcr()) {
      return false;
    }
    for (Ratio r : report.ratios()) {
      if (r.declared() == null || r.location() == null || !same(r.location(), declared.location())) {
        continue;
      }
      DecimalInterval recomputed = "rate".equals(r.kind())
          ? (r.part() == null || r.whole() == null ? null : Rates.rate(r.part(), r.whole()))
          : PercentMismatch.recomputed(r);
      if (recomputed == null) {
        return false;
      }
      for (BigDecimal v : oneMisreading(r.declared())) {
        if (DecimalInterval.ofShown(v).overlaps(recomputed)) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /** Whether one misread character of the OCR-read target or actual value meets the target. */
  private static boolean targetMisread(Report report, Finding f) {
    List<Fact> facts = report.facts();
    for (Fact target : facts) {
      if (target.measure() != Measure.TARGET || target.location() == null
          || f.evidence().isEmpty() || f.evidence().get(0).location() == null
          || !same(target.location(), f.evidence().get(0).location())
          || !target.label().equals(labelOf(f))) {
        continue;
      }
      Fact actual = FullScoreTargetMissed.sibling(facts, target, Measure.ACHIEVED);
      if (actual == null) {
        return false;
      }
      if (target.location().readByOcr()) {
        for (BigDecimal v : oneMisreading(target.value())) {
          if (!FullScoreTargetMissed.missed(target.op(), v, actual.interval())) {
            return true;
          }
        }
      }
      if (actual.location() != null && actual.location().readByOcr()) {
        for (BigDecimal v : oneMisreading(actual.value())) {
          if (!FullScoreTargetMissed.missed(target, DecimalInterval.ofShown(v))) {
            return true;
          }
        }
      }
      return false;
    }
    return false;
  }

  /** The indicator label of a FULL_SCORE_TARGET_MISSED finding (its first evidence's label). */
  private static String labelOf(Finding f) {
    String l = f.evidence().get(0).label();
    return l == null ? "" : l.replaceFirst(" 年度指标值$", "");
  }

  /**
   * Every figure that one misread character of {@code shown} gives: a digit dropped, added or
   * changed, a decimal point added or dropped (with the scale each reading shows). OCR of a figure
   * fails this way far more often than in several places at once.
   */
  public static List<BigDecimal> oneMisreading(BigDecimal shown) {
    String s = shown.toPlainString();
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < s.length(); i++) {
      out.add(s.substring(0, i) + s.substring(i + 1)); // dropped
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        for (char d = '0'; d <= '9'; d++) {
          if (d != c) {
            out.add(s.substring(0, i) + d + s.substring(i + 1)); // changed
          }
        }
      }
    }
    for (int i = 0; i <= s.length(); i++) {
      for (char d = '0'; d <= '9'; d++) {
        out.add(s.substring(0, i) + d + s.substring(i)); // added
      }
      if (!s.contains(".") && i > 0 && i < s.length()) {
        out.add(s.substring(0, i) + "." + s.substring(i)); // a decimal point OCR lost
      }
    }
    List<BigDecimal> values = new ArrayList<>();
    for (String v : out) {
      if (v.matches("-?(0|[1-9]\\d*)(\\.\\d+)?")) { // no leading zero: 01009 is 1009
        values.add(new BigDecimal(v));
      }
    }
    return values;
  }

  private static boolean same(Location a, Location b) {
    return a.start() == b.start() && a.end() == b.end();
  }

  /**
   * Whether the sum rests on tables only, each read whole: every indicator of the table has its
   * score ({@code scores}) or its maximum.
   */
  private static boolean wholeTables(Report report, Finding f, boolean scores) {
    Set<Integer> tables = new TreeSet<>();
    for (Evidence e : f.evidence()) {
      if (e.location() != null && e.location().table() != null) {
        tables.add(e.location().table());
      }
    }
    if (tables.isEmpty()) {
      return false; // a prose score list: OCR may have lost items without a trace
    }
    for (Indicator i : report.indicators()) {
      Location l = i.location();
      if (l != null && l.table() != null && tables.contains(l.table())
          && (scores ? i.score() : i.maxScore()) == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the declared rate of the finding, when it belongs to a budget row with figures, is
   * given by one of the row's computations; a rate without such a row is kept.
   */
  private static boolean explainedRate(Report report, Finding f) {
    for (BudgetRow r : report.budgetRows()) {
      if (r.declaredRate() == null || r.actual() == null) {
        continue;
      }
      Location rate = r.locationOf(r.declaredRate());
      if (rate == null || !cites(f, rate)) {
        continue;
      }
      DecimalInterval declared = DecimalInterval.ofShown(r.declaredRate());
      boolean figures = false;
      for (BigDecimal budget : new BigDecimal[] {r.fullYearBudget(), r.initialBudget()}) {
        DecimalInterval computed = budget == null ? null : Rates.rate(r.actual(), budget);
        if (computed != null) {
          figures = true;
          if (computed.overlaps(declared)) {
            return true;
          }
        }
      }
      return !figures;
    }
    return true;
  }

  private static boolean cites(Finding f, Location at) {
    for (Evidence e : f.evidence()) {
      Location l = e.location();
      if (l != null && same(l, at)) {
        return true;
      }
    }
    return false;
  }
}
