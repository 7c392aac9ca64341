package org.ziping.report;

import java.util.regex.Pattern;

/**
 * What a column of a disclosure table holds, from the words of its header (the most specific
 * header cell first, then the cells above it). {@link #isStandardPart()} marks the parts whose sum
 * the standard format defines (基本支出 + 项目支出, 人员经费 + 公用经费, the sources of income, the
 * three “三公” items, 购置 + 运行). The JSON name ({@code DisclosureColumn.role}) is the constant's
 * ({@link JsonEnum}): {@code row-number}, {@code code}, {@code total}, …
 */
public enum DisclosureColumnRole implements JsonEnum {
  ROW_NUMBER("行次|栏次|序号"),
  CODE("编码|代码|^类$|^款$|^项$"),
  TOTAL("(合计|小计|总计)$"),
  BASIC("基本支出"),
  PROJECT("项目支出"),
  PERSONNEL("人员经费"),
  PUBLIC_FUNDS("公用经费"),
  OUTBOUND("因公出国"),
  RECEPTION("公务接待"),
  OPERATING_COSTS("机关运行经费"),
  VEHICLE("购置及运行|购置和运行|购置与运行"),
  VEHICLE_PURCHASE("购置费?$"),
  VEHICLE_RUNNING("运行(维护|维持)?费?$"),
  MEETING("会议费"),
  TRAINING("培训费"),
  GENERAL_PUBLIC("一般公共预算"),
  GOVERNMENT_FUND("政府性基金"),
  STATE_CAPITAL("国有资本经营"),
  FISCAL("财政拨款"),
  SUPERIOR_GRANT("上级补助"),
  BUSINESS_INCOME("事业收入"),
  OPERATING_INCOME("经营收入"),
  AFFILIATED("附属单位"),
  OTHER_INCOME("其他收入"),
  CARRY_OVER("结转|结余"),
  AMOUNT("金额|预算数|决算数|数额|^预算$|^决算$"),
  OTHER("");

  private final Pattern words;

  DisclosureColumnRole(String words) {
    this.words = words.isEmpty() ? null : Pattern.compile(words);
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

  /** The role of a JSON name; {@link #OTHER} for null or a name this version does not know. */
  public static DisclosureColumnRole fromJson(String json) {
    DisclosureColumnRole r = JsonEnum.fromJson(DisclosureColumnRole.class, json);
    return r == null ? OTHER : r;
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
