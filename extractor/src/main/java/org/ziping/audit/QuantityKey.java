package org.ziping.audit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a money figure measures, read from its label: the year, the measure (initial budget,
 * full-year/adjusted budget, unqualified budget, actual spending), the flow (收入/支出 when the
 * label names nothing else), a count qualifier ("4个项目") and the subject words that remain
 * (budget line or project name, e.g. "基本支出", "社保经办机构工作经费").
 *
 * <p>Algorithm: strip quotes and markup; reject labels that state a change or a derived figure
 * (比上年, 增加, 减少, 增长, 结余, 平均 ...); take the year (\d{4}年, 上年 = year − 1, else the report
 * year); take the count qualifier; neutralise fund names that contain 预算 (一般公共预算,
 * 政府性基金预算 ...); detect the measure from 年初/全年/调整/决算/实际/执行数/本年支出 and 预算/安排;
 * remove measure and filler words; what is left is the subject, or the flow when only 收入 or
 * 支出 is left.
 *
 * <p>Conservative by design: a key is {@link #comparable()} only when it names a measure and
 * identifies its object: a subject, a count qualifier, or a totality word (共计, 合计, 总计,
 * 整体, 全部). A bare "调整预算" could be any project's and is never compared. Known limits:
 * subject words must match exactly (no synonyms; "基本支出" and "基本经费" differ), and a label
 * that lost its context in parsing (a project's name in a heading above) cannot be keyed.
 */
public record QuantityKey(int year, String measure, String flow, String count, String subject,
                          boolean totality) {
  public static final String INITIAL = "年初预算";
  public static final String FULL_YEAR = "全年预算";
  public static final String BUDGET = "预算";
  public static final String ACTUAL = "实际支出";

  private static final Pattern EXCLUDED = Pattern.compile(
      "比上年|较上年|比去年|同比|比年初|与年初|对比|增加|减少|增长|下降|增幅|减幅|降幅|结余|结转|节约|差额|超支|缺口"
          + "|平均|人均|月均|每人|每月|每年|标准|占|余额|折旧|净值|原值");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年度?");
  private static final Pattern PRIOR_YEAR = Pattern.compile("上年度?|上一年度?|去年");
  private static final Pattern COUNT = Pattern.compile(
      "([0-9]+|[一二两三四五六七八九十]+)\\s*个?(项目|个单位|家单位|项)");
  private static final Pattern FUND_NAMES = Pattern.compile(
      "(一般公共|政府性基金|国有资本经营|社会保险基金)预算");
  private static final Pattern TOTALITY = Pattern.compile("共计|合计|总计|总额|整体|全部|总预算|总支出|总收入");
  private static final Pattern REMOVE = Pattern.compile(
      "年初|全年|调整后|调整|调增后|调减后|预算数|预算|决算数|决算|实际|执行数|执行|安排|申报|下达|本年|当年|年度|年末|完成"
          + "|已|累计|共计|合计|总计|总额|共|其中|达到|达|为|约|计|是|的|数额|金额|数|了");
  private static final Pattern PUNCT = Pattern.compile("[\\s\\p{Punct}，。、：；！？“”‘’（）《》【】〔〕—…·\\*#]+");

  /** The key of a label, empty when the label is null or states a change or derived figure. */
  public static Optional<QuantityKey> of(String label, Integer reportYear) {
    if (label == null || label.isBlank()) {
      return Optional.empty();
    }
    String s = label.replaceAll("<[^>]+>", "").replaceAll("\\s+", "");
    if (EXCLUDED.matcher(s).find()) {
      return Optional.empty();
    }
    int year = reportYear == null ? 0 : reportYear;
    Matcher y = YEAR.matcher(s);
    if (y.find()) {
      year = Integer.parseInt(y.group(1));
      s = y.replaceAll("");
    } else if (PRIOR_YEAR.matcher(s).find()) {
      year = year - 1;
      s = PRIOR_YEAR.matcher(s).replaceAll("");
    }
    String count = null;
    Matcher c = COUNT.matcher(s);
    if (c.find()) {
      count = chineseNumber(c.group(1)) + ("项".equals(c.group(2)) ? "项目" : c.group(2));
      s = c.replaceAll("");
    }
    s = FUND_NAMES.matcher(s).replaceAll("$1");
    String measure = measure(s);
    boolean totality = TOTALITY.matcher(s).find();
    String rest = PUNCT.matcher(REMOVE.matcher(s).replaceAll("")).replaceAll("");
    String flow = null;
    if (rest.equals("支出") || rest.equals("收入")) {
      flow = rest;
      rest = "";
    }
    return Optional.of(new QuantityKey(year, measure, flow, count, rest, totality));
  }

  /** A total row of a budget table (全年支出, 合计, 总计, 部门整体支出 ...): the report's whole. */
  public static boolean isTotalLabel(String label) {
    if (label == null) {
      return false;
    }
    String s = PUNCT.matcher(label).replaceAll("").replace("其中", "");
    return !s.isEmpty() && s.matches("(全年|本年|年度)?(支出)?(合计|总计|小计)?|全年支出|支出合计|总支出|部门(单位)?整体支出|整体支出|合计|总计");
  }

  /** The key of a budget-table cell: row label plus the column's measure. */
  public static Optional<QuantityKey> ofRow(String rowLabel, String measure, Integer reportYear) {
    int year = reportYear == null ? 0 : reportYear;
    if (isTotalLabel(rowLabel)) {
      return Optional.of(new QuantityKey(year, measure, null, null, "", true));
    }
    Optional<QuantityKey> k = of(rowLabel, reportYear);
    return k.map(q -> new QuantityKey(q.year, measure, q.flow, q.count, q.subject, q.totality));
  }

  private static String measure(String s) {
    if (s.contains("年初") && (s.contains("预算") || s.contains("安排") || s.contains("申报")
        || s.contains("下达"))) {
      return INITIAL;
    }
    if (s.matches(".*(调整后|调整预算|预算调整|调增后|调减后|全年预算).*")) {
      return FULL_YEAR;
    }
    if (s.matches(".*(决算|实际支出|实际使用|执行数|本年支出|已支出|支出共计|完成支出|累计支出|当年支出).*")) {
      return ACTUAL;
    }
    if (s.contains("预算") || s.contains("安排")) {
      return BUDGET;
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
   * Whether two figures with these keys must agree: same year, flow, count and subject, and the
   * same measure, or an unqualified budget against an initial or full-year budget.
   */
  public boolean sameQuantity(QuantityKey o) {
    if (year != o.year || !java.util.Objects.equals(flow, o.flow)
        || !java.util.Objects.equals(count, o.count) || !subject.equals(o.subject)
        || measure == null || o.measure == null) {
      return false;
    }
    return measure.equals(o.measure);
  }

  /** An unqualified budget ("预算") that may mean either the initial or the full-year budget. */
  public boolean mayBe(QuantityKey o) {
    return BUDGET.equals(measure) && (INITIAL.equals(o.measure) || FULL_YEAR.equals(o.measure))
        && year == o.year && java.util.Objects.equals(flow, o.flow)
        && java.util.Objects.equals(count, o.count) && subject.equals(o.subject);
  }

  /** Readable description for messages: "2022年 年初预算（4项目）". */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(year).append("年 ");
    if (!subject.isEmpty()) {
      sb.append(subject).append(' ');
    }
    if (flow != null) {
      sb.append(flow);
    }
    sb.append(measure);
    if (count != null) {
      sb.append("（").append(count).append("）");
    }
    return sb.toString();
  }
}
