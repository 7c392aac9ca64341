package org.ziping.parse.scores;

import java.math.BigDecimal;
import java.util.List;
import org.ziping.report.Indicator;
import org.ziping.report.Location;
import org.ziping.report.ScoreItem;

/**
 * What the indicator (score) tables of a report hold.
 *
 * @param indicators    one per third-level row, in table order
 * @param declaredTotal the score of the table's total row (合计 / 总分), or null
 * @param maxTotal      the maximum in the total row's 分值 column, or null
 * @param totalLocation where the declared total stands, or null
 * @param groups        first- and second-level labels that carry a maximum ("投入（15分）"), as
 *                      {@link ScoreItem}s with {@code group} true
 */
public record IndicatorTable(List<Indicator> indicators, BigDecimal declaredTotal, BigDecimal maxTotal,
                             Location totalLocation, List<ScoreItem> groups) {
  public IndicatorTable {
    indicators = List.copyOf(indicators);
    groups = List.copyOf(groups);
  }
}
