package org.ziping.parse.scores;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.model.Cell;
import org.ziping.model.TableGrid;

/**
 * Finds the header rows of a table and maps its columns to {@link ColumnRole}s by the header words,
 * in whatever order the columns come.
 *
 * <p>Algorithm: every own (anchor) cell of a row is compacted (markup and whitespace removed,
 * full-width forms mapped), a trailing unit in parentheses ("年初预算数（万元）") is taken off and
 * kept as the unit, and the rest is matched against the header vocabulary in a fixed order that
 * puts the more specific words first (评分标准 before 评分, 执行率 before 执行数, 实际完成值 before
 * 完成值). A row is a header row when at least two of its cells name a role, these together with
 * label-column words (序号, 项目名称, 科目…) make up at least 60% of its non-empty cells, and none of
 * its cells is a number. A header row switches the
 * column roles for the rows below it until the next header row: a table that repeats its header
 * over a page, or holds a budget part and an indicator part with their own headers, gives one
 * {@link Section} per header row.
 *
 * <p>Data source: the {@link TableGrid} of a table block only. Limits: headers spread over two rows
 * (a merged "预算数" above "年初/全年") are read by their lower row only; header words longer than
 * 14 characters are not recognised, so that long data cells ("…任务完成情况") are not taken as
 * headers.
 */
public final class TableHeaders {
  private TableHeaders() {}

  /** A header row: the grid column of each role (the first column when a role repeats). */
  public record Header(int row, Map<ColumnRole, Integer> columns, String unit) {
    public Header {
      columns = Collections.unmodifiableMap(new EnumMap<>(columns));
    }

    /** The grid column of a role, or null. */
    public Integer col(ColumnRole role) {
      return columns.get(role);
    }

    public boolean has(ColumnRole role) {
      return columns.containsKey(role);
    }
  }

  /** Rows {@code [firstRow, endRow)} governed by one header row (the header row excluded). */
  public record Section(Header header, int firstRow, int endRow) {}

  private static final Pattern UNIT_SUFFIX =
      Pattern.compile("^(.*?)\\((?:单位:?)?(万元|亿元|千元|元|%|分)\\)$");
  private static final Pattern UNIT_LINE = Pattern.compile("单位:?(万元|亿元|千元|元)");

  private record Word(ColumnRole role, String[] words) {}

  private static final List<Word> VOCABULARY = List.of(
      new Word(ColumnRole.CRITERIA, new String[] {"评分标准", "评分细则", "评分依据", "评分办法", "计分方法", "评分方法", "评价标准"}),
      new Word(ColumnRole.NOTE, new String[] {"偏差原因", "扣分原因", "原因分析", "改进措施", "备注", "说明"}),
      new Word(ColumnRole.MAX_SCORE, new String[] {"执行率权重", "执行率分值"}),
      new Word(ColumnRole.SCORE, new String[] {"执行率得分"}),
      new Word(ColumnRole.DECLARED_RATE, new String[] {"预算执行率", "执行率"}),
      new Word(ColumnRole.INITIAL_BUDGET, new String[] {"年初预算"}),
      new Word(ColumnRole.FULL_YEAR_BUDGET, new String[] {"全年预算", "调整预算", "调整后预算", "全年(调整)预算"}),
      new Word(ColumnRole.SPENT, new String[] {"实际支出", "执行数", "决算数"}),
      new Word(ColumnRole.LEVEL1, new String[] {"一级指标"}),
      new Word(ColumnRole.LEVEL2, new String[] {"二级指标"}),
      new Word(ColumnRole.LEVEL3, new String[] {"三级指标", "指标名称"}),
      new Word(ColumnRole.ACTUAL, new String[] {"实际完成值", "完成值", "实际完成情况", "完成情况", "实际值"}),
      new Word(ColumnRole.TARGET, new String[] {"年度指标值", "指标值", "目标值", "预期目标", "年度目标"}),
      new Word(ColumnRole.MAX_SCORE, new String[] {"分值", "权重", "满分"}),
      new Word(ColumnRole.SCORE, new String[] {"自评得分", "自评分", "得分", "评分"}));

  /** The role a header cell's text names, or null when it is not a header word. */
  public static ColumnRole roleOf(String headerText) {
    String k = stripUnit(Cells.key(headerText))[0];
    if (k.isEmpty() || k.length() > 14) {
      return null;
    }
    for (Word w : VOCABULARY) {
      for (String s : w.words()) {
        if (k.contains(s)) {
          return w.role();
        }
      }
    }
    return null;
  }

  private static final Pattern LABEL_HEADER =
      Pattern.compile("^(?:序号|编号|项目|支出项目|项目名称|名称|科目|类别|内容|支出|指标|类型)(?:\\(.*\\))?$");

  /** True for header words of label columns (序号, 项目名称, 科目…), which have no role. */
  private static boolean isLabelHeader(String key) {
    return LABEL_HEADER.matcher(key).matches();
  }

  /** The unit a header cell states ("年初预算数（万元）" → 万元), or null. */
  public static String unitOf(String headerText) {
    String k = Cells.key(headerText);
    String u = stripUnit(k)[1];
    if (u != null && !u.equals("%") && !u.equals("分")) {
      return u;
    }
    Matcher m = UNIT_LINE.matcher(k);
    return m.find() ? m.group(1) : null;
  }

  private static String[] stripUnit(String k) {
    Matcher m = UNIT_SUFFIX.matcher(k);
    return m.matches() ? new String[] {m.group(1), m.group(2)} : new String[] {k, null};
  }

  /** The header read from row {@code r}, when it is a header row. */
  public static Optional<Header> header(TableGrid grid, int r) {
    Map<ColumnRole, Integer> cols = new EnumMap<>(ColumnRole.class);
    int nonEmpty = 0;
    int roles = 0;
    int labels = 0;
    String unit = null;
    String labelUnit = null;
    for (Cell c : grid.row(r)) {
      String k = Cells.key(c.text());
      if (k.isEmpty()) {
        continue;
      }
      nonEmpty++;
      if (Cells.isNumeric(c.text())) {
        return Optional.empty();
      }
      ColumnRole role = roleOf(c.text());
      if (role == null && isLabelHeader(k)) {
        labels++;
      }
      if (role == null && labelUnit == null) {
        labelUnit = unitOf(c.text()); // "项目资金（万元）" states the unit of the row's figures
      }
      if (role != null) {
        roles++;
        cols.putIfAbsent(role, c.col());
        if (unit == null && role != ColumnRole.DECLARED_RATE) {
          unit = unitOf(c.text());
        }
      }
    }
    if (roles < 2 || (roles + labels) * 10 < nonEmpty * 6) {
      return Optional.empty();
    }
    return Optional.of(new Header(r, cols, unit != null ? unit : labelUnit));
  }

  /** The sections of a table, one per header row, in row order; empty when no header is found. */
  public static List<Section> sections(TableGrid grid) {
    List<Header> headers = new ArrayList<>();
    for (int r = 0; r < grid.rows(); r++) {
      header(grid, r).ifPresent(headers::add);
    }
    List<Section> out = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      int end = i + 1 < headers.size() ? headers.get(i + 1).row() : grid.rows();
      out.add(new Section(headers.get(i), headers.get(i).row() + 1, end));
    }
    return out;
  }

  /** A unit stated for the whole table in one of its cells ("单位：万元"), or null. */
  public static String tableUnit(TableGrid grid) {
    for (Cell c : grid.cells()) {
      Matcher m = UNIT_LINE.matcher(Cells.key(c.text()));
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }
}
