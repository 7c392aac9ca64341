package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** One third-level indicator of an indicator (score) table, its parents resolved. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Indicator(String level1, String level2, String level3, String target, String actual,
                        BigDecimal maxScore, BigDecimal score, String note, Location location) {}
