package org.ziping.parse.facts;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.parse.StartCharFinder;
import org.ziping.report.Measure;

/**
 * What a money figure measures, read from its label: the year, the measure (initial budget,
 * full-year/adjusted budget, unqualified budget, actual spending), the flow (收入/支出 when the
 * label names nothing else), a count qualifier ("4个项目") and the subject words that remain
 * (budget line or project name, e.g. "基本支出", "社保经办机构工作经费").
 *
 * <p>Algorithm: strip markup, a header's unit note (万元) and spaces; reject labels that state a change, a derived figure or a
 * bound ({@link Vocabulary#DERIVED}, {@link Vocabulary#BOUND}: 比上年, 增加, 结余, 平均, 不超过 …);
 * take the year (\d{4}年, 上年 = year − 1, else the report year); take the count qualifier;
 * neutralise fund names that contain 预算 (一般公共预算 …); detect the measure from
 * 年初/全年/调整/决算/实际/执行数/本年支出 and 预算/安排; remove measure and filler words (the fillers
 * that are also parts of words, 共/数/为 …, only at the label's end); what is left is
 * the subject, or the flow when only 收入 or 支出 is left.
 *
 * <p>Conservative by design: a key is {@link #comparable()} only when it names a measure and
 * identifies its object: a subject, a count qualifier, or a totality word (共计, 合计, 总计, 整体,
 * 全部). A bare "调整预算" could be any project's and is never compared. Known limits: subject words
 * must match exactly (no synonyms; "基本支出" and "基本经费" differ), and a label that lost its
 * context in parsing (a project's name in a heading above) cannot be keyed.
 *
 * @param yearStated whether the label wrote its year (else the report's year was assumed)
 */
public record LabelKey(int year, boolean yearStated, Measure measure, String flow, String count,
                       String subject, boolean totality) {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  /**
   * The longest label that can name what a figure measures. Names in published reports and
   * disclosures run to some 55 characters (a 类/款/项 path with its measure: 社会保障和就业支出（类）
   * 行政事业单位养老支出（款）…); a longer label is a passage of prose taken whole (a 测算依据 cell
   * of a target form, 700 characters with several figures in it), which names nothing and gets no
   * key: two figures of one passage must not become two statements of one thing.
   */
  static final int MAX_NAME_CHARS = 120;
  private static final StartCharFinder NOT_SUBJECT =
      StartCharFinder.of(Vocabulary.NOT_SUBJECT.pattern(), "实本当已年全调预决执安申下完累共合总其达为约计是的数金了");

  /**
   * The key of a label, empty when the label is null, states a change, derived figure or bound, or
   * is longer than a name ({@value #MAX_NAME_CHARS} characters).
   */
  public static Optional<LabelKey> of(String label, Integer reportYear) {
    if (label == null || label.isBlank()) {
      return Optional.empty();
    }
    String s = Vocabulary.UNIT_NOTE.matcher(Vocabulary.TAG.matcher(label).replaceAll(""))
        .replaceAll("");
    s = SPACES.matcher(s).replaceAll("");
    if (s.length() > MAX_NAME_CHARS) {
      return Optional.empty();
    }
    if (Vocabulary.DERIVED.matcher(s).find() || Vocabulary.BOUND.matcher(s).find()) {
      return Optional.empty();
    }
    int year = reportYear == null ? 0 : reportYear;
    boolean stated = false;
    Matcher y = Vocabulary.YEAR.matcher(s);
    if (y.find()) {
      year = Integer.parseInt(y.group(1));
      stated = true;
      s = y.replaceAll("");
    } else if (Vocabulary.PRIOR_YEAR.matcher(s).find()) {
      year = year - 1;
      stated = true;
      s = Vocabulary.PRIOR_YEAR.matcher(s).replaceAll("");
    }
    String count = null;
    Matcher c = Vocabulary.COUNT.matcher(s);
    if (c.find()) {
      count = chineseNumber(c.group(1)) + ("项".equals(c.group(2)) ? "项目" : c.group(2));
      s = c.replaceAll("");
    }
    s = Vocabulary.FUND_NAMES.matcher(s).replaceAll("$1");
    Measure measure = measure(s);
    boolean totality = Vocabulary.TOTALITY.matcher(s).find();
    String rest = Vocabulary.PUNCT.matcher(NOT_SUBJECT.remove(s)).replaceAll("");
    rest = Vocabulary.TRAILING_FILLER.matcher(rest).replaceAll("");
    if (Vocabulary.UNNAMED_PROJECT.matcher(rest).matches()) {
      rest = "";
      totality = false;
    }
    String flow = null;
    if (rest.equals("支出") || rest.equals("收入")) {
      flow = rest;
      rest = "";
    }
    return Optional.of(new LabelKey(year, stated, measure, flow, count, rest, totality));
  }

  /** A total row of a budget table (全年支出, 合计, 总计, 部门整体支出 ...): the report's whole. */
  public static boolean isTotalLabel(String label) {
    if (label == null) {
      return false;
    }
    String s = Vocabulary.PUNCT.matcher(label).replaceAll("").replace("其中", "");
    return !s.isEmpty() && Vocabulary.TOTAL_ROW.matcher(s).matches();
  }

  /** The key of a budget-row figure: row label plus the column's measure. */
  public static Optional<LabelKey> ofRow(String rowLabel, Measure measure, Integer reportYear,
                                         Integer rowYear) {
    int year = rowYear != null ? rowYear : reportYear == null ? 0 : reportYear;
    if (isTotalLabel(rowLabel)) {
      return Optional.of(new LabelKey(year, rowYear != null, measure, null, null, "", true));
    }
    return of(rowLabel, reportYear).map(q -> new LabelKey(rowYear != null ? rowYear : q.year,
        rowYear != null || q.yearStated, measure, q.flow, q.count, q.subject, q.totality));
  }

  private static Measure measure(String s) {
    if (s.contains("年初") && (s.contains("预算") || s.contains("安排") || s.contains("申报")
        || s.contains("下达"))) {
      return Measure.INITIAL_BUDGET;
    }
    if (Vocabulary.FULL_YEAR_BUDGET.matcher(s).find()) {
      return Measure.FULL_YEAR_BUDGET;
    }
    if (Vocabulary.ACTUAL.matcher(s).find()) {
      return Measure.ACTUAL;
    }
    if (s.contains("预算") || s.contains("安排")) {
      return Measure.BUDGET;
    }
    return null;
  }

  private static String chineseNumber(String n) {
    if (n.chars().allMatch(Character::isDigit)) {
      return String.valueOf(Integer.parseInt(n));
    }
    String digits = "零一二三四五六七八九";
    int value = 0;
    int current = 0;
    for (char ch : n.toCharArray()) {
      if (ch == '十') {
        value += (current == 0 ? 1 : current) * 10;
        current = 0;
      } else if (ch == '两') {
        current = 2;
      } else {
        current = digits.indexOf(ch);
      }
    }
    return String.valueOf(value + current);
  }

  /** Names a measure and identifies its object (subject, count or totality word). */
  public boolean comparable() {
    return measure != null && (!subject.isEmpty() || count != null || totality);
  }

  /**
   * The comparison identity of the subject: the subject words with the flow, {@link
   * Vocabulary#WHOLE} (with the flow) for a totality without other words, null when the label
   * names no object.
   */
  public String key() {
    String f = flow == null ? "" : flow;
    if (!subject.isEmpty()) {
      return subject + (f.isEmpty() ? "" : "·" + f);
    }
    return totality ? Vocabulary.WHOLE + f : null;
  }

  /** The subject for people: the subject words, or 整体 for the whole. */
  public String subjectName() {
    if (!subject.isEmpty()) {
      return subject;
    }
    return totality ? Vocabulary.WHOLE : null;
  }
}
