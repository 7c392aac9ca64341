package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One budget line: from a budget table row or from a sentence. Figures keep their shown precision.
 * {@code recomputedRate} is actual ÷ full-year budget (or ÷ initial budget when no full-year budget
 * is given), in percent, rounded half-up to two decimals.
 *
 * @param origin          where the row was read: a table ({@code table}) or a sentence ({@code prose})
 * @param figureLocations where each figure of the row stands (its table cell, or the number in the
 *                        sentence), by field name: {@code initialBudget}, {@code fullYearBudget},
 *                        {@code actual}, {@code declaredRate}, {@code maxScore}, {@code score}
 * @param year            the year the row's figures are for when the sentence states it (a prose
 *                        row never joins figures of two different years); null for the report's year
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BudgetRow(String label, BigDecimal initialBudget, BigDecimal fullYearBudget,
                        BigDecimal actual, BigDecimal declaredRate, BigDecimal recomputedRate,
                        BigDecimal maxScore, BigDecimal score, String unit, BudgetRowOrigin origin,
                        String text, Location location, Map<String, Location> figureLocations,
                        Integer year) {
  public BudgetRow {
    figureLocations = figureLocations == null ? Map.of()
        : Collections.unmodifiableMap(new TreeMap<>(figureLocations));
  }

  /**
   * Where the figure of {@code field} stands ({@code initialBudget}, {@code fullYearBudget},
   * {@code actual}, {@code declaredRate}, {@code maxScore}, {@code score}), else the row's
   * location.
   */
  public Location figureLocation(String field) {
    Location l = figureLocations.get(field);
    return l != null ? l : location;
  }

  /**
   * Where the figure {@code value} of this row stands: the location of the field holding that
   * very object, else the row's location. Two fields holding one object (equal small values read
   * back from JSON share one cached instance) give the first; {@link #figureLocation} names the
   * field.
   */
  public Location locationOf(BigDecimal value) {
    String field = value == null ? null
        : value == initialBudget ? "initialBudget" : value == fullYearBudget ? "fullYearBudget"
        : value == actual ? "actual" : value == declaredRate ? "declaredRate"
        : value == maxScore ? "maxScore" : value == score ? "score" : null;
    Location l = field == null ? null : figureLocations.get(field);
    return l != null ? l : location;
  }
}
