package org.ziping.parse.figures;

import java.util.ArrayList;
import java.util.List;
import org.ziping.parse.ReportScope;
import org.ziping.report.Amount;
import org.ziping.report.Breakdown;

/**
 * Stated totals and their components, read by four {@link BreakdownAlgorithm}s over the same
 * figures, one per way a report states them:
 *
 * <ul>
 *   <li>{@code qizhong} ({@link QizhongBreakdowns}): a 其中/包括/具体为 in running text and the
 *       figures of its run;</li>
 *   <li>{@code sum} ({@link SumBreakdowns}): parts listed first, closed by 共计/合计/总计 and their
 *       sum;</li>
 *   <li>{@code list} ({@link ListBreakdowns}): an intro ending in 如下 (or a colon) and numbered
 *       items after it;</li>
 *   <li>{@code table} ({@link TableRowBreakdowns}): a table's 其中 rows under the nearest amount
 *       above.</li>
 * </ul>
 *
 * <p>The breakdowns come out sorted by where they start in the text (stable: at the same start,
 * in the order above). Counts (人, 人次 …) are given as {@link Amount}s with their unit and
 * {@code yuan} null. Coded tables (类/款/项 codes) are read apart, by {@link CodedTableBreakdowns}.
 *
 * <p>Limits: those of each algorithm; the same text read two ways gives two breakdowns.
 */
public final class BreakdownFinder {
  private static final List<BreakdownAlgorithm> ALGORITHMS = List.of(new QizhongBreakdowns(),
      new SumBreakdowns(), new ListBreakdowns(), new TableRowBreakdowns());

  public List<Breakdown> find(ReportScope scope, Figures figures) {
    ScopeFigures in = ScopeFigures.of(scope, figures);
    List<Breakdown> out = new ArrayList<>();
    for (BreakdownAlgorithm a : ALGORITHMS) {
      out.addAll(a.find(in));
    }
    out.sort((a, b) -> Integer.compare(a.location().start(), b.location().start()));
    return out;
  }
}
