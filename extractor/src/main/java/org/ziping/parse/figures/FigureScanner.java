package org.ziping.parse.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.Cell;
import org.ziping.model.TableGrid;
import org.ziping.parse.ReportScope;
import org.ziping.parse.StartCharFinder;
import org.ziping.report.Amount;
import org.ziping.report.Location;
import org.ziping.report.Quantity;

/**
 * Finds every money amount, percentage and count of a report scope.
 *
 * <p>Algorithm. Running text ({@link Prose} segments of paragraphs and headings) is scanned on the
 * normalised text for numbers (digits with optional thousands separators, decimals and a minus
 * sign; full-width digits are mapped by the normaliser) followed, after optional spaces and an
 * optional 多/余, by a unit: 亿元, 万元 (also "万 元"), 元 make an {@link Amount}, and so do 万 and
 * 亿 written alone before punctuation when the clause (or the clause before) speaks of money or a
 * money figure stands earlier in the sentence ("1140万，其中财政拨款467万"); % makes a percent
 * {@link Quantity}; 万人次, 万人, 万家, 人次, 人, 名, 个, 家, 项, 户, 次, 份, 件, 条 make a count. A
 * number followed by anything else (年, 月, 日, 号, 分 scores, no unit) is not a figure, which
 * drops years, dates, document numbers, phone numbers, list numbers and scores; a number after 第 is
 * an ordinal and dropped, and so are 个月/个百分点/个工作日. The prose label is the clause before the
 * number (clauses end at ，。；：、 and at 其中, not at the 、 of the contraction 收、支, which
 * {@link Prose#joinsWord} keeps in the label; a parenthesis right before the number is kept whole
 * with the name before it), with earlier figures of the clause cut out, cleaned
 * by {@link Labels}; when nothing is left the previous clause of the sentence is used.
 *
 * <p>Tables: a cell holding only a number is an amount when a unit applies to it: the row label's
 * "（万元）", else the column's header cells ("年初预算数（万元）", a spanning "金额（万元）" above),
 * else the table's "单位：万元" (in a title cell or in one of the two text blocks just before the
 * table). Columns headed 分值/得分/权重/…率/比例/序号/编码/代码/人数 are never amounts (a 科目编码 column holds
 * codes such as 30101, not money). Cells with text and
 * explicit units are scanned like prose. A cell's label is its row label (the last non-empty,
 * non-numeric cell anchored in the row before the first number, or, when the row's label cells are
 * empty or merged from above, the nearest non-empty cell above) + " " + its column header; a value
 * that follows another value and a label in its row (a form's "label value label value", the
 * 支出 side of a 收入/支出 overview) is labelled by that label instead ({@link #pairLabel}). A
 * calendar date is never a column header, and the header search stops at one (above a form's
 * 计划完成日期 value stand the form's other pairs, not headers).
 *
 * <p>Limits: Chinese numerals (百分之五, 三十万元) are not read; 千元 is not a unit; a unit stated
 * only in a sentence after a table is not seen; labels are string rules, not parsed noun phrases.
 */
public final class FigureScanner {

  static final Pattern NUMBER =
      Pattern.compile("(?<![0-9A-Za-z.])(-)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?");
  private static final StartCharFinder NUMBER_FINDER = StartCharFinder.of(NUMBER, "-0123456789");
  private static final String[] MONEY = {"亿元", "万元", "元"};
  private static final String[] COUNTS =
      {"万人次", "万人", "万家", "人次", "人", "名", "个", "家", "项", "户", "次", "份", "件", "条"};
  private static final Pattern PURE_NUMBER =
      Pattern.compile("^\\s*-?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*$");
  /** A cell that states a figure and nothing else (a value, not a header). */
  static final Pattern FIGURE_CELL = Pattern.compile(
      "^[\\s≥≤<>=≦≧约]*-?[\\d,]+(\\.\\d+)?\\s*(%|万元|亿元|元|人次|人|个|家|项|分|次|件|条|户|名)?\\s*$");
  private static final Pattern TABLE_UNIT = Pattern.compile("单位\\s*[:：]\\s*(亿元|万元|元)");
  private static final Pattern UNIT_ONLY_LINE =
      Pattern.compile("^\\s*[(（]?\\s*(单位\\s*[:：])?\\s*(亿元|万元|元)\\s*[)）]?\\s*$");
  private static final Pattern NOT_AMOUNT_HEADER =
      Pattern.compile("分值|得分|分数|权重|评分|率|比例|比重|占比|序号|编号|编码|代码|人数|个数|数量");
  private static final Pattern PLACEHOLDER = Pattern.compile("^[\\s\\-—–/／\\\\无]*$");
  /** A cell that states a calendar date (2023-12-31, 2023/1/1, 2023年1月1日): a form's value. */
  private static final Pattern DATE_CELL = Pattern.compile(
      "^\\s*\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?\\s*$");

  /** A figure found in running text, before it becomes an amount or quantity. */
  record Raw(int start, int end, BigDecimal value, String unit, String kind) {}

  public Figures scan(ReportScope scope) {
    Prose prose = Prose.of(scope);
    List<Amount> amounts = new ArrayList<>();
    List<Quantity> quantities = new ArrayList<>();
    for (Prose.Segment seg : prose.segments()) {
      scanText(prose.norm(), scope, seg.start(), seg.end(), null, amounts, quantities);
    }
    for (Block t : scope.tables()) {
      scanTable(scope, prose, t, amounts, quantities);
    }
    amounts.sort(Comparator.comparingInt(a -> a.location().start()));
    quantities.sort(Comparator.comparingInt(q -> q.location().start()));
    return new Figures(amounts, quantities);
  }

  /** Raw figures (number + unit) in {@code norm[start, end)}, in order. */
  static List<Raw> rawFigures(String norm, int start, int end) {
    List<Raw> out = new ArrayList<>();
    Matcher m = NUMBER_FINDER.matcher(norm);
    for (int at = start; NUMBER_FINDER.find(m, norm, at, end); at = m.end()) {
      int ns = m.start();
      boolean minus = m.group(1) != null;
      if (minus && ns > 0 && "0123456789%)）.".indexOf(norm.charAt(ns - 1)) >= 0) {
        ns++;
        minus = false;
      }
      if (precededByOrdinal(norm, ns, start)) {
        continue;
      }
      String digits = m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3));
      BigDecimal value = new BigDecimal((minus ? "-" : "") + digits);
      int p = skipSpace(norm, m.end(), end);
      int q = p;
      if (q < end && (norm.charAt(q) == '多' || norm.charAt(q) == '余')) {
        q = skipSpace(norm, q + 1, end);
      }
      String[] unit = unitAt(norm, q, end, moneyEarlierInSentence(norm, out, ns));
      if (unit == null) {
        continue;
      }
      if ("percent".equals(unit[1]) && q != p) {
        continue;
      }
      out.add(new Raw(ns, q + Integer.parseInt(unit[2]), value, unit[0], unit[1]));
    }
    return out;
  }

  private static boolean precededByOrdinal(String norm, int ns, int floor) {
    int i = ns - 1;
    while (i >= floor && (norm.charAt(i) == ' ' || norm.charAt(i) == '\t')) {
      i--;
    }
    return i >= floor && norm.charAt(i) == '第';
  }

  static int skipSpace(String s, int i, int end) {
    while (i < end && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** True when a money figure stands earlier in the sentence of {@code pos}. */
  private static boolean moneyEarlierInSentence(String norm, List<Raw> earlier, int pos) {
    for (int k = earlier.size() - 1; k >= 0; k--) {
      Raw r = earlier.get(k);
      if (r.kind().equals("money")) {
        for (int i = r.end(); i < pos; i++) {
          if (Prose.SENTENCE_END.indexOf(norm.charAt(i)) >= 0) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * {unit, kind, length in text} of the unit at {@code i}, or null. 万/亿 alone are 万元/亿元 when
   * {@code moneyBefore} (a money figure stands earlier in the sentence) or the clause speaks of money.
   */
  private static String[] unitAt(String s, int i, int end, boolean moneyBefore) {
    String[] u = unitAt0(s, i, end);
    if (u == null && i < end && (s.charAt(i) == '万' || s.charAt(i) == '亿') && bareUnitEnds(s, i + 1, end)
        && (moneyBefore || moneyContext(s, i))) {
      // "1140万，其中财政拨款467万", "3.5亿": 万/亿 alone are amounts in 万元/亿元 where the
      // sentence speaks of money
      return new String[] {s.charAt(i) + "元", "money", "1"};
    }
    return u;
  }

  private static final Pattern MONEY_WORDS = Pattern.compile(
      "元|资金|经费|预算|拨款|补助|补贴|津贴|工资|奖励|奖金|支出|投资|投入|支付|下达|到位|拨付|费|款|收入|成本");

  /** True when 万/亿 stands alone: followed by punctuation, space or the end of the text. */
  private static boolean bareUnitEnds(String s, int j, int end) {
    return j >= end || "，,。；;、()（）:：!?！？ \t\n".indexOf(s.charAt(j)) >= 0;
  }

  /** True when the clause of the number at {@code i}, or the clause before it, speaks of money. */
  private static boolean moneyContext(String s, int i) {
    int from = i;
    int delims = 0;
    while (from > 0 && i - from < 120) {
      char c = s.charAt(from - 1);
      if (Prose.SENTENCE_END.indexOf(c) >= 0) {
        break;
      }
      if (Prose.CLAUSE_DELIMS.indexOf(c) >= 0 && ++delims == 2) {
        break;
      }
      from--;
    }
    return MONEY_WORDS.matcher(s.substring(from, i)).find();
  }

  private static String[] unitAt0(String s, int i, int end) {
    if (i >= end) {
      return null;
    }
    if (s.charAt(i) == '%') {
      return new String[] {"%", "percent", "1"};
    }
    for (String u : MONEY) {
      if (s.startsWith(u, i) && i + u.length() <= end) {
        return new String[] {u, "money", String.valueOf(u.length())};
      }
    }
    if (s.charAt(i) == '万') {
      int j = skipSpace(s, i + 1, end);
      if (j > i + 1 && j < end && s.charAt(j) == '元') {
        return new String[] {"万元", "money", String.valueOf(j + 1 - i)};
      }
    }
    for (String u : COUNTS) {
      if (s.startsWith(u, i) && i + u.length() <= end) {
        String after = s.substring(i + u.length(), Math.min(end, i + u.length() + 3));
        if (u.equals("个") && (after.startsWith("月") || after.startsWith("百分点")
            || after.startsWith("工作日") || after.startsWith("小时"))) {
          return null;
        }
        if (u.equals("家") && after.startsWith("庭")) {
          return null;
        }
        return new String[] {u, "count", String.valueOf(u.length())};
      }
    }
    return null;
  }

  static BigDecimal toYuan(BigDecimal value, String unit) {
    return switch (unit) {
      case "亿元" -> value.movePointRight(8);
      case "万元" -> value.movePointRight(4);
      case "元" -> value;
      default -> null;
    };
  }

  static boolean isMoney(String unit) {
    return "元".equals(unit) || "万元".equals(unit) || "亿元".equals(unit);
  }

  /**
   * Scans running text {@code [start, end)}; {@code cellLabel}, when not null, is used for figures
   * whose clause gives no label (figures inside table cells).
   */
  private void scanText(String norm, ReportScope scope, int start, int end, String cellLabel,
                        List<Amount> amounts, List<Quantity> quantities) {
    List<Raw> raws = rawFigures(norm, start, end);
    for (int k = 0; k < raws.size(); k++) {
      Raw r = raws.get(k);
      String label = proseLabel(norm, start, r.start(), raws.subList(0, k));
      if (cellLabel != null && label.isEmpty()) {
        label = cellLabel;
      }
      String text = scope.text(r.start(), r.end());
      Location loc = scope.locate(r.start(), r.end());
      if (r.kind().equals("money")) {
        amounts.add(new Amount(label, r.value(), r.unit(), toYuan(r.value(), r.unit()), text, loc));
      } else {
        quantities.add(new Quantity(r.kind(), label, r.value(), r.unit(), text, loc));
      }
    }
  }

  /** The label of a figure starting at {@code numStart}: see the class comment. */
  static String proseLabel(String norm, int floor, int numStart, List<Raw> earlier) {
    int cs = clauseStart(norm, numStart, floor);
    String label = Labels.clean(withoutFigures(norm, cs, numStart, earlier));
    if ((label.isEmpty() || WEAK_LABEL.matcher(label).matches()) && cs - 1 > floor
        && Prose.SENTENCE_END.indexOf(norm.charAt(cs - 1)) < 0) {
      // "年初申报4个项目，预算安排189万元": a bare measure word takes the clause before it
      // (only when that clause states no figure of its own: then it is context, not a sibling)
      int pcs = clauseStart(norm, cs - 1, floor);
      boolean ownFigure = false;
      for (int k = earlier.size() - 1; k >= 0 && earlier.get(k).start() >= pcs; k--) {
        Raw r = earlier.get(k);
        ownFigure |= !"count".equals(r.kind()) && r.end() <= cs;
      }
      String before = ownFigure ? "" : Labels.clean(withoutFigures(norm, pcs, cs - 1, earlier));
      label = before.isEmpty() ? label : label.isEmpty() ? before : before + "，" + label;
    }
    return label;
  }

  private static int clauseStart(String norm, int pos, int floor) {
    int i = pos;
    int limit = Math.max(floor, pos - MAX_CLAUSE);
    while (i > limit && (Prose.CLAUSE_DELIMS.indexOf(norm.charAt(i - 1)) < 0
        || Prose.joinsWord(norm, i - 1))) {
      if (norm.charAt(i - 1) == ')') {
        // "其他资金(包括结转结余资金、利息收入)416.23万元": the parenthesis describes the name before it
        // (the opening bracket looked for within the clause window only, never the whole text)
        int open = i - 2;
        while (open >= limit && norm.charAt(open) != '(' && norm.charAt(open) != ')') {
          open--;
        }
        if (open >= limit && norm.charAt(open) == '(') {
          i = open;
          continue;
        }
      }
      i--;
    }
    // the last 其中 inside the clause (searched within it only: linear in the clause, not the text)
    for (int q = Math.min(pos - 1, norm.length() - 2); q >= i; q--) {
      if (norm.charAt(q) == '其' && norm.charAt(q + 1) == '中') {
        return q + 2;
      }
    }
    return i;
  }

  /** A clause is looked for this far back at most: longer runs without a delimiter are no clause. */
  private static final int MAX_CLAUSE = 1000;

  /** A label that names only a measure, not what it measures. */
  private static final Pattern WEAK_LABEL = Pattern.compile(
      "(年初|全年|调整后?|本年|年度)?(预算|预算安排|安排|支出|实际支出|调整预算|资金|金额|共计|合计)数?");

  /** The text between two offsets without the money and percent figures in it; counts stay
   * ("4个项目" identifies a quantity). */
  private static String withoutFigures(String norm, int from, int to, List<Raw> figures) {
    StringBuilder sb = new StringBuilder();
    int i = from;
    // figures are in text order: start from the first that may reach into [from, to)
    int first = figures.size();
    while (first > 0 && figures.get(first - 1).end() > from) {
      first--;
    }
    for (Raw r : figures.subList(first, figures.size())) {
      if (r.end() <= from || r.start() >= to || "count".equals(r.kind())) {
        continue;
      }
      if (r.start() > i) {
        sb.append(norm, i, r.start());
      }
      i = Math.max(i, r.end());
    }
    if (i < to) {
      sb.append(norm, i, to);
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- tables

  private void scanTable(ReportScope scope, Prose prose, Block block, List<Amount> amounts,
                         List<Quantity> quantities) {
    TableGrid g = block.table();
    String norm = scope.normalized();
    String tableUnit = tableUnit(scope, block, norm);
    Boolean[] headerRows = new Boolean[g.rows()]; // isHeaderRow per row, computed once per table
    for (Cell cell : g.cells()) {
      String text = norm.substring(cell.start(), cell.end());
      if (text.isBlank()) {
        continue;
      }
      boolean pure = PURE_NUMBER.matcher(text).matches();
      if (!pure && !NUMBER_FINDER.holds(text)) {
        continue;
      }
      String pair = pairLabel(g, cell, norm);
      String rowLabel = pair != null ? pair : rowLabel(g, cell.row(), norm);
      List<Cell> headers = headerStack(g, cell, norm, headerRows);
      String header = headers.isEmpty() ? "" : Labels.cleanCell(textOf(norm, headers.get(0)));
      String label = joinLabel(rowLabel, header);
      if (!pure) {
        scanText(norm, scope, cell.start(), cell.end(), label, amounts, quantities);
        continue;
      }
      String nearest = headers.isEmpty() ? "" : textOf(norm, headers.get(0));
      if (NOT_AMOUNT_HEADER.matcher(nearest).find() && unitIn(nearest) == null) {
        continue;
      }
      String unit = rowUnit(g, cell, norm);
      if (unit == null) {
        unit = headerUnit(headers, norm);
      }
      if (unit == null) {
        unit = tableUnit;
      }
      if (unit == null) {
        continue;
      }
      String s = text.strip();
      BigDecimal value = new BigDecimal(s.replace(",", ""));
      amounts.add(new Amount(label, value, unit, toYuan(value, unit), cell.text(),
          scope.locate(block, cell)));
    }
  }

  private static String joinLabel(String rowLabel, String header) {
    if (header.isEmpty() || header.equals(rowLabel)) {
      return rowLabel;
    }
    if (rowLabel.isEmpty()) {
      return header;
    }
    return rowLabel + " " + header;
  }

  private static String textOf(String norm, Cell c) {
    return norm.substring(c.start(), c.end());
  }

  private static boolean isLabelText(String t) {
    return !PLACEHOLDER.matcher(t).matches() && !FIGURE_CELL.matcher(t).matches()
        && !UNIT_ONLY_LINE.matcher(t).matches();
  }

  /** The unit stated once for a whole table, or null. */
  private static String tableUnit(ReportScope scope, Block table, String norm) {
    for (Cell c : table.table().cells()) {
      Matcher m = TABLE_UNIT.matcher(textOf(norm, c));
      if (m.find()) {
        return m.group(1);
      }
    }
    int seen = 0;
    for (int i = table.index() - 1; i >= scope.firstBlock() && seen < 2; i--) {
      Block b = scope.doc().blocks().get(i);
      if (b.type() == BlockType.TABLE) {
        break;
      }
      String t = norm.substring(b.start(), b.end());
      if (t.isBlank()) {
        continue;
      }
      seen++;
      Matcher m = TABLE_UNIT.matcher(t);
      if (m.find()) {
        return m.group(1);
      }
      Matcher u = UNIT_ONLY_LINE.matcher(t);
      if (u.matches()) {
        return u.group(2);
      }
    }
    return null;
  }

  /** Unit stated in a header text: "（万元）", "(元)", "金额万元", or null. */
  static String unitIn(String t) {
    if (t.contains("亿元")) {
      return "亿元";
    }
    if (t.contains("万元")) {
      return "万元";
    }
    if (t.matches("(?s).*[(（]\\s*元\\s*[)）].*") || t.strip().endsWith("元")
        || t.matches("(?s).*单位\\s*[:：]\\s*元.*")) {
      return "元";
    }
    return null;
  }

  /** The header cells of a cell's column, nearest first: cells of the nearest run of header rows
   * (rows holding no figure cell) above the cell. */
  static List<Cell> headerStack(TableGrid g, Cell cell, String norm) {
    return headerStack(g, cell, norm, new Boolean[g.rows()]);
  }

  /** {@link #headerStack(TableGrid, Cell, String)} with the rows already judged (null: not yet). */
  private static List<Cell> headerStack(TableGrid g, Cell cell, String norm, Boolean[] headerRows) {
    Set<Cell> out = new LinkedHashSet<>();
    boolean found = false;
    for (int r = cell.row() - 1; r >= 0; r--) {
      if (headerRows[r] == null) {
        headerRows[r] = isHeaderRow(g, r, norm);
      }
      if (!headerRows[r]) {
        if (found) {
          break;
        }
        continue;
      }
      found = true;
      Cell h = g.cellAt(r, cell.col());
      if (h != null && DATE_CELL.matcher(textOf(norm, h)).matches()) {
        break; // a form's date value, and above it the form's other pairs: no column header
      }
      if (h == null || h == cell || PLACEHOLDER.matcher(textOf(norm, h)).matches()) {
        continue;
      }
      if (h.colSpan() >= g.cols() && g.cols() > 1 && out.isEmpty()
          && unitIn(textOf(norm, h)) == null) {
        continue;
      }
      out.add(h);
    }
    return new ArrayList<>(out);
  }

  private static boolean isHeaderRow(TableGrid g, int r, String norm) {
    for (int c = 0; c < g.cols(); c++) {
      Cell x = g.cellAt(r, c);
      if (x != null && x.row() == r) {
        String t = textOf(norm, x);
        if (FIGURE_CELL.matcher(t).matches() && !PLACEHOLDER.matcher(t).matches()) {
          return false;
        }
      }
    }
    return true;
  }

  private static String headerUnit(List<Cell> headers, String norm) {
    for (Cell h : headers) {
      String u = unitIn(textOf(norm, h));
      if (u != null) {
        return u;
      }
    }
    return null;
  }

  private static String rowUnit(TableGrid g, Cell cell, String norm) {
    for (int c = 0; c < cell.col(); c++) {
      Cell l = g.cellAt(cell.row(), c);
      if (l == null) {
        continue;
      }
      String t = textOf(norm, l);
      if (isLabelText(t) && t.matches("(?s).*[(（]\\s*(亿元|万元|元)\\s*[)）].*")) {
        return unitIn(t);
      }
    }
    return null;
  }

  /**
   * The label of a value that follows another value in its row (a form's "label value label value"
   * rows, the two sides of a 收入/支出 overview): the nearest non-blank cell left of {@code cell},
   * when it is label text and a value (a figure or a placeholder such as "—") stands left of that
   * label in the row. Null otherwise: the cell's label is the row label ({@link #rowLabel}).
   */
  private static String pairLabel(TableGrid g, Cell cell, String norm) {
    int r = cell.row();
    Cell label = null;
    for (int c = cell.col() - 1; c >= 0 && label == null; c--) {
      Cell x = g.cellAt(r, c);
      String t = x == null || x == cell ? "" : textOf(norm, x);
      if (t.isBlank()) {
        continue;
      }
      if (!isLabelText(t)) {
        return null; // a value right before: a table's value columns, labelled by the row
      }
      label = x;
    }
    if (label == null) {
      return null;
    }
    for (int c = label.col() - 1; c >= 0; c--) {
      Cell x = g.cellAt(r, c);
      if (x == null || x == label) {
        continue;
      }
      String t = textOf(norm, x);
      if (!t.isBlank() && !isLabelText(t) && !UNIT_ONLY_LINE.matcher(t).matches()) {
        return Labels.cleanCell(textOf(norm, label));
      }
    }
    return null;
  }

  /** The row label of row {@code r}: see the class comment. */
  static String rowLabel(TableGrid g, int r, String norm) {
    int firstNumber = g.cols();
    for (int c = 0; c < g.cols(); c++) {
      Cell x = g.cellAt(r, c);
      if (x != null && FIGURE_CELL.matcher(textOf(norm, x)).matches()
          && !PLACEHOLDER.matcher(textOf(norm, x)).matches()) {
        firstNumber = c;
        break;
      }
    }
    String anchored = null;
    String covering = null;
    for (int c = 0; c < firstNumber; c++) {
      Cell x = g.cellAt(r, c);
      if (x == null) {
        continue;
      }
      String t = textOf(norm, x);
      if (!isLabelText(t)) {
        continue;
      }
      if (x.row() == r) {
        anchored = t;
      } else {
        covering = t;
      }
    }
    String label = anchored != null ? anchored : covering;
    if (label == null) {
      for (int c = Math.min(firstNumber, g.cols()) - 1; c >= 0 && label == null; c--) {
        for (int k = r - 1; k >= 0; k--) {
          Cell x = g.cellAt(k, c);
          if (x == null) {
            continue;
          }
          String t = textOf(norm, x);
          if (FIGURE_CELL.matcher(t).matches() && !PLACEHOLDER.matcher(t).matches()) {
            break;
          }
          if (isLabelText(t)) {
            label = t;
            break;
          }
        }
      }
    }
    return label == null ? "" : Labels.cleanCell(label);
  }
}
