package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * One typed statement of a report: <em>what</em> (subject and measure), <em>when</em> (year and
 * period), <em>how much</em> (value as written, its unit, and the exact interval of true values it
 * stands for) and <em>where</em> (origin record, quoted text, location). Facts are built by the
 * parse stage ({@code org.ziping.parse.facts.FactExtractor}) from the records the parsers give; the
 * audit rules read them and nothing else of the text.
 *
 * @param subject  what the figure is about, for people: a budget line (基本支出), a project, a
 *                 功能分类 item, an indicator (服务对象满意度), {@code 整体} for the report's whole;
 *                 null when the text does not say
 * @param key      the comparison identity of the subject: two facts state the same quantity only
 *                 when their keys, measures, years and count qualifiers are equal; null when the
 *                 subject is not known well enough to compare
 * @param count    a count qualifier of the subject ("4项目" for 4个项目), null when none
 * @param measure  what is measured
 * @param year     the year the figure is for: stated at the figure, else the report's year
 * @param period   the part of that year, null when not applicable
 * @param unit     the unit as written (元, 万元, %, 分, 人 …), or as stated for the table; for a
 *                 bare indicator value, its target's unit
 * @param value    the figure as written (its scale is the shown precision)
 * @param interval the true values the figure stands for, in base units (yuan for money, the unit
 *                 without 万/亿 for counts, percent, points); exact for an integer count or target
 * @param op       for {@link Measure#TARGET}: ≥, >, ≤, <, = ; null otherwise
 * @param origin   the record the fact was taken from
 * @param ref      that record's place in the report JSON ({@code /budgetRows/3}, {@code /indicators/5});
 *                 the facts of one record share it
 * @param label    the label of the record ("基本支出 · 年初预算数", the indicator's name)
 * @param text     the quoted source text
 * @param location where it stands (the very cell or number when known)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fact(String subject, String key, String count, Measure measure, Integer year,
                   Period period, String unit, BigDecimal value, DecimalInterval interval, String op,
                   FactOrigin origin, String ref, String label, String text, Location location) {

  /** Whether this fact names its measure and its object well enough to be compared with another. */
  public boolean comparable() {
    return measure != null && (key != null || count != null);
  }

  /** Stated in a table cell. */
  public boolean inTable() {
    return location != null && location.table() != null;
  }

  /** Taken from the same record (one budget row, one indicator …). */
  public boolean sameRecord(Fact o) {
    return ref != null && ref.equals(o.ref);
  }

  /** Both facts stand in the same table. */
  public boolean sameTable(Fact o) {
    return inTable() && o.inTable() && location.table().equals(o.location.table());
  }
}
