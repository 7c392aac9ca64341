package org.ziping.parse.scores;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.model.Block;
import org.ziping.model.Cell;
import org.ziping.model.TableGrid;
import org.ziping.model.TextNormalizer;
import org.ziping.parse.ReportScope;
import org.ziping.report.Indicator;
import org.ziping.report.Location;
import org.ziping.report.ScoreItem;

/**
 * Reads the indicator (score) tables of a report: one {@link Indicator} per third-level row.
 *
 * <p>Algorithm, per table block of the scope and per header section ({@link TableHeaders}) that has
 * a third-level column:
 * <ol>
 *   <li>Rows are read as grid vectors ({@link GridRow}): own cells, vertical merges, empties. A row
 *       whose label is 合计 / 总分 / 总计 / 得分合计… ({@link TotalRow}) is the total row: it gives
 *       the declared total (its 得分 column, else its last number) and the maximum (its 分值
 *       column, else the maximum its label states: 总分（100分）); a total row that lost its
 *       spans, its figures left of the 分值 and 得分 columns ("总分 | 100 | 97.5"), is read by
 *       {@link TotalRow#leftPacked}; rows after it are not indicators.</li>
 *   <li>Realignment: each column gets a type profile from the section's rows (numeric, text or
 *       mixed, and how often it is filled). A row with k empty columns at its right end is tried
 *       shifted right by 1..k; a shift is taken when the shifted row holds a number in the 分值 or
 *       得分 column and fits the profiles clearly better (numbers in numeric columns, text in text
 *       columns, a third-level label present, the usually-filled score columns filled).</li>
 *   <li>Labels: first- and second-level labels come from the row's own cell, a vertical merge, or
 *       else the nearest non-empty label above in that column within the section; a new label in a
 *       column resets the columns to its right. Labels are kept as written minus whitespace; a
 *       label ending in "（15分）" also gives a group {@link ScoreItem} with that maximum.</li>
 *   <li>Shared cells: a row whose 分值 and 得分 are both empty (or merged from above) right after a
 *       row with values, under the same second-level label, shares that row's score: it is emitted
 *       with null maximum and score and the note "shares the score of &lt;first&gt;".</li>
 * </ol>
 *
 * <p>Data source: table blocks of the {@link ReportScope}, nothing else. Limits: a row shifted to
 * the right (too many leading empties) is not realigned; a third-level label split over two rows
 * by a page break gives two indicators; a table with no 三级指标 / 指标名称 header is ignored.
 */
public final class IndicatorTableParser {
  private static final Pattern GROUP_MAX =
      Pattern.compile("^(.*?)\\((?:满分|分值|权重)?(\\d+(?:\\.\\d+)?)分\\)$");

  /** The indicators of all indicator tables of the scope. */
  public List<Indicator> parse(ReportScope scope) {
    return read(scope).indicators();
  }

  /** Indicators, declared total and group maxima of all indicator tables of the scope. */
  public IndicatorTable read(ReportScope scope) {
    State st = new State();
    for (Block b : scope.tables()) {
      TableGrid grid = OcrScoreCells.mend(b.table());
      for (TableHeaders.Section s : TableHeaders.sections(grid)) {
        if (s.header().has(ColumnRole.LEVEL3)) {
          section(scope, b, grid, s, st);
        }
      }
    }
    return new IndicatorTable(st.indicators, st.total, st.maxTotal, st.totalLoc, st.groups);
  }

  private static final class State {
    final List<Indicator> indicators = new ArrayList<>();
    final List<ScoreItem> groups = new ArrayList<>();
    BigDecimal total;
    BigDecimal maxTotal;
    Location totalLoc;
  }

  private enum Type { NUM, TEXT, MIXED }

  private void section(ReportScope scope, Block block, TableGrid grid, TableHeaders.Section s,
                       State st) {
    TableHeaders.Header h = s.header();
    List<GridRow> rows = new ArrayList<>();
    for (int r = s.firstRow(); r < s.endRow(); r++) {
      GridRow row = GridRow.of(grid, r);
      if (row.blank()) {
        continue;
      }
      if (isTotal(row)) {
        total(scope, block, h, row, st);
        break;
      }
      rows.add(row);
    }
    if (rows.isEmpty()) {
      return;
    }
    Type[] types = new Type[grid.cols()];
    double[] filled = new double[grid.cols()];
    profile(rows, types, filled);
    List<Integer> labelCols = new ArrayList<>();
    for (ColumnRole role : List.of(ColumnRole.LEVEL1, ColumnRole.LEVEL2)) {
      if (h.has(role)) {
        labelCols.add(h.col(role));
      }
    }
    int l3 = h.col(ColumnRole.LEVEL3);
    String[] cur = new String[labelCols.size()];
    Indicator previous = null;
    String shareFirst = null;
    for (GridRow raw : rows) {
      GridRow row = align(raw, h, types, filled);
      boolean fresh = false;
      for (int i = 0; i < labelCols.size(); i++) {
        int c = labelCols.get(i);
        if (!row.empty(c)) {
          cur[i] = Cells.compact(row.cells[c].text());
          if (row.own(c)) {
            fresh = true;
            group(scope, block, row.cells[c], i == 0 ? null : cur[0], st);
          }
        } else if (fresh) {
          cur[i] = null;
        }
      }
      if (row.empty(l3) || row.merged(l3)) {
        continue;
      }
      String level1 = h.has(ColumnRole.LEVEL1) ? cur[0] : null;
      String level2 = h.has(ColumnRole.LEVEL2) ? cur[labelCols.size() - 1] : null;
      BigDecimal max = score(row, h.col(ColumnRole.MAX_SCORE));
      BigDecimal score = score(row, h.col(ColumnRole.SCORE));
      String note = text(row, h.col(ColumnRole.NOTE));
      String level3 = Cells.compact(row.cells[l3].text());
      if (max == null && score == null && previous != null
          && (previous.maxScore() != null || shareFirst != null)
          && Objects.equals(level2, previous.level2()) && Objects.equals(level1, previous.level1())) {
        if (shareFirst == null) {
          shareFirst = previous.level3();
        }
        String shares = "shares the score of " + shareFirst;
        note = note == null ? shares : shares + "; " + note;
      } else {
        shareFirst = null;
      }
      Indicator ind = new Indicator(level1, level2, level3,
          withComparator(row, comparatorCol(grid, h), text(row, h.col(ColumnRole.TARGET))),
          text(row, h.col(ColumnRole.ACTUAL)), max, score, note,
          scope.locate(block, row.cells[l3]));
      st.indicators.add(ind);
      previous = ind;
    }
  }

  /**
   * The column of a header row that writes the comparator apart from the target: 指标方向
   * (大于等于, 小于等于) before 指标性质 (≥, ≤, =; some forms put 正向 / 反向 there), or null.
   */
  private static Integer comparatorCol(TableGrid grid, TableHeaders.Header h) {
    Integer nature = null;
    for (Cell c : grid.row(h.row())) {
      String k = Cells.key(c.text());
      if (k.equals("指标方向")) {
        return c.col();
      }
      if (k.equals("指标性质")) {
        nature = c.col();
      }
    }
    return nature;
  }

  private static final Pattern COMPARATOR = Pattern.compile("[≥≤=＝<>＜＞]|大于等于|小于等于|大于|小于|等于");

  /** The target with the comparator of the 指标性质 column put before it, when it has none. */
  private static String withComparator(GridRow row, Integer col, String target) {
    if (col == null || target == null || col >= row.size() || row.cells[col] == null) {
      return target;
    }
    String op = Cells.compact(row.cells[col].text());
    if (!COMPARATOR.matcher(op).matches() || COMPARATOR.matcher(target).lookingAt()) {
      return target;
    }
    return switch (op) {
      case "大于等于" -> "≥";
      case "小于等于" -> "≤";
      case "大于" -> ">";
      case "小于" -> "<";
      case "等于" -> "=";
      default -> op;
    } + target;
  }

  private static boolean isTotal(GridRow row) {
    for (int c = 0; c < row.size(); c++) {
      if (row.own(c) && TotalRow.isLabel(row.cells[c].text())) {
        return true;
      }
    }
    return false;
  }

  private static void total(ReportScope scope, Block block, TableHeaders.Header h, GridRow row, State st) {
    if (st.total != null) {
      return;
    }
    BigDecimal labelMax = TotalRow.labelMax(row);
    Integer sc = h.col(ColumnRole.SCORE);
    Integer mc = h.col(ColumnRole.MAX_SCORE);
    Cell cell = sc != null && row.own(sc) && Cells.number(row.cells[sc].text()) != null ? row.cells[sc] : null;
    boolean blankScore = sc != null && (sc >= row.size() || row.cells[sc] == null
        || row.own(sc) && row.cells[sc].text().isBlank());
    if (cell == null && blankScore) {
      TotalRow.Short shortRow = TotalRow.leftPacked(row, h, labelMax);
      if (shortRow != null) {
        // "总分 | 100 | 97.5" or "总分（100分）| 97.5": the row lost its spans, its figures stand
        // left of their columns in the header's order
        st.total = Cells.number(shortRow.score().text());
        st.totalLoc = scope.locate(block, shortRow.score());
        st.maxTotal = shortRow.max();
        return;
      }
      // the 得分 cell of the total row is blank (a form not scored yet): the 分值 total is no score
      if (mc != null && mc < row.size() && row.own(mc) && row.cells[mc] != null) {
        st.maxTotal = Cells.number(row.cells[mc].text());
      }
      if (st.maxTotal == null) {
        st.maxTotal = labelMax;
      }
      return;
    }
    if (cell == null) {
      for (int c = row.size() - 1; c >= 0 && cell == null; c--) {
        if (row.own(c) && Cells.number(row.cells[c].text()) != null) {
          cell = row.cells[c];
        }
      }
    }
    if (cell == null) {
      st.maxTotal = labelMax;
      return;
    }
    st.total = Cells.number(cell.text());
    st.totalLoc = scope.locate(block, cell);
    if (mc != null && row.own(mc) && row.cells[mc] != cell) {
      st.maxTotal = Cells.number(row.cells[mc].text());
    }
    if (st.maxTotal == null) {
      st.maxTotal = labelMax;
    }
  }

  private static void group(ReportScope scope, Block block, Cell cell, String parent, State st) {
    String compact = Cells.compact(cell.text());
    Matcher m = GROUP_MAX.matcher(TextNormalizer.normalize(compact));
    if (!m.matches() || m.group(1).isEmpty()) {
      return;
    }
    String label = compact.substring(0, m.end(1));
    BigDecimal max = Cells.parse(m.group(2));
    String parentLabel = null;
    if (parent != null) {
      Matcher pm = GROUP_MAX.matcher(TextNormalizer.normalize(parent));
      parentLabel = pm.matches() ? parent.substring(0, pm.end(1)) : parent;
    }
    for (ScoreItem g : st.groups) {
      if (g.label().equals(label) && g.maxScore().compareTo(max) == 0
          && Objects.equals(g.parent(), parentLabel)) {
        return;
      }
    }
    st.groups.add(new ScoreItem(null, label, max, null, true, parentLabel, null, compact,
        scope.locate(block, cell)));
  }

  /** A score column's number; a vertically merged value belongs to the row above. */
  private static BigDecimal score(GridRow row, Integer c) {
    if (c == null || !row.own(c)) {
      return null;
    }
    return Cells.number(row.cells[c].text());
  }

  private static String text(GridRow row, Integer c) {
    String t = row.text(c);
    return t.isEmpty() ? null : t;
  }

  private static void profile(List<GridRow> rows, Type[] types, double[] filled) {
    int n = types.length;
    for (int c = 0; c < n; c++) {
      int nonEmpty = 0;
      int numeric = 0;
      for (GridRow r : rows) {
        if (!r.empty(c)) {
          nonEmpty++;
          if (Cells.isNumeric(r.cells[c].text())) {
            numeric++;
          }
        }
      }
      filled[c] = rows.isEmpty() ? 0 : (double) nonEmpty / rows.size();
      if (nonEmpty < 2) {
        types[c] = Type.MIXED;
      } else if (numeric * 10 >= nonEmpty * 7) {
        types[c] = Type.NUM;
      } else if (numeric * 10 <= nonEmpty * 3) {
        types[c] = Type.TEXT;
      } else {
        types[c] = Type.MIXED;
      }
    }
  }

  private static GridRow align(GridRow row, TableHeaders.Header h, Type[] types, double[] filled) {
    int base = fit(row, h, types, filled);
    GridRow best = row;
    int bestFit = base;
    for (int k = 1; k <= row.trailingEmpty() && k < row.size(); k++) {
      GridRow shifted = row.shiftRight(k);
      if (!hasScoreNumber(shifted, h)) {
        continue;
      }
      int f = fit(shifted, h, types, filled);
      if (f > bestFit) {
        bestFit = f;
        best = shifted;
      }
    }
    return bestFit >= base + 2 ? best : row;
  }

  private static boolean hasScoreNumber(GridRow row, TableHeaders.Header h) {
    for (ColumnRole role : List.of(ColumnRole.MAX_SCORE, ColumnRole.SCORE)) {
      Integer c = h.col(role);
      if (c != null && row.own(c) && Cells.isNumeric(row.cells[c].text())) {
        return true;
      }
    }
    return false;
  }

  private static int fit(GridRow row, TableHeaders.Header h, Type[] types, double[] filled) {
    int f = 0;
    Integer max = h.col(ColumnRole.MAX_SCORE);
    Integer sc = h.col(ColumnRole.SCORE);
    int l3 = h.col(ColumnRole.LEVEL3);
    for (int c = 0; c < row.size(); c++) {
      boolean scoreCol = Objects.equals(max, c) || Objects.equals(sc, c);
      int w = scoreCol ? 2 : 1;
      if (row.empty(c)) {
        if (c == l3) {
          f -= 3;
        } else if (scoreCol && filled[c] >= 0.6) {
          f -= 1;
        }
        continue;
      }
      boolean num = Cells.isNumeric(row.cells[c].text());
      if (c == l3 && num) {
        f -= 3;
      }
      if (types[c] == Type.NUM) {
        f += num ? w : -w;
      } else if (types[c] == Type.TEXT) {
        f += num ? -w : w;
      }
    }
    return f;
  }
}
