package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * One budget line: from a budget table row or from a sentence. Figures keep their shown precision.
 * {@code recomputedRate} is actual ÷ full-year budget (or ÷ initial budget when no full-year budget
 * is given), in percent, rounded half-up to two decimals.
 *
 * @param origin {@code table} or {@code prose}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BudgetRow(String label, BigDecimal initialBudget, BigDecimal fullYearBudget,
                        BigDecimal actual, BigDecimal declaredRate, BigDecimal recomputedRate,
                        BigDecimal maxScore, BigDecimal score, String unit, String origin,
                        String text, Location location) {}
