package org.ziping.audit.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ziping.audit.RuleId;
import org.ziping.report.Decimals;
import org.ziping.report.DecimalInterval;
import org.ziping.report.Points;
import org.ziping.report.Severity;
import org.ziping.report.Evidence;
import org.ziping.report.Report;
import org.ziping.report.Score;

/**
 * SCORE_SUM_MISMATCH (error): the declared total self-score is not the sum of the item scores.
 *
 * <p>Data: {@link Score#declaredTotal()} and three candidate item sets: (a) the indicator table's
 * scores, (b) the whole form, i.e. the indicator scores plus scores carried by budget rows (the
 * 预算执行率 row of a 自评表), (c) the prose items (leaf {@link org.ziping.report.ScoreItem}s). Sums
 * are {@link Points} intervals. Choice: the declared total belongs to whichever candidate set it
 * matches; a finding fires only when it matches none, and then reports the form (b) when
 * indicators exist, else the prose items. So 002 (合计 99.5 = indicator scores; 108.5 with the
 * budget row's 9) gives no finding here: the 9 points outside the 合计 show up as
 * MAX_SUM_NOT_100 (110 points on the form). {@link Score#itemSum()} is the parser's own sum and
 * is not used.
 *
 * <p>Precondition: the total and the items must belong together. A report holding several score
 * tables (a department form and a project form on one page) gives each table as a candidate set of
 * its own, so a total that is one table's is never compared with the items of all of them.
 *
 * <p>A score table read by OCR in which some items lost their score (a cell read as nothing) is
 * incomplete: no finding (the printed report is checked instead).
 *
 * <p>Limit: an item the parser missed makes the sum wrong; the evidence lists every item score
 * so the auditor can see which.
 */
public final class ScoreSumMismatch extends DeclaredTotalRule {
  public ScoreSumMismatch() {
    super(RuleId.SCORE_SUM_MISMATCH);
  }

  @Override
  void find(Score score, Report report, RuleFindings out) {
    Map<String, List<ScoredItem>> sets = new LinkedHashMap<>();
    List<ScoredItem> allIndicators = ScoredItem.indicators(report);
    List<ScoredItem> allProse = ScoredItem.proseLeaves(report);
    if (ScoredItem.ocrGap(allIndicators, true) || ScoredItem.ocrGap(allProse, true)) {
      return; // a scanned table that lost some scores to OCR: its sum says nothing
    }
    List<ScoredItem> indicators = ScoredItem.withScore(allIndicators);
    List<ScoredItem> rows = ScoredItem.withScore(ScoredItem.budgetRows(report));
    if (!indicators.isEmpty() && !rows.isEmpty()) {
      List<ScoredItem> form = new ArrayList<>(rows);
      form.addAll(indicators);
      sets.put("评分表各项（含预算执行率行）", form);
    }
    if (!indicators.isEmpty()) {
      sets.put("指标表各项", indicators);
    }
    Map<Integer, List<ScoredItem>> tables = ScoredItem.byTable(indicators);
    if (tables.size() > 1) {
      // several score tables (a department form and a project form): the total is one table's
      tables.forEach((t, items) -> sets.put("表" + (t == null ? "外" : String.valueOf(t + 1))
          + "指标各项", items));
    }
    List<ScoredItem> prose = ScoredItem.withScore(ScoredItem.proseLeaves(report));
    if (!prose.isEmpty()) {
      sets.put("正文各评分项", prose);
    }
    if (sets.isEmpty()) {
      return;
    }
    DecimalInterval declared = Points.interval(score.declaredTotal());
    for (List<ScoredItem> set : sets.values()) {
      if (sum(set).overlaps(declared)) {
        return;
      }
    }
    Map.Entry<String, List<ScoredItem>> primary = sets.entrySet().iterator().next();
    List<ScoredItem> set = primary.getValue();
    DecimalInterval sum = sum(set);
    StringBuilder terms = new StringBuilder();
    for (ScoredItem i : set) {
      terms.append(terms.length() > 0 ? "+" : "").append(Decimals.plain(i.score()));
    }
    List<Evidence> ev = new ArrayList<>();
    ev.add(new Evidence("自评总分", score.declaredTotal(), null, score.location()));
    ev.add(new Evidence(primary.getKey() + "得分之和", sum.mid().stripTrailingZeros(), terms.toString(), null));
    for (ScoredItem i : set) {
      ev.add(i.scoreEvidence());
    }
    String msg = "自评总分" + Decimals.shown(score.declaredTotal()) + "分与" + primary.getKey() + "得分之和"
        + Decimals.plain(sum.mid()) + "分不一致（申报区间" + declared + "，合计区间" + sum + "；" + set.size()
        + "项：" + terms + "）";
    out.add(Severity.ERROR, msg, ev);
  }

  private static DecimalInterval sum(List<ScoredItem> items) {
    List<BigDecimal> values = new ArrayList<>();
    for (ScoredItem i : items) {
      values.add(i.score());
    }
    return Points.sum(values);
  }
}
