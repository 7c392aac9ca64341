package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One phrase that decided a report's {@code kind}: the words or table header as they stand in the
 * source, what they signal, and where they stand.
 *
 * @param signal   what the phrase indicates: a kind's JSON value ({@code budget-disclosure},
 *                 {@code department}, …), {@code self-scores} (a 得分 / 自评分 / 等级 column or
 *                 statement), or {@code placeholder} (XX, ××, ＿＿ in place of a name or figure)
 * @param text     the phrase as written (at most a short line)
 * @param location where it stands in the extracted text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KindEvidence(String signal, String text, Location location) {}
