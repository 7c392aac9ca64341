package org.ziping.parse.disclosure;

import org.ziping.report.DisclosureColumnRole;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.model.Block;
import org.ziping.model.Cell;
import org.ziping.model.TableGrid;
import org.ziping.parse.ReportScope;
import org.ziping.report.Amount;
import org.ziping.report.DisclosureTable;
import org.ziping.report.Location;

/**
 * Reads the standard tables of a budget or final-accounts disclosure as typed tables.
 *
 * <p>Algorithm, per table block of the scope:
 * <ol>
 *   <li><b>Type</b>: the caption is the nearest text block within three blocks above the table
 *   (or a first row made of one spanning cell) whose words name a {@link DisclosureTableType}; a
 *   line of a table of contents (dot leaders) is no caption. A table without a caption that follows
 *   a recognised table directly (only page numbers between) with the same number of columns
 *   continues it over a page break and is read as part of it.</li>
 *   <li><b>Unit, fund, stage</b>: 单位：元/万元 from the lines between caption and table (or the
 *   caption itself); the fund (一般公共预算, 政府性基金, 国有资本经营, 财政拨款) and the stage
 *   (预算/决算) from the caption.</li>
 *   <li><b>Header</b>: the leading rows without a figure (a 栏次 row of 1, 2, 3 … counts as
 *   header); a column's header is the distinct cells above it, top to bottom; its role comes from
 *   {@link DisclosureColumnRole}. The side of a two-sided summary table is the top header cell
 *   over the column (收入 or 支出). A total column's parts are the other columns of its header
 *   group: the cells one header row below the cell that spans the total and its siblings (the whole
 *   header when the total stands in the top row); a part that spans several columns counts by its
 *   own 小计 column, and a group with a 其中 column or a part without 小计 has no parts.</li>
 *   <li><b>Rows</b>: the columns are cut into segments, each starting at a column of names (a
 *   column of text, not figures); each row gives one {@link DisclosureTable.Row} per segment with
 *   figures. The code is a 3/5/7-digit cell, or 类/款/项 cells (3 + 2 + 2 digits) joined; the role
 *   is {@code total} for 合计/总计 rows, {@code class}/{@code section}/{@code item} by code length,
 *   else {@code named}. Repeated header rows (a table continued on a page) are left out.</li>
 * </ol>
 *
 * <p>Data source: the table blocks of the document model and the text blocks before them; figures
 * are read from the cell text as written (digits, commas, a minus sign), in the table's unit.
 *
 * <p>Limits: tables whose caption is not in the text (an image, a caption inside a merged first
 * row that also holds other words) are not recognised; a header that the extraction split into
 * data-like rows gives wrong roles, so the rules check preconditions again; a cell holding two
 * figures run together is kept as {@code unread} and nothing is summed over it.
 */
public final class DisclosureTableReader {
  private static final Pattern FIGURE = Pattern.compile("[-−]?\\d{1,3}(,\\d{3})+(\\.\\d+)?|[-−]?\\d+(\\.\\d+)?");
  private static final Pattern BLANK = Pattern.compile("[-—–－]*|无|/|／");
  private static final Pattern CODE = Pattern.compile("\\d{3}(\\d{2}){0,2}");
  private static final Pattern TWO = Pattern.compile("\\d{2}");
  private static final Pattern UNIT = Pattern.compile("单位[:：]?\\s*(万元|千元|元)");
  private static final Pattern TOC = Pattern.compile("[…．.·]{4,}|\\.{3,}\\s*\\d+$");
  private static final Pattern TOTAL_ROW = Pattern.compile(
      "(本年|当年)?(收入|支出|收支)?(合计|总计)|合计|总计");
  private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–\\s第]*\\d{1,3}[-—–\\s页]*");

  /** The typed disclosure tables of the scope, in document order. */
  public List<DisclosureTable> read(ReportScope scope) {
    List<DisclosureTable> out = new ArrayList<>();
    List<Block> blocks = scope.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.table() == null) {
        continue;
      }
      Caption cap = caption(blocks, i);
      if (cap == null) {
        continue;
      }
      List<Block> parts = new ArrayList<>();
      parts.add(b);
      int j = i + 1;
      while (j < blocks.size()) {
        Block n = blocks.get(j);
        if (n.table() != null && n.table().cols() == b.table().cols() && caption(blocks, j) == null) {
          parts.add(n);
          j++;
        } else if (n.table() == null && PAGE_NUMBER.matcher(n.text().strip()).matches()) {
          j++;
        } else {
          break;
        }
      }
      DisclosureTable t = read(scope, cap, parts);
      if (t != null) {
        out.add(t);
      }
      i = j - 1;
    }
    return out;
  }

  private record Caption(DisclosureTableType type, String text, Block block, String unit) {}

  /** The caption of the table at {@code i}: a text block close above it, or its first row. */
  private static Caption caption(List<Block> blocks, int i) {
    Block t = blocks.get(i);
    String unit = null;
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      Block b = blocks.get(k);
      if (b.table() != null) {
        break;
      }
      String s = b.text().strip();
      Matcher u = UNIT.matcher(s);
      if (unit == null && u.find()) {
        unit = u.group(1);
      }
      if (s.length() > 60 || TOC.matcher(s).find() || !s.contains("表")) {
        continue;
      }
      DisclosureTableType type = DisclosureTableType.ofCaption(s);
      if (type != null) {
        if (unit == null) {
          Matcher u2 = UNIT.matcher(s);
          unit = u2.find() ? u2.group(1) : null;
        }
        return new Caption(type, s.replaceAll("\\s+", ""), b, unit == null ? headerUnit(t) : unit);
      }
    }
    TableGrid g = t.table();
    Cell first = g.cellAt(0, 0);
    if (first != null && first.colSpan() == g.cols() && first.text().contains("表")
        && first.text().length() <= 60) {
      DisclosureTableType type = DisclosureTableType.ofCaption(first.text());
      if (type != null) {
        return new Caption(type, first.text().replaceAll("\\s+", ""), t,
            unit == null ? headerUnit(t) : unit);
      }
    }
    return null;
  }

  /** 单位：万元 written in the table's first rows. */
  private static String headerUnit(Block t) {
    TableGrid g = t.table();
    for (int r = 0; r < Math.min(3, g.rows()); r++) {
      for (Cell c : g.row(r)) {
        Matcher u = UNIT.matcher(c.text());
        if (u.find()) {
          return u.group(1);
        }
      }
    }
    return null;
  }

  private static String fund(String caption) {
    if (caption.contains("一般公共预算")) {
      return "general-public";
    }
    if (caption.contains("政府性基金")) {
      return "government-fund";
    }
    if (caption.contains("国有资本经营")) {
      return "state-capital";
    }
    if (caption.contains("财政拨款")) {
      return "fiscal";
    }
    return null;
  }

  private static String stage(String caption) {
    if (caption.contains("决算")) {
      return "final";
    }
    return caption.contains("预算") ? "budget" : null;
  }

  private DisclosureTable read(ReportScope scope, Caption cap, List<Block> parts) {
    Block first = parts.get(0);
    TableGrid g = first.table();
    int headerRows = headerRows(g);
    if (headerRows == 0) {
      return null;
    }
    if (headerRows >= g.rows()) {
      // recognised, but without figures (an empty table: 本部门无…预算, 故本表为空表)
      return new DisclosureTable(cap.type().json(), cap.text(), fund(cap.text()), stage(cap.text()),
          cap.unit(), List.of(scope.tableNumber(first)), captionLocation(scope, cap, first),
          List.of(), List.of());
    }
    if (cap.block() == first) {
      // the caption is the first row: the header starts below it
      if (headerRows < 2) {
        return null;
      }
    }
    int top = cap.block() == first ? 1 : 0;
    String[] leaf = new String[g.cols()];
    String[] path = new String[g.cols()];
    for (int c = 0; c < g.cols(); c++) {
      List<String> texts = new ArrayList<>();
      Cell last = null;
      for (int r = top; r < headerRows; r++) {
        Cell cell = g.cellAt(r, c);
        if (cell != null && cell != last && !cell.text().isBlank()) {
          texts.add(clean(cell.text()));
          last = cell;
        }
      }
      path[c] = String.join("/", texts);
      leaf[c] = texts.isEmpty() ? "" : texts.get(texts.size() - 1);
      if (texts.size() >= 2 && MEASURE.matcher(leaf[c]).matches()) {
        // 合计/预算数: the column's role is that of the item above its measure
        leaf[c] = texts.get(texts.size() - 2);
      }
    }
    boolean[] figure = new boolean[g.cols()];
    boolean[] codeCol = new boolean[g.cols()];
    for (int c = 0; c < g.cols(); c++) {
      DisclosureColumnRole role = DisclosureColumnRole.of(leaf[c], path[c]);
      codeCol[c] = role == DisclosureColumnRole.CODE && codeCells(parts, headerRows, c);
      figure[c] = !codeCol[c] && role != DisclosureColumnRole.ROW_NUMBER
          && (figureCells(parts, headerRows, c)
              || role.isStandardPart() && blankColumn(parts, headerRows, c));
    }
    String[] side = sides(g, top, headerRows);
    Map<Integer, Integer> group = groups(g, top, headerRows, figure);
    List<DisclosureTable.Column> columns = new ArrayList<>();
    for (int c = 0; c < g.cols(); c++) {
      if (figure[c]) {
        String period = path[c].contains("上年") ? "prior"
            : path[c].contains("本年") || path[c].contains("当年") ? "current" : null;
        columns.add(new DisclosureTable.Column(c, path[c],
            DisclosureColumnRole.of(leaf[c], path[c]).json(), side[c], period, group.get(c)));
      }
    }
    if (columns.isEmpty()) {
      // recognised, but without figures (an empty table: 本部门无…预算, 故本表为空表)
      return new DisclosureTable(cap.type().json(), cap.text(), fund(cap.text()), stage(cap.text()),
          cap.unit(), List.of(scope.tableNumber(first)), captionLocation(scope, cap, first),
          List.of(), List.of());
    }
    // segments: a name column and the figure columns after it
    List<int[]> segments = new ArrayList<>();
    int[] cur = null;
    for (int c = 0; c < g.cols(); c++) {
      if (cur == null || (!figure[c] && figure[c - 1])) {
        cur = new int[] {c, c};
        segments.add(cur);
      }
      cur[1] = c;
    }
    List<DisclosureTable.Row> rows = new ArrayList<>();
    List<Integer> tables = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      Block b = parts.get(p);
      TableGrid pg = b.table();
      int tn = scope.tableNumber(b);
      tables.add(tn);
      int from = p == 0 ? headerRows : 0;
      for (int r = from; r < pg.rows(); r++) {
        if (repeatsHeader(pg, r, path)) {
          continue;
        }
        for (int[] seg : segments) {
          DisclosureTable.Row row = row(scope, b, tn, pg, r, seg, figure, codeCol, side, cap.unit());
          if (row != null) {
            rows.add(row);
          }
        }
      }
    }
    return new DisclosureTable(cap.type().json(), cap.text(), fund(cap.text()), stage(cap.text()),
        cap.unit(), tables, captionLocation(scope, cap, first), columns, rows);
  }

  private static Location captionLocation(ReportScope scope, Caption cap, Block first) {
    return cap.block() == first ? scope.locate(first, first.table().cellAt(0, 0))
        : scope.locate(cap.block().start(), cap.block().end());
  }

  /** A column whose data cells are all blank (a fund the unit has no money from). */
  private static boolean blankColumn(List<Block> parts, int headerRows, int c) {
    for (int p = 0; p < parts.size(); p++) {
      TableGrid g = parts.get(p).table();
      for (int r = p == 0 ? headerRows : 0; r < g.rows(); r++) {
        Cell cell = g.cellAt(r, c);
        if (cell != null && cell.col() == c && cell.row() == r && !cell.text().isBlank()
            && !BLANK.matcher(cell.text().strip()).matches()) {
          return false;
        }
      }
    }
    return true;
  }

  private static String clean(String s) {
    return s.replaceAll("\\s+", "").replace('（', '(').replace('）', ')');
  }

  /** Leading rows without a figure; a 栏次 row (1, 2, 3 …) counts as header. */
  private static int headerRows(TableGrid g) {
    for (int r = 0; r < g.rows(); r++) {
      boolean fig = false;
      boolean rowNumbers = false;
      for (Cell c : g.row(r)) {
        String s = c.text().strip();
        if (s.matches("栏次|行次")) {
          rowNumbers = true;
        }
        if (FIGURE.matcher(s.replace(" ", "")).matches()) {
          fig = true;
        }
      }
      if (fig && !rowNumbers && !smallCounting(g, r)) {
        return r;
      }
    }
    return g.rows();
  }

  /** A row of 1, 2, 3 … (column numbers under the header). */
  private static boolean smallCounting(TableGrid g, int r) {
    List<Cell> cells = g.row(r);
    int n = 0;
    int expect = -1;
    for (Cell c : cells) {
      String s = c.text().strip();
      if (s.isEmpty()) {
        continue;
      }
      if (!s.matches("\\d{1,2}")) {
        return false;
      }
      int v = Integer.parseInt(s);
      if (expect >= 0 && v != expect) {
        return false;
      }
      expect = v + 1;
      n++;
    }
    return n >= 3;
  }

  private static boolean codeCells(List<Block> parts, int headerRows, int c) {
    int codes = 0;
    int other = 0;
    for (String s : bodyCells(parts, headerRows, c)) {
      if (s.isEmpty()) {
        continue;
      }
      if (CODE.matcher(s).matches() || TWO.matcher(s).matches()) {
        codes++;
      } else {
        other++;
      }
    }
    return codes >= 2 && codes > other;
  }

  private static boolean figureCells(List<Block> parts, int headerRows, int c) {
    int figs = 0;
    int text = 0;
    for (String s : bodyCells(parts, headerRows, c)) {
      if (s.isEmpty() || BLANK.matcher(s).matches()) {
        continue;
      }
      if (figure(s) != null) {
        figs++;
      } else {
        text++;
      }
    }
    return figs > 0 && figs >= text;
  }

  /**
   * The stripped texts of the cells that start in column {@code c} below the header, over the
   * parts of a table continued across pages (the header rows only in the first part).
   */
  private static List<String> bodyCells(List<Block> parts, int headerRows, int c) {
    List<String> out = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      TableGrid g = parts.get(p).table();
      for (int r = p == 0 ? headerRows : 0; r < g.rows(); r++) {
        Cell cell = g.cellAt(r, c);
        if (cell != null && cell.col() == c && cell.row() == r) {
          out.add(cell.text().strip());
        }
      }
    }
    return out;
  }

  /** The side (income/expenditure) of each column, from the top header cell over it. */
  private static String[] sides(TableGrid g, int top, int headerRows) {
    String[] side = new String[g.cols()];
    boolean income = false;
    boolean expenditure = false;
    for (int c = 0; c < g.cols(); c++) {
      Cell cell = g.cellAt(top, c);
      if (cell == null || cell.colSpan() < 2) {
        continue;
      }
      String s = cell.text().replaceAll("\\s+", "");
      if (s.contains("收入") && !s.contains("支出")) {
        side[c] = "income";
        income = true;
      } else if (s.contains("支出") && !s.contains("收入")) {
        side[c] = "expenditure";
        expenditure = true;
      }
    }
    return income && expenditure ? side : new String[g.cols()];
  }

  /** A header leaf naming the measure of a column (预算数 / 决算数 under each item of a 决算 table). */
  private static final Pattern MEASURE = Pattern.compile("(年初|调整|全年)?(预算|决算)数?|上年数?|本年数?");

  /**
   * The header group of each column under a total: column → the grid column of its group's total.
   * A column's name cell is its lowest header cell, or the one above it when the lowest only names
   * the measure (预算数/决算数). The parts of a total are the cells beside its name cell in the same
   * header row, under the cell that spans them (the whole header, or the total's side, when the name
   * cell stands in the top row); a part counts by its column of the same measure, and a part that
   * spans several items by its own 小计 of that measure. A group with a 其中 cell, or a part whose
   * column cannot be told, has no parts.
   */
  private static Map<Integer, Integer> groups(TableGrid g, int top, int headerRows,
                                              boolean[] figure) {
    int n = g.cols();
    Cell[] name = new Cell[n];
    String[] measure = new String[n];
    for (int c = 0; c < n; c++) {
      List<Cell> path = new ArrayList<>();
      for (int r = top; r < headerRows; r++) {
        Cell cell = g.cellAt(r, c);
        if (cell != null && !cell.text().isBlank() && (path.isEmpty() || path.get(path.size() - 1) != cell)) {
          path.add(cell);
        }
      }
      measure[c] = "";
      if (path.size() >= 2 && MEASURE.matcher(clean(path.get(path.size() - 1).text())).matches()) {
        measure[c] = clean(path.get(path.size() - 1).text());
        name[c] = path.get(path.size() - 2);
      } else {
        name[c] = path.isEmpty() ? null : path.get(path.size() - 1);
      }
    }
    Map<Integer, Integer> out = new LinkedHashMap<>();
    for (int t = 0; t < n; t++) {
      if (!figure[t] || name[t] == null
          || DisclosureColumnRole.of(clean(name[t].text()), "") != DisclosureColumnRole.TOTAL) {
        continue;
      }
      Cell totalCell = name[t];
      int childRow = totalCell.row();
      int from;
      int to;
      if (childRow > top) {
        Cell parent = g.cellAt(childRow - 1, t);
        if (parent == null) {
          continue;
        }
        from = parent.col();
        to = parent.col() + parent.colSpan() - 1;
      } else {
        from = 0;
        to = n - 1;
        Cell topCell = g.cellAt(top, t);
        if (topCell != null && topCell.colSpan() > 1 && topCell != totalCell) {
          from = topCell.col();
          to = topCell.col() + topCell.colSpan() - 1;
        }
      }
      Map<Integer, Integer> parts = new LinkedHashMap<>();
      IdentityHashMap<Cell, Boolean> seen = new IdentityHashMap<>();
      boolean ok = true;
      for (int c = from; c <= to && ok; c++) {
        Cell child = g.cellAt(childRow, c);
        if (child == null || child == totalCell || seen.containsKey(child)) {
          continue;
        }
        seen.put(child, true);
        if (clean(child.text()).contains("其中")) {
          ok = false;
          continue;
        }
        int part = -1;
        boolean anyFigure = false;
        for (int k = child.col(); k < child.col() + child.colSpan(); k++) {
          anyFigure |= figure[k];
          if (!figure[k] || !measure[k].equals(measure[t]) || name[k] == null) {
            continue;
          }
          boolean own = name[k] == child;
          boolean subtotal = name[k].row() > child.row()
              && DisclosureColumnRole.of(clean(name[k].text()), "") == DisclosureColumnRole.TOTAL
              && g.cellAt(name[k].row() - 1, k) == child;
          if (own || subtotal) {
            if (part >= 0 && part != k) {
              ok = false;
            }
            part = k;
          }
        }
        if (part >= 0) {
          parts.put(part, t);
        } else if (anyFigure) {
          ok = false;
        }
      }
      if (ok && parts.size() >= 2) {
        out.putAll(parts);
      }
    }
    return out;
  }

  /** A row whose every text repeats the header above its column (a header repeated on a new page). */
  private static boolean repeatsHeader(TableGrid pg, int r, String[] path) {
    int same = 0;
    int texts = 0;
    for (Cell c : pg.row(r)) {
      String s = clean(c.text());
      if (s.isEmpty()) {
        continue;
      }
      texts++;
      if (c.col() < path.length && path[c.col()].contains(s) && figure(s) == null) {
        same++;
      }
    }
    return texts > 0 && same == texts;
  }

  private static DisclosureTable.Row row(ReportScope scope, Block b, int tn, TableGrid g, int r,
                                         int[] seg, boolean[] figure, boolean[] codeCol,
                                         String[] side, String unit) {
    String name = null;
    StringBuilder code = new StringBuilder();
    boolean badCode = false;
    List<Amount> values = new ArrayList<>();
    List<Integer> unread = new ArrayList<>();
    String rowSide = null;
    for (int c = seg[0]; c <= seg[1] && c < g.cols(); c++) {
      Cell cell = g.cellAt(r, c);
      String s = cell == null ? "" : cell.text().strip();
      if (codeCol[c]) {
        if (cell != null && cell.col() == c && cell.row() == r && !s.isEmpty()) {
          if (CODE.matcher(s).matches() && code.length() == 0) {
            code.append(s);
          } else if (TWO.matcher(s).matches() && (code.length() == 3 || code.length() == 5)) {
            code.append(s);
          } else if (TOTAL_ROW.matcher(clean(s)).matches()) {
            name = clean(s);
          } else {
            badCode = true;
          }
        } else if (cell != null && cell.col() < c && !s.isEmpty() && name == null
            && TOTAL_ROW.matcher(clean(s)).matches()) {
          name = clean(s);
        }
        continue;
      }
      if (!figure[c]) {
        if (name == null && cell != null && !s.isEmpty()) {
          name = clean(s);
        }
        continue;
      }
      rowSide = rowSide == null ? side[c] : rowSide;
      if (cell == null || cell.col() != c || cell.row() != r) {
        continue;
      }
      if (s.isEmpty() || BLANK.matcher(s).matches()) {
        continue;
      }
      BigDecimal v = figure(s);
      if (v == null) {
        unread.add(c);
        continue;
      }
      values.add(new Amount(name, v, unit, yuan(v, unit), s, scope.locate(b, cell)));
    }
    if (values.isEmpty() && unread.isEmpty()) {
      return null;
    }
    String cd = badCode || code.length() == 0 || !CODE.matcher(code).matches() ? null : code.toString();
    if (badCode) {
      // a code cell that is not a code (two codes run together): the row cannot be placed
      unread.add(-1);
    }
    String role;
    if (cd != null) {
      role = switch (cd.length()) {
        case 3 -> "class";
        case 5 -> "section";
        default -> "item";
      };
    } else if (name != null && TOTAL_ROW.matcher(name).matches()) {
      role = "total";
    } else {
      role = "named";
    }
    List<Amount> labelled = new ArrayList<>();
    for (Amount a : values) {
      labelled.add(new Amount(name, a.value(), a.unit(), a.yuan(), a.text(), a.location()));
    }
    return new DisclosureTable.Row(tn, r, rowSide, cd, name, role, labelled, unread);
  }

  /** A figure as written ("96,282,213.44", "-3.5"), or null. */
  static BigDecimal figure(String s) {
    String t = s.strip().replace('−', '-');
    if (!FIGURE.matcher(t).matches()) {
      return null;
    }
    return new BigDecimal(t.replace(",", ""));
  }

  private static BigDecimal yuan(BigDecimal v, String unit) {
    if ("万元".equals(unit)) {
      return v.movePointRight(4);
    }
    if ("千元".equals(unit)) {
      return v.movePointRight(3);
    }
    return v;
  }
}
