package org.ziping.parse.scores;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.model.Block;
import org.ziping.parse.ReportScope;
import org.ziping.parse.StartCharFinder;
import org.ziping.parse.facts.Grades;
import org.ziping.report.BudgetRow;
import org.ziping.report.Indicator;
import org.ziping.report.Location;
import org.ziping.report.Score;
import org.ziping.report.ScoreItem;

/**
 * The report's overall score: declared total, scale, item sum and grade.
 *
 * <p>Algorithm. The scope's normalised text (prose and table text alike, so that a cell pair
 * "绩效自评综合得分 | 100分" reads as one statement) is searched for total statements: 综合得分,
 * 自评总分, 自评得分, 评价得分 (自我评价得分), 总得分, 自评分 (not 自评分值), 自评得, 绩效评分, 总分,
 * 合计 or a bare 得分, each followed by an optional 为 / 是 / colon and "N分" ("自评得97.5分",
 * "绩效自评分为98.14分"); and a form's total label stating the maximum followed by the score and
 * no other figure on its line ("总分（100分）| 97.5", "总分（100分）| 100 | 自评等级 | 优").
 * Statements inside a prose item's range (an item's own "自评得分9分") are skipped. The first
 * statement of the strongest kind wins (综合得分 / 自评总分 / 自评得分 / 评价得分 / 总得分 … before the
 * form's total label, before 总分 / 合计 / 得分); without any, the indicator table's total row is
 * used. The scale is a stated "满分（为）N分" or "总分（N分）" of at least 50 points outside items,
 * else the total row's maximum, else 100. The item sum adds the indicator scores when the tables have any,
 * else the scores of the non-group prose items, else the scores of the budget rows. The grade is the
 * first 评价等次 / 绩效等级 / 评价等级 / 等级 / 等次 / 自评结果 / 评价结果 statement followed (optionally after 为, colon,
 * quotes, or a cell break) by 优秀, 良好, 合格, 不合格, 优, 良, 中 or 差, kept as written.
 *
 * <p>Data source: the {@link ReportScope} text and what the other score parsers found. Limits: a
 * total written in Chinese numerals is not read; when a report states several different totals
 * of the same kind, the first one is taken.
 */
public final class TotalScoreParser {
  private static final String NUM = "(\\d+(?:\\.\\d+)?)";
  private static final Pattern STRONG = Pattern.compile(
      "(?:综合得分|自评总分|自评得分|评价得分|总得分|综合评分|自评分数|自评分(?!值)|自评得|绩效评分)"
          + "\\s*(?:(?:为|是|:)?\\s*" + NUM + "\\s*分|\\(分\\)\\s*:?\\s*" + NUM + "(?![\\d.%]))");
  /**
   * A form's total label that states the maximum, then the score in the next cell and no other
   * figure after it on its line: "总分（100分）\t97.5", "总分（100分）\t100\t自评等级\t优" (not
   * "总分（100分）\t100\t97.5", whose order only the table header tells).
   */
  private static final Pattern FORM_TOTAL = Pattern.compile(
      "(?:总分|自评总分|综合得分|合计)\\((?:满分)?" + NUM + "分?\\)[\\t ]?:?[\\t ]?" + NUM
          + "(?![\\d.%])(?!分?[\\t ]*[0-9])");
  private static final Pattern WEAK = Pattern.compile(
      "(?:总\\s*分|合\\s*计|得\\s*分)\\s*(?:为|是|:)?\\s*" + NUM + "\\s*分(?!值)");
  private static final Pattern SCALE = Pattern.compile(
      "(?:满分\\s*(?:为|是|:)?|总分\\s*\\(\\s*(?:满分)?)\\s*" + NUM + "\\s*分");
  private static final StartCharFinder STRONG_FINDER = StartCharFinder.of(STRONG, "综自评总绩");
  private static final StartCharFinder FORM_FINDER = StartCharFinder.of(FORM_TOTAL, "总自综合");
  private static final StartCharFinder WEAK_FINDER = StartCharFinder.of(WEAK, "总合得");
  private static final Pattern GRADE = Pattern.compile(
      "(?:评价等次|评价等级|绩效等级|绩效评价等级|等级|等次|自评结果|评价结果)\\s*(?:为|是|:|评定为|确定为)?\\s*[“\"「『]?\\s*"
          + "(优秀|良好|不合格|合格|优|良|中|差)");

  /**
   * @param table   the indicator tables' reading (may be null)
   * @param items   the prose score items (may be empty)
   * @param rows    the budget rows (may be empty)
   */
  public Score parse(ReportScope scope, IndicatorTable table, List<ScoreItem> items, List<BudgetRow> rows) {
    String n = scope.normalized();
    int from = scope.start();
    int to = scope.end();
    List<ScoreItem> leaves = items == null ? List.of() : items.stream().filter(i -> !i.group()).toList();
    BigDecimal declared = null;
    Location declaredAt = null;
    for (StartCharFinder f : List.of(STRONG_FINDER, FORM_FINDER, WEAK_FINDER)) {
      Matcher m = f.pattern().matcher(n); // opaque bounds like the region search it replaces
      for (int at = from; f.find(m, n, at, to); at = m.end()) {
        if (insideItem(m.start(), leaves) || insideCriteria(scope, m.start())) {
          continue;
        }
        declared = Cells.parse(lastGroup(m));
        declaredAt = scope.locate(m.start(), m.end());
        break;
      }
      if (declared != null) {
        break;
      }
    }
    if (declared == null && table != null && table.declaredTotal() != null) {
      declared = table.declaredTotal();
      declaredAt = table.totalLocation();
    }
    BigDecimal max = null;
    Matcher sm = SCALE.matcher(n);
    sm.region(from, to);
    while (sm.find()) {
      BigDecimal v = Cells.parse(sm.group(1));
      if (!insideItem(sm.start(), leaves) && v.compareTo(BigDecimal.valueOf(50)) >= 0) {
        max = v;
        break;
      }
    }
    if (max == null && table != null && table.maxTotal() != null) {
      max = table.maxTotal();
    }
    if (max == null) {
      max = BigDecimal.valueOf(100);
    }
    String grade = null;
    Location gradeAt = null;
    Matcher gm = GRADE.matcher(n);
    gm.region(from, to);
    if (gm.find()) {
      grade = scope.text(gm.start(1), gm.end(1));
      gradeAt = scope.locate(gm.start(1), gm.end(1));
    }
    return new Score(declared, max, itemSum(table, leaves, rows), grade, declaredAt, gradeAt,
        Grades.band(grade));
  }

  /** The last group that took part in the match: the score (FORM_TOTAL's first group is the maximum). */
  private static String lastGroup(Matcher m) {
    for (int g = m.groupCount(); g >= 1; g--) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    throw new IllegalStateException("a total pattern matched without a figure");
  }

  private static BigDecimal itemSum(IndicatorTable table, List<ScoreItem> leaves, List<BudgetRow> rows) {
    if (table != null) {
      BigDecimal s = null;
      for (Indicator i : table.indicators()) {
        if (i.score() != null) {
          s = s == null ? i.score() : s.add(i.score());
        }
      }
      if (s != null) {
        return s;
      }
    }
    BigDecimal s = null;
    for (ScoreItem i : leaves) {
      if (i.score() != null) {
        s = s == null ? i.score() : s.add(i.score());
      }
    }
    if (s != null || rows == null) {
      return s;
    }
    for (BudgetRow r : rows) {
      if (r.score() != null) {
        s = s == null ? r.score() : s.add(r.score());
      }
    }
    return s;
  }

  private static boolean insideItem(int offset, List<ScoreItem> leaves) {
    for (ScoreItem i : leaves) {
      Location l = i.location();
      if (l != null && offset >= l.start() && offset < l.end()) {
        return true;
      }
    }
    return false;
  }

  /** True inside a table cell that is a scoring rule ("…的，得3分") rather than a result. */
  private static boolean insideCriteria(ReportScope scope, int offset) {
    Block b = scope.blockAt(offset);
    if (b == null || b.table() == null) {
      return false;
    }
    for (TableHeaders.Section s : TableHeaders.sections(b.table())) {
      Integer c = s.header().col(ColumnRole.CRITERIA);
      if (c == null) {
        continue;
      }
      for (int r = s.firstRow(); r < s.endRow(); r++) {
        var cell = b.table().cellAt(r, c);
        if (cell != null && offset >= cell.start() && offset < cell.end()) {
          return true;
        }
      }
    }
    return false;
  }
}
