package org.ziping.index;

import java.math.BigDecimal;
import java.util.List;

/**
 * Filters on the structured fields, all optional, combined with AND; several values of one
 * keyword filter are combined with OR. {@code region} matches a province, city or county name.
 * Ranges are inclusive; amounts are in yuan, rates in percent.
 */
public record SearchFilters(List<Integer> years, List<String> rules, List<String> regions,
                           List<String> provinces, List<String> cities, List<String> kinds,
                           List<String> grades, List<String> severities, BigDecimal minScore,
                           BigDecimal maxScore, BigDecimal minExecRate, BigDecimal maxExecRate,
                           BigDecimal minBudgetYuan, BigDecimal maxBudgetYuan,
                           BigDecimal minActualYuan, BigDecimal maxActualYuan) {
  public static final SearchFilters NONE = builder().build();

  public static Builder builder() {
    return new Builder();
  }

  /** Mutable builder for the CLI and the web page. */
  public static final class Builder {
    private List<Integer> years = List.of();
    private List<String> rules = List.of();
    private List<String> regions = List.of();
    private List<String> provinces = List.of();
    private List<String> cities = List.of();
    private List<String> kinds = List.of();
    private List<String> grades = List.of();
    private List<String> severities = List.of();
    private BigDecimal minScore;
    private BigDecimal maxScore;
    private BigDecimal minExecRate;
    private BigDecimal maxExecRate;
    private BigDecimal minBudgetYuan;
    private BigDecimal maxBudgetYuan;
    private BigDecimal minActualYuan;
    private BigDecimal maxActualYuan;

    private static <T> List<T> nn(List<T> l) {
      return l == null ? List.of() : List.copyOf(l);
    }

    public Builder years(List<Integer> v) { years = nn(v); return this; }
    public Builder rules(List<String> v) { rules = nn(v); return this; }
    public Builder regions(List<String> v) { regions = nn(v); return this; }
    public Builder provinces(List<String> v) { provinces = nn(v); return this; }
    public Builder cities(List<String> v) { cities = nn(v); return this; }
    public Builder kinds(List<String> v) { kinds = nn(v); return this; }
    public Builder grades(List<String> v) { grades = nn(v); return this; }
    public Builder severities(List<String> v) { severities = nn(v); return this; }
    public Builder score(BigDecimal min, BigDecimal max) { minScore = min; maxScore = max; return this; }
    public Builder execRate(BigDecimal min, BigDecimal max) { minExecRate = min; maxExecRate = max; return this; }
    public Builder budgetYuan(BigDecimal min, BigDecimal max) { minBudgetYuan = min; maxBudgetYuan = max; return this; }
    public Builder actualYuan(BigDecimal min, BigDecimal max) { minActualYuan = min; maxActualYuan = max; return this; }

    public SearchFilters build() {
      return new SearchFilters(years, rules, regions, provinces, cities, kinds, grades, severities,
          minScore, maxScore, minExecRate, maxExecRate, minBudgetYuan, maxBudgetYuan,
          minActualYuan, maxActualYuan);
    }
  }
}
