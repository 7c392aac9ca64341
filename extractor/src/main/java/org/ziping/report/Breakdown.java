package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A stated total and the components the text gives for it: introduced by 其中/分别/明细/包括, or
 * listed items under a heading that states the total, or a table's total row and its parts.
 *
 * @param kind {@code qizhong} (其中 in one sentence), {@code list} (numbered items following the
 *             total), {@code table} (a total row or column and its parts)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Breakdown(String label, String kind, Amount total, List<Amount> parts, String text,
                        Location location) {}
