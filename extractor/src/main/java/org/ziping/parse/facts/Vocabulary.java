package org.ziping.parse.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label vocabulary of the typed facts, in one place: a table of named word lists, each
 * constant carrying its pattern. Which words name a budget measure, a change or derived figure, a
 * comparison (a target, not a statement), a totality, the words that are not part of a subject,
 * the generic words of rate labels, the execution-rate words and the phrase that moves points from
 * one scored item to another, and the words the sentence readers of {@code parse/figures} use to
 * tell budget, spending and change figures apart. {@link LabelKey}, {@link PercentKey},
 * {@link FactExtractor} and {@link OverallExecution} read labels only through these.
 *
 * <p>Data source: the wording of published self-evaluation reports, budget and final-accounts
 * disclosures and target forms (see {@code docs/facts.md}). Limit: words, not grammar; a label
 * that uses a synonym not listed here gets no key and is never compared.
 */
public enum Vocabulary {
  /** A label that states a change, a derived figure, a balance or an average: never a statement of a budget or spending. */
  DERIVED("比上年|较上年|比去年|同比|比年初|与年初|对比|增加|减少|增长|下降|增幅|减幅|降幅|结余|结转|节约|差额|超支|缺口"
      + "|平均|人均|月均|每人|每月|每年|标准|占|余额|折旧|净值|原值|单价"),
  /** A label that states a bound (a target or a ceiling), not a figure: 不超过, 控制在, 小于 … */
  BOUND("不超过|不高于|不低于|不少于|不大于|不小于|小于|大于|低于|高于|超过|以内|以下|以上|控制在|≤|≥|<|>|＜|＞"),
  /** A year written at the figure. */
  YEAR("(\\d{4})\\s*年度?"),
  /** The previous year. */
  PRIOR_YEAR("上年度?|上一年度?|去年"),
  /** A count qualifier: 4个项目, 三项. */
  COUNT("([0-9]+|[一二两三四五六七八九十]+)\\s*个?(项目|个单位|家单位|项)"),
  /** Fund names that contain 预算 without naming a budget measure. */
  FUND_NAMES("(一般公共|政府性基金|国有资本经营|社会保险基金)预算"),
  /** Words that make a label speak of the report's whole. */
  TOTALITY("共计|合计|总计|总额|整体|全部|总预算|总支出|总收入"),
  /**
   * What is left of a label that speaks of a project without naming it (项目总预算, 本项目预算): in
   * a document with many projects (a budget disclosure's 项目绩效目标表 pages) each section's
   * "项目总预算" is another project's, so such a label identifies no object.
   */
  UNNAMED_PROJECT("(本|该|此)?项目总?"),
  /**
   * Measure and filler words removed from a label, wherever they stand, to leave its subject. The
   * single characters here are grammatical only (已, 的, 了); those that are also part of subject
   * words (共 of 公共, 数 of 数据, 计 of 计划/审计) are {@link #TRAILING_FILLER}.
   */
  NOT_SUBJECT("实际支出数|实际支出|本年支出|当年支出|已支出"
      + "|年初|全年|调整后|调整|调增后|调减后|预算数|预算|决算数|决算|实际|执行数|执行|安排|申报|下达|本年|当年|年度|年末|完成"
      + "|已|累计|共计|合计|总计|总额|其中|达到|的|数额|金额|了"),
  /**
   * Filler characters that stand before the number, so at the end of a label ("资金共120万元",
   * "到位数达98%", "约50万元", "支出数为"), removed there only: inside a label they belong to its
   * words (一般公共服务支出, 数据中心, 行为, 节约). 计 alone is never removed (会计, 审计, 统计).
   */
  TRAILING_FILLER("(?:(?<!公)共|数|达|(?<![节制])约|(?<![行作])为|是)+$"),
  /** Punctuation and markup dropped from labels. */
  PUNCT("[\\s\\p{Punct}，。、：；！？“”‘’（）《》【】〔〕—…·\\*#]+"),
  /** A unit note of a column header: (万元), （元）. */
  UNIT_NOTE("[（(]\\s*(万元|亿元|千元|元)\\s*[）)]"),
  /** Markup tags. */
  TAG("<[^>]+>"),
  /** A full-year (adjusted) budget. */
  FULL_YEAR_BUDGET("调整后|调整预算|预算调整|调增后|调减后|全年预算"),
  /** Actual spending. */
  ACTUAL("决算|实际支出|实际使用|执行数|本年支出|已支出|支出共计|完成支出|累计支出|当年支出"),
  /** The label of a total row: the report's whole (全年支出, 合计, 部门整体支出 …). */
  TOTAL_ROW("(全年|本年|年度)?(支出)?(合计|总计|小计)?|全年支出|支出合计|总支出|部门(单位)?整体支出|整体支出|合计|总计"),
  /** An execution-rate label. */
  EXEC_RATE("执行率|支出率"),
  /** A rate label that speaks of the report's whole. */
  OVERALL_RATE("综合|整体|总体|部门|全年|合计"),
  /** A percentage label that states a change or a share: not comparable as a level. */
  CHANGE_OR_SHARE("增长|下降|增幅|减幅|降幅|提高|降低|比上年|同比|较上年|占|增加|减少"),
  /** Generic words of rate labels: what is left without them must still name a subject. */
  GENERIC_RATE_WORDS("执行率|完成率|使用率|支出率|发放率|覆盖率|参保率|续保率|缴费率|到位率|增长率|满意度|知晓率|合格率|准确率|达标率"
      + "|完成比例|比例|比率|率|预算|资金|项目|综合|整体|总体|部门|年度|全年|本年|当年|目标|指标|绩效|工作|计划|任务|实际|完成值"),
  /** Points moved from one item to another: "3分分值调整至“部门预算资金支出率”". */
  MOVED_POINTS("(?:([0-9]+(?:\\.[0-9]+)?)\\s*分\\s*)?(?:的)?分值\\s*(?:调整至|调整到|调至|并入|转入|划入|计入)\\s*"
      + "[“\"「『《]?([^”\"」』》，。；;,（）()\\s]+)"),
  /** A figure that is not a sum of parts: a unit price, an average, a standard or a threshold. */
  NOT_A_TOTAL("单价|平均|人均|标准|以上|以下|不超过|不低于"),
  /** Read by {@code parse/figures/Measures.java}. */
  SENTENCE_DELTA_END("(增加|减少|(?<!稳)增长|下降|上升|降低|节约|节省|超支|(?<!稳)增|减|多|少)(了)?$"),
  /** Read by {@code parse/figures/Measures.java}. */
  SENTENCE_DELTA_ANY("(比|较|与)(上年|去年|上一年|上年度|年初|预算|同期)|同比|环比"),
  /** Read by {@code parse/figures/Measures.java}. */
  SENTENCE_FULL_YEAR("(调整后共?安排|全年预算|调整预算|调整后预算|调整后|调整|可用)"),
  /** Read by {@code parse/figures/Measures.java}. */
  SENTENCE_INITIAL("(年初|预算|安排)"),
  /** Read by {@code parse/figures/Measures.java}. */
  SENTENCE_ACTUAL("(实际支出|本年支出|当年支出|全年支出|已支出|支出决算|决算|执行数|实际使用|已使用|支出数|实际(?!下达|到位|拨付|安排))"),
  /** Read by {@code parse/figures/ProseBudgetFinder.java}. */
  SENTENCE_COLUMN_WORD("年初|全年预算|调整|预算|决算|实际|本年支出|当年支出|已支出|执行数|可用"),
  /** Read by {@code parse/figures/RatioFinder.java}. */
  RATIO_CHANGE("增长|下降|增幅|减幅|降幅|上升|降低|增加|减少|提高"),
  /** Read by {@code parse/figures/RatioFinder.java}. */
  RATIO_UP("增|上升|提高|多"),
  /**
   * Two single characters joined by 、 into one word, not a list: 收、支 (收支, income and
   * expenditure: "财政拨款收、支总预算" states one total). The only such contraction in the 24
   * published budget disclosures studied (14 times); every other 、 between two single characters
   * there separates the items of a list (收入、支出). A prose clause does not end at its 、.
   */
  JOINED_BY_ENUMERATION_COMMA("收、支"),
  /**
   * A clause of a 其中 run that states spending. Read by {@code parse/figures/BreakdownGrammar.java}:
   * a part of another measure than its total's ends the run of parts.
   */
  BREAKDOWN_SPENDING("实际支出|已支出|已使用|实际使用|已拨付|完成拨付|已支付|实际支付|执行数|决算"),
  /** A clause of a 其中 run that states a budget. Read by {@code parse/figures/BreakdownGrammar.java}. */
  BREAKDOWN_BUDGET("年初预算|调整预算|全年预算|预算数"),
  /**
   * A clause of a 其中 run that states funds received ("展厅运维经费到位120万元"), a measure of its
   * own between the budget and the spending: "实际支出390.18万元，其中A到位120万元，支出118.6万元；
   * B到位292.5万元，支出271.58万元" lists two measures per item. Read by
   * {@code parse/figures/BreakdownGrammar.java}.
   */
  BREAKDOWN_RECEIVED("到位|到账|拨入|收到");

  /** The subject name of the report's whole. */
  public static final String WHOLE = "整体";

  private final Pattern pattern;

  Vocabulary(String regex) {
    this.pattern = Pattern.compile(regex);
  }

  /** The word list as a pattern. */
  public Pattern pattern() {
    return pattern;
  }

  /** A matcher of the word list over {@code text}. */
  public Matcher matcher(CharSequence text) {
    return pattern.matcher(text);
  }
}
