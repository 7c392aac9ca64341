package org.ziping.parse.scores;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.Cell;
import org.ziping.model.TableGrid;
import org.ziping.model.TextNormalizer;
import org.ziping.parse.ReportScope;
import org.ziping.report.BudgetRow;
import org.ziping.report.BudgetRowOrigin;
import org.ziping.report.Location;

/**
 * Reads budget tables: one {@link BudgetRow} per data row of a header section that has a
 * 年初预算数, 全年预算数 (调整预算数) or 实际支出数 (执行数, 决算数) column, the columns in any order.
 *
 * <p>Algorithm: {@link TableHeaders} gives the sections; in each, a row's label is its rightmost
 * own non-empty cell left of the first figure column (a leading "其中：" is dropped), and its
 * figures are the numbers in the role columns ("-" and empty mean no value). A row with no money
 * figure is skipped. The declared rate is the 执行率 column as a number in percent; the recomputed
 * rate is actual ÷ full-year budget (else ÷ initial budget) × 100, half-up to two decimals. The
 * unit comes from the header ("年初预算数（万元）"), else a "单位：万元" cell of the table, else a
 * "单位：…" line in the two text blocks before the table. Values keep their digits as written (in
 * that unit, not converted to yuan).
 *
 * <p>Data source: table blocks of the {@link ReportScope}. Limits: a label split over two rows is
 * read as two rows; figures with their own unit inside the cell ("12万元") are read as numbers in the
 * column's unit.
 */
public final class BudgetTableParser {
  private static final Pattern UNIT_LINE = Pattern.compile("单位:?\\s*(万元|亿元|千元|元)");
  private static final Pattern OF_WHICH = Pattern.compile("^(?:其中|含)[:：]?");
  private static final List<ColumnRole> FIGURES = List.of(ColumnRole.INITIAL_BUDGET,
      ColumnRole.FULL_YEAR_BUDGET, ColumnRole.SPENT, ColumnRole.DECLARED_RATE, ColumnRole.MAX_SCORE,
      ColumnRole.SCORE);

  /** Budget rows of all budget tables of the scope, in table order. */
  public List<BudgetRow> parse(ReportScope scope) {
    List<BudgetRow> out = new ArrayList<>();
    for (Block b : scope.tables()) {
      TableGrid grid = OcrScoreCells.mend(b.table());
      for (TableHeaders.Section s : TableHeaders.sections(grid)) {
        TableHeaders.Header h = s.header();
        if (!h.has(ColumnRole.INITIAL_BUDGET) && !h.has(ColumnRole.FULL_YEAR_BUDGET)
            && !h.has(ColumnRole.SPENT)) {
          continue;
        }
        String unit = h.unit() != null ? h.unit() : TableHeaders.tableUnit(grid);
        if (unit == null) {
          unit = unitBefore(scope, b);
        }
        int first = Integer.MAX_VALUE;
        for (ColumnRole r : FIGURES) {
          if (h.has(r)) {
            first = Math.min(first, h.col(r));
          }
        }
        for (int r = s.firstRow(); r < s.endRow(); r++) {
          BudgetRow row = row(scope, b, h, GridRow.of(grid, r), first, unit);
          if (row != null) {
            out.add(row);
          }
        }
      }
    }
    return out;
  }

  private static BudgetRow row(ReportScope scope, Block b, TableHeaders.Header h, GridRow row,
                               int firstFigure, String unit) {
    BigDecimal initial = value(row, h.col(ColumnRole.INITIAL_BUDGET));
    BigDecimal full = value(row, h.col(ColumnRole.FULL_YEAR_BUDGET));
    BigDecimal spent = value(row, h.col(ColumnRole.SPENT));
    if (initial == null && full == null && spent == null) {
      return null;
    }
    Cell labelCell = null;
    for (int c = Math.min(firstFigure, row.size()) - 1; c >= 0 && labelCell == null; c--) {
      if (row.own(c) && !Cells.isNumeric(row.cells[c].text())) {
        labelCell = row.cells[c];
      }
    }
    String label = null;
    if (labelCell != null) {
      String compact = Cells.compact(labelCell.text());
      Matcher m = OF_WHICH.matcher(TextNormalizer.normalize(compact));
      label = m.find() ? compact.substring(m.end()) : compact;
    }
    BigDecimal rate = value(row, h.col(ColumnRole.DECLARED_RATE));
    BigDecimal denominator = full != null ? full : initial;
    BigDecimal recomputed = spent != null && denominator != null && denominator.signum() != 0
        ? spent.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.HALF_UP) : null;
    int start = Integer.MAX_VALUE;
    int end = -1;
    Cell firstCell = null;
    for (int c = 0; c < row.size(); c++) {
      if (row.own(c)) {
        if (firstCell == null) {
          firstCell = row.cells[c];
        }
        start = Math.min(start, row.cells[c].start());
        end = Math.max(end, row.cells[c].end());
      }
    }
    Cell at = labelCell != null ? labelCell : firstCell;
    Location cellLoc = scope.locate(b, at);
    Location loc = new Location(start, end, cellLoc.page(), cellLoc.table(), cellLoc.row(), cellLoc.col(),
        cellLoc.sheet(), cellLoc.cell(), cellLoc.ocr());
    Map<String, Location> figures = new HashMap<>();
    String[] fields = {"initialBudget", "fullYearBudget", "actual", "declaredRate", "maxScore", "score"};
    ColumnRole[] roles = {ColumnRole.INITIAL_BUDGET, ColumnRole.FULL_YEAR_BUDGET, ColumnRole.SPENT,
        ColumnRole.DECLARED_RATE, ColumnRole.MAX_SCORE, ColumnRole.SCORE};
    for (int i = 0; i < fields.length; i++) {
      Integer c = h.col(roles[i]);
      if (c != null && value(row, c) != null) {
        figures.put(fields[i], scope.locate(b, row.cells[c]));
      }
    }
    return new BudgetRow(label, initial, full, spent, rate, recomputed,
        value(row, h.col(ColumnRole.MAX_SCORE)), value(row, h.col(ColumnRole.SCORE)), unit,
        BudgetRowOrigin.TABLE, scope.text(start, end), loc, figures, null);
  }

  private static BigDecimal value(GridRow row, Integer c) {
    if (c == null || !row.own(c) || Cells.isDash(row.cells[c].text())) {
      return null;
    }
    return Cells.number(row.cells[c].text());
  }

  private static String unitBefore(ReportScope scope, Block table) {
    List<Block> blocks = scope.doc().blocks();
    int seen = 0;
    for (int i = table.index() - 1; i >= scope.firstBlock() && seen < 2; i--) {
      Block b = blocks.get(i);
      if (b.type() == BlockType.TABLE) {
        break;
      }
      seen++;
      Matcher m = UNIT_LINE.matcher(scope.normalized(b.start(), b.end()));
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }
}
