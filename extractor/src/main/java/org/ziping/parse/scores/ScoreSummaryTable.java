package org.ziping.parse.scores;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ziping.model.Block;
import org.ziping.model.Cell;
import org.ziping.model.TableGrid;
import org.ziping.parse.ReportScope;
import org.ziping.report.Location;
import org.ziping.report.ScoreItem;

/**
 * Score summary tables without a 三级指标 column: the first-level scores of a report laid out as
 * label / 分值 / 得分 columns, possibly twice side by side (label cells left, values right:
 * "一级指标 | 分值 | 得分 | 一级指标 | 分值 | 得分"), or transposed (a header row of labels, a 分值 row
 * and a 得分 row below it).
 *
 * <p>Algorithm, per table block of the scope whose text holds no 三级指标:
 * <ul>
 *   <li>column groups: a header row where a label word (指标, 一级指标, 二级指标, 评价指标, 评价内容,
 *       指标名称, 项目, 内容) is followed, within the next three columns and before the next label
 *       word, by a maximum column (分值, 满分, 权重, 标准分) and a score column (得分, 自评得分, 评分,
 *       自评分); every group reads its own label, maximum and score on each row below, so labels
 *       stay with the values to their right;</li>
 *   <li>transposed: a row whose first cell is a maximum word and a row whose first cell is a score
 *       word, under a header row of labels: each column is an item;</li>
 *   <li>a total label ({@link TotalRow}: 合计 / 总分 / 总计 / 得分合计 / 综合得分 / 自评总分 …) gives
 *       the declared total and the scale instead of an item; a label that states the maximum
 *       ("总分（100分）") followed by one figure gives that figure as the total.</li>
 * </ul>
 * An item needs a label (not a number) and a number in both its maximum and score cells.
 *
 * <p>Data source: table blocks of the {@link ReportScope}. Limits: a header over two rows is not
 * read; a table the indicator table parser reads (with a 三级指标 column) is left to it.
 */
public final class ScoreSummaryTable {

  /** What the summary tables hold: items in table order, and a total row's figures. */
  public record Summary(List<ScoreItem> items, BigDecimal total, BigDecimal maxTotal,
                        Location totalLocation) {
    public Summary {
      items = List.copyOf(items);
    }
  }

  private static final Pattern LABEL_WORD = Pattern.compile(
      "指标|一级指标|二级指标|评价指标|评价内容|指标名称|项目|内容|考核内容|评价项目");
  private static final Pattern MAX_WORD = Pattern.compile("分值|满分|权重|标准分|分值\\(分\\)|权重\\(分\\)");
  private static final Pattern SCORE_WORD = Pattern.compile("得分|自评得分|评分|自评分|得分\\(分\\)|自评得分\\(分\\)");

  private record Group(int label, int max, int score) {}

  /** Tables larger than this (rows × columns) are not summary tables. */
  private static final int MAX_CELLS = 2_000;

  /** A table's cells by grid position (a spanning cell at every position it covers). */
  private static final class Grid {
    final Cell[][] at;

    Grid(TableGrid t) {
      at = new Cell[t.rows()][t.cols()];
      for (Cell c : t.cells()) {
        for (int r = c.row(); r < Math.min(t.rows(), c.row() + c.rowSpan()); r++) {
          for (int k = c.col(); k < Math.min(t.cols(), c.col() + c.colSpan()); k++) {
            at[r][k] = c;
          }
        }
      }
    }

    int rows() {
      return at.length;
    }

    int cols() {
      return at.length == 0 ? 0 : at[0].length;
    }

    Cell cellAt(int r, int c) {
      return at[r][c];
    }
  }

  /** What the tables gave so far: items in table order, and the first total row's figures. */
  private static final class Collected {
    final List<ScoreItem> items = new ArrayList<>();
    BigDecimal total;
    BigDecimal max;
    Location at;

    /**
     * Reads one label / 分值 / 得分 triple: an item (a label that is not a number, both values
     * numbers), the total row (the first 合计/总分 … label, {@link TotalRow#isLabel}; its maximum
     * from the 分值 cell or else from the label, "总分（100分）"), or nothing. With
     * {@code labelMaxAlone}, a total row whose label states the maximum and whose one figure
     * stands in the 分值 column ("总分（100分）| 97.5", the row lost its span) gives that figure as
     * the score when it is not above the maximum.
     */
    void take(ReportScope scope, Block b, Cell l, Cell mc, Cell sc, boolean labelMaxAlone) {
      if (l == null || mc == null) {
        return;
      }
      String label = Cells.compact(l.text());
      BigDecimal labelMax = TotalRow.labelMax(label);
      if (labelMaxAlone && labelMax != null && total == null) {
        BigDecimal only = Cells.number(mc.text());
        boolean noScoreCell = sc == null || sc == mc || Cells.key(sc.text()).isEmpty();
        if (noScoreCell && only != null && only.compareTo(labelMax) <= 0) {
          total = only;
          max = labelMax;
          at = scope.locate(b, mc);
          return;
        }
      }
      if (sc == null) {
        return;
      }
      BigDecimal mv = Cells.number(mc.text());
      BigDecimal sv = Cells.number(sc.text());
      if (label.isEmpty() || Cells.isNumeric(label) || sv == null) {
        return;
      }
      if (TotalRow.isLabel(label)) {
        if (total == null) {
          total = sv;
          max = mv != null ? mv : labelMax;
          at = scope.locate(b, sc);
        }
      } else if (mv != null) {
        items.add(item(scope, b, l, sc, label, mv, sv));
      }
    }
  }

  /** The summary tables of the scope. */
  public Summary read(ReportScope scope) {
    Collected got = new Collected();
    for (Block b : scope.tables()) {
      TableGrid t = OcrScoreCells.mend(b.table());
      if ((long) t.rows() * t.cols() > MAX_CELLS
          || scope.normalized(b.start(), b.end()).contains("三级指标")) {
        continue;
      }
      Grid g = new Grid(t);
      for (int r = 0; r < g.rows(); r++) {
        List<Group> groups = groups(g, r);
        if (groups.isEmpty()) {
          continue;
        }
        for (int rr = r + 1; rr < g.rows() && groups(g, rr).isEmpty(); rr++) {
          for (Group gr : groups) {
            got.take(scope, b, g.cellAt(rr, gr.label()), g.cellAt(rr, gr.max()),
                g.cellAt(rr, gr.score()), true);
          }
        }
        break;
      }
      // transposed: 分值 and 得分 rows under a header row of labels
      int maxRow = -1;
      int scoreRow = -1;
      for (int r = 0; r < g.rows(); r++) {
        Cell first = g.cellAt(r, 0);
        String k = first == null ? "" : Cells.key(first.text());
        if (maxRow < 0 && MAX_WORD.matcher(k).matches()) {
          maxRow = r;
        } else if (scoreRow < 0 && SCORE_WORD.matcher(k).matches()) {
          scoreRow = r;
        }
      }
      int head = Math.min(maxRow, scoreRow) - 1;
      if (maxRow >= 0 && scoreRow >= 0 && head >= 0) {
        for (int c = 1; c < g.cols(); c++) {
          got.take(scope, b, g.cellAt(head, c), g.cellAt(maxRow, c), g.cellAt(scoreRow, c),
              false);
        }
      }
    }
    return new Summary(got.items, got.total, got.max, got.at);
  }

  private static ScoreItem item(ReportScope scope, Block b, Cell label, Cell score, String text,
                                BigDecimal max, BigDecimal value) {
    Location l = scope.locate(b, label);
    Location s = scope.locate(b, score);
    Location both = new Location(l.start(), Math.max(l.end(), s.end()), l.page(), l.table(),
        l.row(), l.col(), l.sheet(), l.cell(), l.ocr());
    return new ScoreItem(null, text, max, value, false, null, null, text, both);
  }

  /** The label / 分值 / 得分 column groups a header row names, else empty. */
  private static List<Group> groups(Grid g, int r) {
    List<Group> out = new ArrayList<>();
    for (int c = 0; c < g.cols(); c++) {
      Cell cell = g.cellAt(r, c);
      if (cell == null || !LABEL_WORD.matcher(Cells.key(cell.text())).matches()) {
        continue;
      }
      int max = -1;
      int score = -1;
      for (int k = c + 1; k < Math.min(g.cols(), c + 4); k++) {
        Cell h = g.cellAt(r, k);
        String key = h == null ? "" : Cells.key(h.text());
        if (LABEL_WORD.matcher(key).matches()) {
          break;
        }
        if (max < 0 && MAX_WORD.matcher(key).matches()) {
          max = k;
        } else if (score < 0 && SCORE_WORD.matcher(key).matches()) {
          score = k;
        }
      }
      if (max >= 0 && score >= 0) {
        out.add(new Group(c, max, score));
      }
    }
    return out;
  }
}
