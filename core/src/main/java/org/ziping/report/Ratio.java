package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A stated percentage that can be recomputed from stated figures.
 *
 * <ul>
 *   <li>{@code share}: 占…% — declared = part ÷ whole × 100</li>
 *   <li>{@code change}: 比上年增加/减少 X，增长/下降 P% — declared = delta ÷ base × 100 where base is
 *       the previous value (current − delta for an increase, current + delta for a decrease)</li>
 *   <li>{@code rate}: 执行率/完成率 P% — declared = part (actual) ÷ whole (budget) × 100</li>
 * </ul>
 *
 * @param part     numerator figure (share part, change delta, actual spending)
 * @param whole    the current figure the change is stated against, or the whole for a share/rate
 * @param increase for {@code change}: true for 增加/增长, false for 减少/下降
 * @param declared the stated percentage, in percent, with its shown precision
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Ratio(String kind, String label, Amount part, Amount whole, Boolean increase,
                    BigDecimal declared, String text, Location location) {}
