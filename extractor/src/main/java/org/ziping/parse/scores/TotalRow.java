package org.ziping.parse.scores;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.model.Cell;

/**
 * The total row of a score form: its label (合计, 总分, 总计, 得分合计, 综合得分, 自评总分 …, with an
 * optional parenthesised note and colon: "总分（100分）", "合计（满分100分）"), the maximum such a
 * label states, and the figures of a row that lost its spans.
 *
 * <p>A form published as a web page or copied as text often loses the span of its total row's
 * label cell: "总分 | 100 | 97.5" stands in the first columns while the header puts 分值 and 得分
 * far to the right. {@link #leftPacked} reads such a row when its 分值 and 得分 columns are both
 * empty and its figures (those right after the label, up to the first cell of words, as in
 * "总分（100分）| 100 | 自评等级 | 优") all stand left of them: two figures are the maximum and the
 * score in the header's order; a single figure is the score when the label states the maximum ("总分（100分）|
 * 97.5", and "总分（100分）| 100": full marks, the label having stated the maximum already). A score
 * above its maximum, or two figures that disagree with the label's maximum, are no reading.
 *
 * <p>Data source: the cells of one row. Limits: a single figure under a label without a maximum
 * ("总分 | 100") is not read: it may be the maximum of a form not scored yet.
 */
final class TotalRow {
  private TotalRow() {}

  private static final Pattern LABEL = Pattern.compile(
      "^(?:合计|总计|总分|得分合计|合计得分|总得分|综合得分|自评总分|总体得分|绩效自评综合得分|自评得分合计"
          + "|评分合计)(?:\\(.*\\))?:?$");
  private static final Pattern LABEL_MAX =
      Pattern.compile("\\((?:满分|分值|总分)?:?(\\d+(?:\\.\\d+)?)分?\\)");

  /** The figures of a total row read out of their columns. */
  record Short(Cell score, BigDecimal max) {}

  /** True when a cell's text is a total row's label. */
  static boolean isLabel(String text) {
    return LABEL.matcher(Cells.key(text)).matches();
  }

  /** The maximum a total label states in parentheses ("总分（100分）" → 100), or null. */
  static BigDecimal labelMax(String text) {
    if (!isLabel(text)) {
      return null;
    }
    Matcher m = LABEL_MAX.matcher(Cells.key(text));
    return m.find() ? Cells.parse(m.group(1)) : null;
  }

  /** The maximum the row's total label states, or null. */
  static BigDecimal labelMax(GridRow row) {
    for (int c = 0; c < row.size(); c++) {
      if (row.own(c) && isLabel(row.cells[c].text())) {
        return labelMax(row.cells[c].text());
      }
    }
    return null;
  }

  /**
   * The score (and maximum) of a total row whose figures stand left of the header's 分值 and 得分
   * columns, or null when the row is not of that shape.
   */
  static Short leftPacked(GridRow row, TableHeaders.Header h, BigDecimal labelMax) {
    Integer sc = h.col(ColumnRole.SCORE);
    Integer mc = h.col(ColumnRole.MAX_SCORE);
    if (sc == null || !row.empty(sc) || mc != null && !row.empty(mc)) {
      return null;
    }
    int label = -1;
    for (int c = 0; c < row.size() && label < 0; c++) {
      if (row.own(c) && isLabel(row.cells[c].text())) {
        label = c;
      }
    }
    if (label < 0) {
      return null;
    }
    int limit = mc == null ? sc : Math.min(sc, mc);
    List<Cell> figures = new ArrayList<>();
    for (int c = label + 1; c < row.size(); c++) {
      if (!row.own(c)) {
        continue;
      }
      if (Cells.number(row.cells[c].text()) == null) {
        break; // a label cell after the figures ("自评等级 | 优"): the figures end here
      }
      if (c >= limit) {
        return null;
      }
      figures.add(row.cells[c]);
    }
    if (figures.size() == 1 && labelMax != null) {
      BigDecimal score = Cells.number(figures.get(0).text());
      return score.compareTo(labelMax) <= 0 ? new Short(figures.get(0), labelMax) : null;
    }
    if (figures.size() == 2 && mc != null) {
      boolean maxFirst = mc < sc;
      Cell maxCell = figures.get(maxFirst ? 0 : 1);
      Cell scoreCell = figures.get(maxFirst ? 1 : 0);
      BigDecimal max = Cells.number(maxCell.text());
      BigDecimal score = Cells.number(scoreCell.text());
      if (score.compareTo(max) > 0 || labelMax != null && labelMax.compareTo(max) != 0) {
        return null;
      }
      return new Short(scoreCell, max);
    }
    return null;
  }
}
