package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A money figure. {@code value} keeps the digits as written (its scale is the shown precision);
 * {@code yuan} is the same amount in yuan.
 *
 * @param label the phrase the number belongs to ("年初预算", "基本支出")
 * @param unit  元, 万元 or 亿元 as written or as stated once for the table
 * @param text  the quoted source text, number and unit
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Amount(String label, BigDecimal value, String unit, BigDecimal yuan, String text,
                     Location location) {}
