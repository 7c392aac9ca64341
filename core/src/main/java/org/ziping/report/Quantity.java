package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A figure that is not money: a percentage ({@code kind} "percent", value in percent), a count
 * with its unit (人, 人次, 家, 个 ... : kind "count"), kept apart from amounts.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quantity(String kind, String label, BigDecimal value, String unit, String text,
                       Location location) {}
