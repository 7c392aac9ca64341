package org.ziping.audit.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ziping.report.BudgetRow;
import org.ziping.report.Evidence;
import org.ziping.report.Indicator;
import org.ziping.report.Location;
import org.ziping.report.Report;
import org.ziping.report.ScoreItem;

/**
 * The scored items of a report in one shape, for the score rules: prose {@link ScoreItem}s,
 * indicator-table {@link Indicator}s and budget rows that carry 分值/得分 on the same form.
 *
 * <p>A prose item counts as a leaf when it is not a group and no other item names it as its
 * parent (so "6 (2+2+2)" is counted once, by its three parts, when the parser gives both).
 */
record ScoredItem(String source, String label, BigDecimal maxScore, BigDecimal score, String note,
                  String text, Location location) {

  /**
   * The items grouped by the table they stand in (in order of first appearance), items outside any
   * table under null.
   */
  static Map<Integer, List<ScoredItem>> byTable(List<ScoredItem> items) {
    Map<Integer, List<ScoredItem>> out = new LinkedHashMap<>();
    for (ScoredItem i : items) {
      Integer t = i.location() == null ? null : i.location().table();
      out.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
    }
    return out;
  }

  /** True when an item was read by OCR from a page image. */
  boolean ocr() {
    return location != null && location.readByOcr();
  }

  /**
   * True when the items were read by OCR and some of them lost a figure the others have (a score
   * or a maximum read as nothing): the set is incomplete, its sums say nothing.
   */
  static boolean ocrGap(List<ScoredItem> items, boolean scores) {
    boolean ocr = false;
    boolean some = false;
    boolean missing = false;
    for (ScoredItem i : items) {
      ocr |= i.ocr();
      BigDecimal v = scores ? i.score() : i.maxScore();
      some |= v != null;
      missing |= v == null && i.ocr();
    }
    return ocr && some && missing;
  }

  static final String PROSE = "prose";
  static final String INDICATOR = "indicator";
  static final String BUDGET_ROW = "budgetRow";

  /** The items that state a maximum (分值). */
  static List<ScoredItem> withMax(List<ScoredItem> items) {
    return items.stream().filter(i -> i.maxScore() != null).toList();
  }

  /** The items that state a score (得分). */
  static List<ScoredItem> withScore(List<ScoredItem> items) {
    return items.stream().filter(i -> i.score() != null).toList();
  }

  static List<ScoredItem> proseLeaves(Report report) {
    List<ScoreItem> items = report.scoreItems();
    Set<String> parents = new HashSet<>();
    for (ScoreItem i : items) {
      if (i.parent() != null) {
        parents.add(i.parent());
      }
    }
    List<ScoredItem> out = new ArrayList<>();
    for (ScoreItem i : items) {
      if (!i.group() && (i.label() == null || !parents.contains(i.label()))) {
        out.add(new ScoredItem(PROSE, i.label(), i.maxScore(), i.score(), i.note(), i.text(), i.location()));
      }
    }
    return out;
  }

  static List<ScoredItem> proseAll(Report report) {
    List<ScoredItem> out = new ArrayList<>();
    for (ScoreItem i : report.scoreItems()) {
      out.add(new ScoredItem(PROSE, i.label(), i.maxScore(), i.score(), i.note(), i.text(), i.location()));
    }
    return out;
  }

  static List<ScoredItem> indicators(Report report) {
    List<ScoredItem> out = new ArrayList<>();
    for (Indicator i : report.indicators()) {
      out.add(new ScoredItem(INDICATOR, indicatorLabel(i), i.maxScore(), i.score(), i.note(), null, i.location()));
    }
    return out;
  }

  static List<ScoredItem> budgetRows(Report report) {
    List<ScoredItem> out = new ArrayList<>();
    for (BudgetRow r : report.budgetRows()) {
      if (r.maxScore() != null || r.score() != null) {
        out.add(new ScoredItem(BUDGET_ROW, (r.label() == null ? "预算执行" : r.label()) + "（预算执行率）",
            r.maxScore(), r.score(), null, r.text(), r.location()));
      }
    }
    return out;
  }

  static String indicatorLabel(Indicator i) {
    if (i.level3() != null && !i.level3().isBlank()) {
      return i.level3();
    }
    if (i.level2() != null && !i.level2().isBlank()) {
      return i.level2();
    }
    return i.level1() == null ? "指标" : i.level1();
  }

  Evidence scoreEvidence() {
    return new Evidence(label + " 得分", score, text, location);
  }

  Evidence maxEvidence() {
    return new Evidence(label + " 分值", maxScore, text, location);
  }
}
