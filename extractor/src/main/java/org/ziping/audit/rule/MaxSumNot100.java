package org.ziping.audit.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ziping.audit.RuleId;
import org.ziping.report.DecimalInterval;
import org.ziping.report.Decimals;
import org.ziping.report.Evidence;
import org.ziping.report.Points;
import org.ziping.report.Report;
import org.ziping.report.ScoreItem;
import org.ziping.report.Severity;

/**
 * MAX_SUM_NOT_100 (warning): the maxima (分值) of a score table do not add up to the scale.
 *
 * <p>Data: the scale is {@link org.ziping.report.Score#maxTotal()}, 100 when not stated. Tables:
 * (1) the form: every indicator's maximum plus the maxima of budget rows on the same form (002:
 * 10 + 8×5 + 50 + 10 = 110); (2) the prose items: the leaf items' maxima, and separately the
 * top-level groups' maxima (000: 28 + 42 + 30), with the budget rows of their form when the groups
 * are the category cells of one table (预算执行率 10 + 产出 50 + 效益 30 + 满意度 10). Each table
 * with at least two maxima gives at most one finding. Sums are {@link Points} intervals, the scale exact.
 *
 * <p>Precondition: the maxima must be those of one complete table. Several score tables in one
 * report are checked one by one (a department form and a project form are two scales of 100, not
 * one of 200). A sum below the scale on a table whose scores do not add up to the declared total
 * may come from a cut text (a page missing from the copy) and is only {@code info}; a sum above the
 * scale cannot come from missing rows and stays a warning.
 *
 * <p>On a scan (items read by OCR), a table some of whose maxima were read as nothing, or whose sum
 * falls below the scale without being closed, gives no finding: OCR loses rows and digits.
 *
 * <p>Limits: an indicator the parser missed, or a merged 分值 cell repeated on each row it spans,
 * changes the sum; the evidence lists the maxima.
 */
public final class MaxSumNot100 extends AbstractRule {
  public MaxSumNot100() {
    super(RuleId.MAX_SUM_NOT_100, SELF_EVALUATION);
  }

  @Override
  void find(Report report, RuleFindings out) {
    BigDecimal scale = GradeBands.scale(report.score());
    if (ScoredItem.ocrGap(ScoredItem.indicators(report), false)
        || ScoredItem.ocrGap(ScoredItem.proseLeaves(report), false)) {
      return; // a scanned table that lost some maxima to OCR: its sum says nothing
    }
    List<ScoredItem> indicators = ScoredItem.withMax(ScoredItem.indicators(report));
    Map<Integer, List<ScoredItem>> tables = ScoredItem.byTable(indicators);
    List<ScoredItem> rows = ScoredItem.withMax(ScoredItem.budgetRows(report));
    if (tables.size() > 1) {
      // several score tables: each is a form of its own, with the budget rows that stand in it
      for (Map.Entry<Integer, List<ScoredItem>> t : tables.entrySet()) {
        List<ScoredItem> form = rowsIn(rows, t.getKey());
        form.addAll(t.getValue());
        check("评分表" + (t.getKey() == null ? "" : "（表" + (t.getKey() + 1) + "）"), form, scale,
            report, out);
      }
    } else if (!indicators.isEmpty()) {
      List<ScoredItem> form = new ArrayList<>(rows);
      form.addAll(indicators);
      check("评分表", form, scale, report, out);
    }
    check("正文评分项", ScoredItem.withMax(ScoredItem.proseLeaves(report)), scale, report, out);
    List<ScoredItem> groups = new ArrayList<>();
    for (ScoreItem i : report.scoreItems()) {
      if (i.group() && i.parent() == null && i.maxScore() != null) {
        groups.add(new ScoredItem(ScoredItem.PROSE, i.label(), i.maxScore(), i.score(), i.note(), i.text(),
            i.location()));
      }
    }
    check("正文评分类别", withRowsOfTheirForm(groups, rows), scale, report, out);
  }

  /**
   * The top-level groups of a form with the budget rows that carry maxima in the same table: the
   * national project form scores 预算执行率 (10 points) in its funds rows and 产出/效益/满意度
   * (50 + 30 + 10) in the indicator rows below, one table of 100. Groups from prose, or from
   * several tables, stay as they are.
   */
  private static List<ScoredItem> withRowsOfTheirForm(List<ScoredItem> groups,
                                                     List<ScoredItem> rows) {
    Integer table = null;
    for (ScoredItem g : groups) {
      Integer t = g.location() == null ? null : g.location().table();
      if (t == null || (table != null && !table.equals(t))) {
        return groups;
      }
      table = t;
    }
    List<ScoredItem> form = rowsIn(rows, table);
    form.addAll(groups);
    return form;
  }

  /** The budget rows that stand in {@code table} (a new list, to which a form's items are added). */
  private static List<ScoredItem> rowsIn(List<ScoredItem> rows, Integer table) {
    List<ScoredItem> in = new ArrayList<>();
    for (ScoredItem r : rows) {
      if (r.location() != null && Objects.equals(r.location().table(), table)) {
        in.add(r);
      }
    }
    return in;
  }

  private static void check(String table, List<ScoredItem> items, BigDecimal scale, Report report,
                            RuleFindings out) {
    if (items.size() < 2) {
      return;
    }
    List<BigDecimal> maxima = new ArrayList<>();
    StringBuilder terms = new StringBuilder();
    for (ScoredItem i : items) {
      maxima.add(i.maxScore());
      terms.append(terms.length() > 0 ? "+" : "").append(Decimals.plain(i.maxScore()));
    }
    DecimalInterval sum = Points.sum(maxima);
    DecimalInterval expected = DecimalInterval.exact(scale);
    if (sum.overlaps(expected)) {
      return;
    }
    List<Evidence> ev = new ArrayList<>();
    ev.add(new Evidence(table + "满分", scale, null, null));
    ev.add(new Evidence(table + "分值之和", sum.mid().stripTrailingZeros(), terms.toString(), null));
    for (ScoredItem i : items) {
      ev.add(i.maxEvidence());
    }
    // below the scale, a table that is not shown closed may be cut (a page missing from the copy,
    // rows lost to a page break): only a note
    boolean cut = !sum.above(scale) && !closed(items, report);
    if (cut && items.stream().anyMatch(ScoredItem::ocr)) {
      return; // below the scale on a scan: rows lost to OCR as likely as to a cut text
    }
    out.add(cut ? Severity.INFO : Severity.WARNING, table + "各项分值之和"
        + Decimals.plain(sum.mid()) + "分（" + terms + "，区间" + sum + "）不等于满分"
        + Decimals.plain(scale) + "分" + (cut ? "；其得分之和也不等于自评总分，表格或正文可能不完整（缺页、截断），请核对"
        : ""), ev);
  }

  /**
   * True when the items are shown complete: their scores add up to the declared total (a total
   * row or statement closes them).
   */
  private static boolean closed(List<ScoredItem> items, Report report) {
    if (report.score() == null || report.score().declaredTotal() == null) {
      return false;
    }
    List<BigDecimal> scores = new ArrayList<>();
    for (ScoredItem i : items) {
      if (i.score() == null) {
        return false;
      }
      scores.add(i.score());
    }
    return Points.sum(scores).overlaps(Points.interval(report.score().declaredTotal()));
  }
}
