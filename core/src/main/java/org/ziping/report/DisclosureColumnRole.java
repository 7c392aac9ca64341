package org.ziping.report;

import java.util.regex.Pattern;

/**
 * What a column of a disclosure table holds, from the words of its header (the most specific
 * header cell first, then the cells above it). {@link #isStandardPart()} marks the parts whose sum
 * the standard format defines (基本支出 + 项目支出, 人员经费 + 公用经费, the sources of income, the
 * three “三公” items, 购置 + 运行).
 */
public enum DisclosureColumnRole {
  ROW_NUMBER("row-number", "行次|栏次|序号"),
  CODE("code", "编码|代码|^类$|^款$|^项$"),
  TOTAL("total", "(合计|小计|总计)$"),
  BASIC("basic", "基本支出"),
  PROJECT("project", "项目支出"),
  PERSONNEL("personnel", "人员经费"),
  PUBLIC_FUNDS("public-funds", "公用经费"),
  OUTBOUND("outbound", "因公出国"),
  RECEPTION("reception", "公务接待"),
  OPERATING_COSTS("operating-costs", "机关运行经费"),
  VEHICLE("vehicle", "购置及运行|购置和运行|购置与运行"),
  VEHICLE_PURCHASE("vehicle-purchase", "购置费?$"),
  VEHICLE_RUNNING("vehicle-running", "运行(维护|维持)?费?$"),
  MEETING("meeting", "会议费"),
  TRAINING("training", "培训费"),
  GENERAL_PUBLIC("general-public", "一般公共预算"),
  GOVERNMENT_FUND("government-fund", "政府性基金"),
  STATE_CAPITAL("state-capital", "国有资本经营"),
  FISCAL("fiscal", "财政拨款"),
  SUPERIOR_GRANT("superior-grant", "上级补助"),
  BUSINESS_INCOME("business-income", "事业收入"),
  OPERATING_INCOME("operating-income", "经营收入"),
  AFFILIATED("affiliated", "附属单位"),
  OTHER_INCOME("other-income", "其他收入"),
  CARRY_OVER("carry-over", "结转|结余"),
  AMOUNT("amount", "金额|预算数|决算数|数额|^预算$|^决算$"),
  OTHER("other", "");

  private final String json;
  private final Pattern words;

  DisclosureColumnRole(String json, String words) {
    this.json = json;
    this.words = words.isEmpty() ? null : Pattern.compile(words);
  }

  public String json() {
    return json;
  }

  /** The role of a header, read from its most specific cell (the last), then the whole path. */
  public static DisclosureColumnRole of(String leaf, String path) {
    String l = leaf == null ? "" : leaf.replaceAll("\\s+", "");
    for (DisclosureColumnRole r : values()) {
      if (r.words != null && r.words.matcher(l).find()) {
        return r;
      }
    }
    String p = path == null ? "" : path.replaceAll("\\s+", "");
    for (DisclosureColumnRole r : values()) {
      if (r != TOTAL && r.words != null && r.words.matcher(p).find()) {
        return r;
      }
    }
    return OTHER;
  }

  public static DisclosureColumnRole fromJson(String json) {
    for (DisclosureColumnRole r : values()) {
      if (r.json.equals(json)) {
        return r;
      }
    }
    return OTHER;
  }

  /** A part of a total the standard format defines. */
  public boolean isStandardPart() {
    return switch (this) {
      case BASIC, PROJECT, PERSONNEL, PUBLIC_FUNDS, OUTBOUND, RECEPTION, VEHICLE_PURCHASE, MEETING,
          TRAINING,
          VEHICLE_RUNNING, VEHICLE, GENERAL_PUBLIC, GOVERNMENT_FUND, STATE_CAPITAL, FISCAL,
          SUPERIOR_GRANT, BUSINESS_INCOME, OPERATING_INCOME, AFFILIATED, OTHER_INCOME -> true;
      default -> false;
    };
  }
}
