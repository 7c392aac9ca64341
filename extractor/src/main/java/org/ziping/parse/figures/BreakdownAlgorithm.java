package org.ziping.parse.figures;

import java.util.List;
import org.ziping.report.Breakdown;

/**
 * One way a report states a total and its parts ({@link QizhongBreakdowns}, {@link SumBreakdowns},
 * {@link ListBreakdowns}, {@link TableRowBreakdowns}), read over a scope's figures. The
 * {@link BreakdownFinder} runs each and merges what they find, as tabula-java runs one of its
 * {@code ExtractionAlgorithm}s over a page. Implementations are stateless.
 */
interface BreakdownAlgorithm {
  /** The breakdowns stated this way in the scope, in any order. */
  List<Breakdown> find(ScopeFigures in);
}
