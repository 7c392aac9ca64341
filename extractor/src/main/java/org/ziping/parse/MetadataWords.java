package org.ziping.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and written forms {@link MetadataParser} reads report metadata by, in one place: a
 * table of named patterns, each constant carrying its pattern. The labels of the unit, department,
 * date, year and budget-code fields (in prose and as table label cells), dates and years in digits
 * and in Chinese numerals, organisation names with their place prefixes, a page's site greeting and
 * breadcrumb, the verbs that follow a report's subject in its opening sentences, a signature line,
 * and the words that end the reporting body's name in a title.
 *
 * <p>Data source: the wording of published self-evaluation reports, their forms and the pages they
 * are published on. Limit: words, not grammar; a label written with a synonym not listed here is
 * not read as that field.
 */
enum MetadataWords {
  /** A labelled unit field in prose or a cell: 单位名称：…, 评价单位：…, 部门：… (the name is group 1). */
  UNIT_FIELD("(?:部门\\s*[(（]?\\s*单位\\s*[)）]?\\s*名\\s*称|单\\s*位\\s*名\\s*称|评价单位|项目实施单位|填报单位|"
      + "实施单位|预算单位|申请单位|自评单位|项目单位|(?<![\\u4e00-\\u9fa5])部\\s*门)\\s*(?:[(（][^)）]{0,6}[)）])?\\s*[:：]\\s*"
      + "([^\\s:：，。,]{3,40})"),
  /** A table cell that labels the unit, its value in the next cell: 单位名称, 项目实施单位（盖章）. */
  UNIT_LABEL_CELL("(部门[(（]?单位[)）]?名称|单位名称|项目实施单位|评价单位|实施单位|预算单位|填报单位|申请单位|自评单位|项目单位|资金使用单位|部门名称)(?:[(（](?:盖章|公章|签章)[)）])?"),
  /** The supervising department's field: 预算主管部门：… (the name is group 1). */
  DEPARTMENT_FIELD("(?:预算主管部门|一级预算单位)\\s*[:：]\\s*([^\\s:：，。,]{3,40})"),
  /** A table cell that labels the supervising department. */
  DEPARTMENT_LABEL_CELL("(预算主管部门|一级预算单位)"),
  /** Spaces and colons around a label cell's words. */
  LABEL_NOISE("[\\s:：]+"),
  /** A date written 2024-03-05. */
  ISO_DATE("(20\\d{2})-(\\d{1,2})-(\\d{1,2})"),
  /** A form's year line under its title: "（2022年度）". */
  YEAR_LINE("^[(（]?\\s*(20\\d{2})\\s*年度\\s*[)）]?$"),
  /** A target declaration's year: 2024年度申报预算. */
  DECLARED_YEAR("(20\\d{2})\\s*年(?:度)?(?:年度)?申报预算"),
  /** A date written 2024年3月5日, or a year and month. */
  DATE("(20\\d{2})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?"),
  /** A labelled date: 报告日期 / 填报日期 / 报送日期 / 日期：… (the date is group 1). */
  DATE_FIELD("(?:报告日期|填报日期|报送日期|日\\s*期)\\s*[:：]\\s*(20\\d{2}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)"),
  /** A labelled year: 评价年度 / 预算年度 …：2024. */
  YEAR_FIELD("(?:评价年度|自评年度|考核年度|所属年度|预算年度|申报年度)\\s*[:：]\\s*(20\\d{2})"),
  /** A year: 2024年. */
  YEAR("(20\\d{2})\\s*年"),
  /** A labelled budget or unit code: 预算编码：…, 单位代码：…. */
  CODE("(?:预\\s*算\\s*编\\s*码|预\\s*算\\s*代\\s*码|单\\s*位\\s*编\\s*码|单\\s*位\\s*代\\s*码)\\s*[:：]\\s*(\\d{3,})"),
  /**
   * An organisation name: optional province or city and county prefixes (group 1), then a name
   * ending in an institution suffix (group 2).
   */
  ORG("((?:[\\u4e00-\\u9fa5]{2,8}?(?:省|自治区|市|州|盟|地区))?(?:[\\u4e00-\\u9fa5]{1,8}?(?:市|县|区|旗))?)"
      + "([\\u4e00-\\u9fa5]{2,16}?(?:服务中心|管理中心|中心|管理局|保险局|事务局|局|站|处|所|院))"),
  /** A name that ends in an administrative-area word (a place, not a body). */
  PLACE_END(".*(省|自治区|市|州|盟|县|区|旗)$"),
  /** A site's greeting line: 欢迎来到某县政协网站！ */
  SITE_NAME("欢迎(?:来到|访问)(.{3,30}?)(?:门户)?(?:网站|官网|网)"),
  /** A breadcrumb line: 首页 >> … >> …. */
  BREADCRUMB("(?:首页|当前位置|您的位置|现在的位置).*(?:>|»|›)"),
  /** The separator between a breadcrumb's steps. */
  CRUMB_SEPARATOR("\\s*(?:>>|>|»|›)\\s*"),
  /** The words that follow a report's subject in its opening sentences: …厅是…, …局内设…. */
  SUBJECT_VERB("是|为|系|作为|主要职[能责]|的主要职|的职能|职能|内设|下设|设有|现有|共有|核定|负责|成立于|属于|隶属|承担"
      + "|位于|于(?:19|20)|机关(?:行政)?编制|编制"),
  /** A list number or a leading "2024年，" before a sentence's subject. */
  SENTENCE_START("^[\\s（(]*(?:[一二三四五六七八九十]+|\\d{1,2})[)）、.．]\\s*|^(?:20\\d{2}\\s*年度?[，,]\\s*)"),
  /** A trailing alias in brackets: （以下简称县人社局）. */
  ALIAS("[(（](?:以下简称|下称|简称)[^)）]*[)）]$"),
  /** A pronoun and an institution word: 我中心, 本局, 该单位 (not a name). */
  PRONOUN_NAME("[我本该其此各][\\u4e00-\\u9fa5]{1,3}"),
  /** A name and its date on one line: "某县民政局 2024年3月5日". */
  SIGNED_LINE("(\\S{3,40}?)\\s+20\\d{2}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?"),
  /** An administrative area's name: 临沂市兰山区. */
  AREA_NAME("[\\u4e00-\\u9fa5]{1,16}(?:省|自治区|市|州|盟|县|区|旗)"),
  /** Where the name in a title ends: its year or the words naming the report. */
  TITLE_CUT("20\\d{2}年|部门整体|单位整体|整体支出|项目支出|专项资金|专项经费|部门预算|单位预算|部门决算|单位决算|预算公开|决算公开"
      + "|关于|绩效|预算|决算|区级|市级|省级|县级"),
  /** Words after a name in a title that make it the object of a project, not the reporting body. */
  PROJECT_AFTER("提升|改造|建设|新建|扩建|维修|修缮|项目|工程|运维|运行|购置"),
  /** The end of a sentence or line, for body votes. */
  SENTENCE_END("[。；\\n]"),
  /** The 20XX年度 of a report's opening. */
  OPENING_YEAR("(20\\d{2})\\s*年度"),
  /** 二〇二三年, also with the letter O for 〇 (二O二二年, as typed on some pages). */
  CN_YEAR("二[〇零OＯ][〇零OＯ一二三四五六七八九]{2}(?=\\s*年)");

  private final Pattern pattern;

  MetadataWords(String regex) {
    this.pattern = Pattern.compile(regex);
  }

  /** The words as a pattern. */
  Pattern pattern() {
    return pattern;
  }

  /** A matcher of the words over {@code text}. */
  Matcher matcher(CharSequence text) {
    return pattern.matcher(text);
  }
}
