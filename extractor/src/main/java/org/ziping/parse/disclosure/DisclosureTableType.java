package org.ziping.parse.disclosure;

import java.util.regex.Pattern;
import org.ziping.report.JsonEnum;

/**
 * The standard tables of the 2015-onward budget and final-accounts disclosure format (部门预算/决算
 * 公开), recognised by the words of their caption. Order matters: the first type whose pattern
 * finds the caption wins (财政拨款收支总表 before 收支总表, 基本支出 before 一般公共预算支出). The JSON
 * name ({@code DisclosureTable.type}) is the constant's ({@link JsonEnum}): {@code three-public},
 * {@code operating-costs}, …
 */
public enum DisclosureTableType implements JsonEnum {
  /** “三公”经费（和机关运行经费）表. */
  THREE_PUBLIC("三公"),
  /** 机关运行经费（支出预算）表 (a table of its own; the “三公” table that also names it is THREE_PUBLIC). */
  OPERATING_COSTS("机关运行经费.{0,12}表"),
  /** 政府性基金预算（财政拨款）支出表, 收入支出决算表 (before the summary and income types, whose words it shares). */
  GOVERNMENT_FUND("政府性基金.{0,16}表"),
  /** 国有资本经营预算（财政拨款）支出表, 收入支出决算表 (before the summary and income types, whose words it shares). */
  STATE_CAPITAL("国有资本经营.{0,16}表"),
  /** 财政拨款收支（预算/决算）总表. */
  FISCAL_SUMMARY("财政拨款收(入)?支(出)?.{0,6}总表"),
  /** 收支（预算/决算）总表, 财务收支预算总表. */
  INCOME_EXPENDITURE_SUMMARY("收(入)?支(出)?.{0,6}总表"),
  /** 收入（预算/决算）总表, 收入决算表. */
  INCOME("收入.{0,4}(总表|预算表|决算表)"),
  /** 一般公共预算（财政拨款）基本支出表, 财政拨款基本支出表. */
  BASIC_EXPENDITURE("基本支出.{0,16}表"),
  /** 一般公共预算（财政拨款）支出表（功能分类）. */
  GENERAL_PUBLIC_EXPENDITURE("一般公共预算.{0,8}支出.{0,12}表"),
  /** 财政拨款支出（预算）表（功能科目）. */
  FISCAL_EXPENDITURE("财政拨款支出.{0,12}表"),
  /** 支出（预算/决算）总表, 支出决算表. */
  EXPENDITURE("支出.{0,4}(总表|预算表|决算表)");

  private final Pattern caption;

  DisclosureTableType(String caption) {
    this.caption = Pattern.compile(caption);
  }

  /** Tables published beside the standard ones that share their words: not typed. */
  private static final Pattern NOT_STANDARD = Pattern.compile("政府采购|绩效目标|项目.{0,4}绩效|购买服务");

  /** The type whose caption words the text holds, or null. */
  public static DisclosureTableType ofCaption(String caption) {
    String s = caption.replaceAll("\\s+", "").replace('“', '"').replace('”', '"');
    if (NOT_STANDARD.matcher(s).find()) {
      return null;
    }
    for (DisclosureTableType t : values()) {
      if (t.caption.matcher(s).find()) {
        return t;
      }
    }
    return null;
  }

  /** The type of a JSON name, or null. */
  public static DisclosureTableType fromJson(String json) {
    return JsonEnum.fromJson(DisclosureTableType.class, json);
  }
}
