package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A stated total and the components the text gives for it: introduced by 其中/包括/具体为, or
 * listed items under a heading that states the total, or a table's total row and its parts.
 *
 * @param kind             {@code qizhong} (其中 in one sentence, or inside a parenthesis after
 *                         the total), {@code list} (numbered items following the total),
 *                         {@code table} (a total row or column and its parts), {@code sum}
 *                         (parts listed first, split by ；, and closed by 共计/合计/总计)
 * @param complete         never null; true when the text presents the parts as the whole
 *                         decomposition; false when they may be a selection (主要用于, …等, 例如,
 *                         one figure for each of several with 各, a rate among the parts, figures
 *                         of another measure in the same run that miss their own total): the audit
 *                         then reports a gap at {@code info} only
 * @param incompleteReason why the parts may be a selection (the words that say so), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Breakdown(String label, String kind, Amount total, List<Amount> parts, String text,
                        Location location, Boolean complete, String incompleteReason) {

  /** A missing flag (JSON written before the flag existed) reads as complete; parts never null. */
  public Breakdown {
    parts = parts == null ? List.of() : List.copyOf(parts);
    complete = complete == null || complete;
  }

  /** A breakdown the text presents as complete. */
  public Breakdown(String label, String kind, Amount total, List<Amount> parts, String text,
                   Location location) {
    this(label, kind, total, parts, text, location, true, null);
  }
}
