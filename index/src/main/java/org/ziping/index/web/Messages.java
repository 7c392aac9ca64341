package org.ziping.index.web;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The web page's words in the reader's language: Chinese (zh-CN) by default, English with
 * {@code ?lang=en}. Every label of the page goes through {@link #t(String)}; a key missing from
 * a table is a programming error and fails loudly rather than showing the key to a user.
 *
 * <p>Data (unit names, quoted evidence, rule ids) is never translated; only the page's own words
 * and the names of the enumerations it shows (document kinds, severities).
 */
record Messages(Lang lang) {

  /** The two languages of the page. */
  enum Lang {
    ZH("zh-CN"), EN("en");

    final String tag;

    Lang(String tag) {
      this.tag = tag;
    }
  }

  static final Messages ZH = new Messages(Lang.ZH);
  static final Messages EN = new Messages(Lang.EN);

  /** The language a request asks for ({@code lang=en}, else Chinese). */
  static Messages of(Context ctx) {
    return "en".equalsIgnoreCase(ctx.queryParam("lang")) ? EN : ZH;
  }

  String t(String key) {
    String v = (lang == Lang.EN ? EN_WORDS : ZH_WORDS).get(key);
    if (v == null) {
      throw new IllegalArgumentException("no " + lang + " text for " + key);
    }
    return v;
  }

  /** The name of a {@code DocumentKind} JSON value; an unknown value as it is. */
  String kind(String json) {
    if (json == null) {
      return null;
    }
    String v = (lang == Lang.EN ? EN_WORDS : ZH_WORDS).get("kind." + json);
    return v == null ? json : v;
  }

  /** The name of a finding severity; an unknown value as it is. */
  String severity(String s) {
    if (s == null) {
      return "";
    }
    String v = (lang == Lang.EN ? EN_WORDS : ZH_WORDS).get("severity." + s);
    return v == null ? s : v;
  }

  /** A page link in this language: {@code path} plus {@code ?lang=en} when English. */
  String link(String path) {
    return lang == Lang.EN ? path + (path.contains("?") ? "&" : "?") + "lang=en" : path;
  }

  private static final Map<String, String> ZH_WORDS = Map.ofEntries(
      Map.entry("evidence.back", "← 返回报告"),
      Map.entry("evidence.none", "没有这条依据。"),
      Map.entry("evidence.noFile", "原文件不在本机，无法在原文中显示："),
      Map.entry("evidence.notFound", "未能在原文中定位这段引文。"),
      Map.entry("overview.title", "图表概览"),
      Map.entry("overview.back", "← 返回检索结果"),
      Map.entry("overview.scatter", "自评得分与预算执行率"),
      Map.entry("overview.x", "预算执行率 %（核查采用）"),
      Map.entry("overview.y", "自评得分"),
      Map.entry("overview.legend", "每个点为一份报告，点击打开；红色：有错误或警告；空心：执行率仅为填报值。"),
      Map.entry("overview.unplotted", "另有 %d 份报告缺少得分或执行率，未画出。"),
      Map.entry("overview.byRule", "核查发现（按规则）"),
      Map.entry("overview.byRegion", "核查发现（按省份）"),
      Map.entry("overview.byYear", "核查发现（按年度）"),
      Map.entry("overview.byKind", "自评得分分布（按报告类型）"),
      Map.entry("overview.unknown", "不详"),
      Map.entry("app.tagline", "绩效自评报告检索与核查"),
      Map.entry("app.title", "自评报告检索"),
      Map.entry("app.switch", "English"),
      Map.entry("dim.province", "省份"),
      Map.entry("dim.city", "城市"),
      Map.entry("dim.year", "年度"),
      Map.entry("dim.kind", "报告类型"),
      Map.entry("dim.grade", "评价等级"),
      Map.entry("dim.rule", "核查规则"),
      Map.entry("kind.department", "部门整体支出"),
      Map.entry("kind.project", "项目支出"),
      Map.entry("kind.special", "专项资金"),
      Map.entry("kind.budget-disclosure", "预算公开"),
      Map.entry("kind.final-accounts", "决算公开"),
      Map.entry("kind.performance-target", "绩效目标表"),
      Map.entry("kind.template", "模板"),
      Map.entry("kind.other", "其他"),
      Map.entry("severity.error", "错误"),
      Map.entry("severity.warning", "警告"),
      Map.entry("severity.info", "提示"),
      Map.entry("search.placeholder", "养老保险、unit:湛江、score:[95 TO *]"),
      Map.entry("search.button", "检索"),
      Map.entry("search.ranges", "范围筛选"),
      Map.entry("search.score", "自评得分"),
      Map.entry("search.exec", "预算执行率 %"),
      Map.entry("search.budget", "预算（万元）"),
      Map.entry("search.actual", "实际支出（万元）"),
      Map.entry("search.region", "地区"),
      Map.entry("search.allFormats", "各格式分开显示"),
      Map.entry("search.total.before", "共 "),
      Map.entry("search.total.after", " 份报告"),
      Map.entry("search.match", "，匹配"),
      Map.entry("search.export", " · 导出"),
      Map.entry("search.next", "下一页"),
      Map.entry("search.overview", "图表概览"),
      Map.entry("hit.unitUnknown", "（单位不详）"),
      Map.entry("hit.score", "自评得分 "),
      Map.entry("hit.exec", "执行率 "),
      Map.entry("hit.findings", "核查发现："),
      Map.entry("hit.formats", "格式："),
      Map.entry("hit.disagree", "各格式不一致："),
      Map.entry("error.badQuery", "查询语法错误"),
      Map.entry("error.back", "返回"),
      Map.entry("error.notFound", "未找到报告 "),
      Map.entry("report.back", "← 返回检索"),
      Map.entry("report.year", "年度"),
      Map.entry("report.kind", "报告类型"),
      Map.entry("report.region", "地区"),
      Map.entry("report.date", "报告日期"),
      Map.entry("report.budgetCode", "预算编码"),
      Map.entry("report.declared", "自评总分"),
      Map.entry("report.max", "满分"),
      Map.entry("report.itemSum", "各项得分之和"),
      Map.entry("report.grade", "评价等级"),
      Map.entry("report.execAudited", "预算执行率 %（核查采用）"),
      Map.entry("report.execRecomputed", "预算执行率 %（按金额重算）"),
      Map.entry("report.budget", "预算（元）"),
      Map.entry("report.actual", "实际支出（元）"),
      Map.entry("report.source", "来源文件"),
      Map.entry("report.no", " · 第 %d 份报告"),
      Map.entry("report.findings", "核查发现"),
      Map.entry("report.evidenceAt", "位置"),
      Map.entry("report.page", "第 %d 页"),
      Map.entry("report.show", "在原文中查看"),
      Map.entry("report.budgetRows", "预算执行情况"),
      Map.entry("report.indicators", "绩效指标"),
      Map.entry("report.scoreItems", "评分项目"),
      Map.entry("report.amounts", "金额"),
      Map.entry("report.sections", "章节"),
      Map.entry("col.item", "项目"),
      Map.entry("col.initial", "年初预算"),
      Map.entry("col.fullYear", "全年预算"),
      Map.entry("col.actual", "实际支出"),
      Map.entry("col.declaredRate", "填报执行率 %"),
      Map.entry("col.recomputedRate", "重算执行率 %"),
      Map.entry("col.max", "分值"),
      Map.entry("col.score", "得分"),
      Map.entry("col.unit", "单位"),
      Map.entry("col.level1", "一级指标"),
      Map.entry("col.level2", "二级指标"),
      Map.entry("col.level3", "三级指标"),
      Map.entry("col.target", "指标值"),
      Map.entry("col.actualValue", "实际完成值"),
      Map.entry("col.note", "备注"),
      Map.entry("col.no", "序号"),
      Map.entry("col.group", "所属"),
      Map.entry("col.label", "名称"),
      Map.entry("col.value", "数值"),
      Map.entry("col.yuan", "元"),
      Map.entry("col.text", "原文"));

  private static final Map<String, String> EN_WORDS = Map.ofEntries(
      Map.entry("evidence.back", "← back to the report"),
      Map.entry("evidence.none", "No such evidence."),
      Map.entry("evidence.noFile", "The original file is not on this machine:"),
      Map.entry("evidence.notFound", "The quote could not be located in the source."),
      Map.entry("overview.title", "Overview"),
      Map.entry("overview.back", "← back to the results"),
      Map.entry("overview.scatter", "Self-score against execution rate"),
      Map.entry("overview.x", "Execution rate % (as audited)"),
      Map.entry("overview.y", "Declared score"),
      Map.entry("overview.legend", "One dot per report, click to open it; red: has an error or warning finding; hollow: the rate is only declared."),
      Map.entry("overview.unplotted", "%d more report(s) without a score or a rate are not drawn."),
      Map.entry("overview.byRule", "Findings by rule"),
      Map.entry("overview.byRegion", "Findings by province"),
      Map.entry("overview.byYear", "Findings by year"),
      Map.entry("overview.byKind", "Declared scores by kind"),
      Map.entry("overview.unknown", "unknown"),
      Map.entry("app.tagline", "performance self-evaluation reports (绩效自评报告)"),
      Map.entry("app.title", "ziping search"),
      Map.entry("app.switch", "中文"),
      Map.entry("dim.province", "Province"),
      Map.entry("dim.city", "City"),
      Map.entry("dim.year", "Year"),
      Map.entry("dim.kind", "Kind"),
      Map.entry("dim.grade", "Grade"),
      Map.entry("dim.rule", "Finding rule"),
      Map.entry("kind.department", "department (部门整体支出)"),
      Map.entry("kind.project", "project (项目支出)"),
      Map.entry("kind.special", "special funds (专项资金)"),
      Map.entry("kind.budget-disclosure", "budget disclosure (预算公开)"),
      Map.entry("kind.final-accounts", "final accounts (决算公开)"),
      Map.entry("kind.performance-target", "performance targets (绩效目标表)"),
      Map.entry("kind.template", "template (模板)"),
      Map.entry("kind.other", "other"),
      Map.entry("severity.error", "error"),
      Map.entry("severity.warning", "warning"),
      Map.entry("severity.info", "info"),
      Map.entry("search.placeholder", "养老保险, unit:湛江, score:[95 TO *]"),
      Map.entry("search.button", "Search"),
      Map.entry("search.ranges", "Ranges"),
      Map.entry("search.score", "Score"),
      Map.entry("search.exec", "Execution rate %"),
      Map.entry("search.budget", "Budget 万元"),
      Map.entry("search.actual", "Actual 万元"),
      Map.entry("search.region", "Region"),
      Map.entry("search.allFormats", "show each format"),
      Map.entry("search.total.before", ""),
      Map.entry("search.total.after", " report(s)"),
      Map.entry("search.match", " match"),
      Map.entry("search.export", " · export"),
      Map.entry("search.next", "next page"),
      Map.entry("search.overview", "charts"),
      Map.entry("hit.unitUnknown", "(unit unknown)"),
      Map.entry("hit.score", "score "),
      Map.entry("hit.exec", "execution "),
      Map.entry("hit.findings", "findings: "),
      Map.entry("hit.formats", "formats: "),
      Map.entry("hit.disagree", "formats disagree: "),
      Map.entry("error.badQuery", "Bad query"),
      Map.entry("error.back", "back"),
      Map.entry("error.notFound", "No report "),
      Map.entry("report.back", "← search"),
      Map.entry("report.year", "Year"),
      Map.entry("report.kind", "Kind"),
      Map.entry("report.region", "Region"),
      Map.entry("report.date", "Report date"),
      Map.entry("report.budgetCode", "Budget code"),
      Map.entry("report.declared", "Declared total score"),
      Map.entry("report.max", "Maximum"),
      Map.entry("report.itemSum", "Sum of item scores"),
      Map.entry("report.grade", "Grade"),
      Map.entry("report.execAudited", "Execution rate % (overall, as audited)"),
      Map.entry("report.execRecomputed", "Execution rate % (recomputed)"),
      Map.entry("report.budget", "Budget (元)"),
      Map.entry("report.actual", "Actual spending (元)"),
      Map.entry("report.source", "Source"),
      Map.entry("report.no", " · report %d"),
      Map.entry("report.findings", "Findings"),
      Map.entry("report.evidenceAt", "at"),
      Map.entry("report.page", "p. %d"),
      Map.entry("report.show", "show in the source"),
      Map.entry("report.budgetRows", "Budget"),
      Map.entry("report.indicators", "Indicators"),
      Map.entry("report.scoreItems", "Score items"),
      Map.entry("report.amounts", "Amounts"),
      Map.entry("report.sections", "Sections"),
      Map.entry("col.item", "Item"),
      Map.entry("col.initial", "Initial budget"),
      Map.entry("col.fullYear", "Full-year budget"),
      Map.entry("col.actual", "Actual"),
      Map.entry("col.declaredRate", "Declared rate %"),
      Map.entry("col.recomputedRate", "Recomputed rate %"),
      Map.entry("col.max", "Max"),
      Map.entry("col.score", "Score"),
      Map.entry("col.unit", "Unit"),
      Map.entry("col.level1", "Level 1"),
      Map.entry("col.level2", "Level 2"),
      Map.entry("col.level3", "Level 3"),
      Map.entry("col.target", "Target"),
      Map.entry("col.actualValue", "Actual"),
      Map.entry("col.note", "Note"),
      Map.entry("col.no", "No."),
      Map.entry("col.group", "Group"),
      Map.entry("col.label", "Label"),
      Map.entry("col.value", "Value"),
      Map.entry("col.yuan", "元"),
      Map.entry("col.text", "Quoted text"));
}
