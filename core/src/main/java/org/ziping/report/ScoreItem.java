package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A scored item stated in prose ("（1）预算编制合理性（5分）… 自评5分") or a scored group
 * ("预算编制情况（28分）"): {@code group} true for a group maximum that its items add up to.
 *
 * @param parent the label of the group the item belongs to, if any
 * @param note   explanation given with the score (e.g. points moved from another item)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScoreItem(String number, String label, BigDecimal maxScore, BigDecimal score,
                        boolean group, String parent, String note, String text, Location location) {}
