package org.ziping.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.ziping.report.Location;
import org.ziping.report.UnitEvidence;

/**
 * The unit and the year of a report as one explained decision: every candidate with its source,
 * the one that won and why, the others and why they lost ({@link UnitEvidence}, the report's
 * {@code unitEvidence}).
 *
 * <p>Unit. The candidates come in this order of trust: the department's labelled fields
 * (预算主管部门, 一级预算单位), the other labelled fields (单位名称, 填报单位, 评价单位, 项目单位 …),
 * the title's organisation (the text before its year or report words, after a leading 关于), the
 * page header (the page's 标题 field, an organisation line above the title), the subject of the
 * body's first sentences (…厅是…, …局内设…), the page's 发文机构 and 来源, the name signed above the
 * date at the end, the unit of the previous report of the same file, the organisation the body names
 * most often, and last an administrative area the title names as the reporting body
 * (临沂市兰山区2023年度…, when no organisation is named anywhere). The first candidate that no rule rejects wins. Two rules reject:
 * <ul>
 *   <li>an internal division (…处, …科, …室, …股 without a place, or 厅规划财务处 — the department's
 *       abbreviation and a division) is the office that filled the form, not the reporting body,
 *       unless the title names it (the division's own report);</li>
 *   <li>a finance body or a government office as 发文机构 or 来源 (…财政局, …财政厅, …人民政府办公室)
 *       is the publisher of a collection of other departments' reports when a later candidate
 *       (signature, the body, the title's area) names another body: that one wins.</li>
 * </ul>
 *
 * <p>Year. Candidates in order: a 评价年度 / 预算年度 field, the title's first 20XX年, the page's 标题
 * field, a form's year line (（2022年度）), the 20XX年度 of the body's opening sentences, a 20XX年申报预算
 * statement, the year the body names most often (years inside 《》 and document numbers left out).
 * The first one wins; Chinese-numeral years (二〇二三年) are read as digits.
 *
 * <p>Limits: the rules see names, not the organisation chart: a division whose name carries a place
 * (某市财政局预算科) is not recognised as internal; a finance bureau's own report published without
 * a title naming it, and with a body naming other bodies more often, goes to the other body.
 */
final class UnitResolution {
  private UnitResolution() {}

  /** Where a candidate stands. */
  enum Source {
    DEPARTMENT_FIELD("department-field"), FIELD("field"), TITLE("title"), HEADER("header"),
    YEAR_LINE("year-line"), OPENING("opening"), PUBLISHER("publisher"), PAGE_SOURCE("page-source"),
    SIGNATURE("signature"), INHERITED("inherited"), TITLE_AREA("title-area"),
    DECLARED("declared"), BODY("body");

    final String json;

    Source(String json) {
      this.json = json;
    }
  }

  /** One candidate: its source, the value it gives, the text it stands in, where. */
  record Candidate(Source source, String value, String text, Location location) {}

  /** The decision: the value (or null) and the evidence of every candidate. */
  record Decision(String value, List<UnitEvidence> evidence) {}

  /** Internal divisions: a division word without a place, or the department's abbreviation first. */
  private static final Pattern DIVISION = Pattern.compile(
      "(?:[厅局委院部办]|本厅|本局|本委|机关)?[\\u4e00-\\u9fa5]{1,10}(?:处|科|室|股)");
  private static final Pattern PLACE = Pattern.compile("省|自治区|市|州|盟|县|区|旗|镇|乡|街道");
  private static final Pattern FINANCE = Pattern.compile(
      "财政(?:局|厅|委|部|所|分局)|人民政府办公室|政府办公室|人民政府办公厅|政府办公厅");
  /** An organisation followed by one of its divisions: …林业和草原局资源管理科, …厅规划财务处. */
  private static final Pattern ORG_DIVISION = Pattern.compile(
      ".*(?:局|厅|委员会|中心|院)[\\u4e00-\\u9fa5]{2,8}(?:科|股|处|(?<!办公)室)");

  /**
   * True for the name of a division inside a department: a division word without a place
   * (规划财务处, 厅规划财务处, 财务室), or an organisation's name followed by a division
   * (…林业和草原局资源管理科).
   */
  static boolean internalDivision(String name) {
    if (name == null) {
      return false;
    }
    if (ORG_DIVISION.matcher(name).matches()) {
      return true;
    }
    return DIVISION.matcher(name).matches() && !PLACE.matcher(name).find();
  }

  static boolean finance(String name) {
    return name != null && FINANCE.matcher(name).find();
  }

  /**
   * Decides the unit.
   *
   * @param ordered the candidates in the order of trust (without the body's)
   * @param title   the report's title (a division it names is the report's own)
   * @param body    the body vote, computed only when needed (it segments text with HanLP)
   */
  static Decision unit(List<Candidate> ordered, String title, Supplier<Candidate> body) {
    List<Candidate> all = new ArrayList<>(ordered);
    int bodyAt = all.size();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).source() == Source.TITLE_AREA) {
        bodyAt = i;
        break;
      }
    }
    boolean bodyDone = false;
    List<String> reasons = new ArrayList<>();
    int winner = -1;
    for (int i = 0; winner < 0; i++) {
      if (i == bodyAt && !bodyDone) {
        bodyDone = addBody(all, bodyAt, body);
      }
      if (i >= all.size()) {
        break;
      }
      Candidate c = all.get(i);
      String why = null;
      if (internalDivision(c.value()) && !titleNames(title, c.value())) {
        why = "rejected: an internal division (处/科/室/股) of the department, not the body the report"
            + " is about";
      } else if ((c.source() == Source.PUBLISHER || c.source() == Source.PAGE_SOURCE)
          && finance(c.value())) {
        if (!bodyDone) {
          bodyDone = addBody(all, bodyAt, body);
        }
        Candidate other = laterOther(all, i, c.value());
        if (other != null) {
          why = "rejected: a finance body publishing the page (publisher of a collection); "
              + other.source().json + " names " + other.value();
        }
      }
      reasons.add(why);
      if (why == null) {
        winner = i;
      }
    }
    List<UnitEvidence> evidence = new ArrayList<>();
    String value = winner < 0 ? null : all.get(winner).value();
    for (int i = 0; i < all.size(); i++) {
      Candidate c = all.get(i);
      String why;
      if (i == winner) {
        why = "chosen: " + trust(c.source(), false) + (i == 0 ? ""
            : "; every candidate above it was rejected");
      } else if (i < reasons.size() && reasons.get(i) != null) {
        why = reasons.get(i);
      } else if (c.value().equals(value)) {
        why = "agrees with the chosen " + all.get(winner).source().json;
      } else {
        why = "outranked by " + all.get(winner).source().json;
      }
      evidence.add(new UnitEvidence("unit", c.source().json, c.value(), c.text(), c.location(),
          i == winner, why));
    }
    return new Decision(value, evidence);
  }

  /** Decides the year: the first candidate, in the order of trust. */
  static Decision year(List<Candidate> ordered) {
    List<UnitEvidence> evidence = new ArrayList<>();
    String value = ordered.isEmpty() ? null : ordered.get(0).value();
    for (int i = 0; i < ordered.size(); i++) {
      Candidate c = ordered.get(i);
      String why = i == 0 ? "chosen: " + trust(c.source(), true)
          : c.value().equals(value) ? "agrees with the chosen " + ordered.get(0).source().json
          : "outranked by " + ordered.get(0).source().json;
      evidence.add(new UnitEvidence("year", c.source().json, c.value(), c.text(), c.location(),
          i == 0, why));
    }
    return new Decision(value, evidence);
  }

  /** Inserts the body's candidate before the title's area (the last resort). */
  private static boolean addBody(List<Candidate> all, int at, Supplier<Candidate> body) {
    Candidate b = body.get();
    if (b != null) {
      all.add(at, b);
    }
    return true;
  }

  /** A later candidate (not the previous report's) naming a body other than a finance one. */
  private static Candidate laterOther(List<Candidate> all, int from, String value) {
    for (int j = from + 1; j < all.size(); j++) {
      Candidate o = all.get(j);
      if (o.source() != Source.INHERITED && o.source() != Source.PUBLISHER
          && o.source() != Source.PAGE_SOURCE && !o.value().equals(value) && !finance(o.value())
          && !internalDivision(o.value())) {
        return o;
      }
    }
    return null;
  }

  private static boolean titleNames(String title, String division) {
    if (title == null) {
      return false;
    }
    String t = title.replaceAll("\\s+", "");
    String bare = division.replaceFirst("^(?:本厅|本局|本委|机关|[厅局委院部办])", "");
    return t.contains(division) || bare.length() >= 3 && t.contains(bare);
  }

  /** What a source is, in the order of trust, for the unit or the year. */
  private static String trust(Source s, boolean year) {
    return switch (s) {
      case DEPARTMENT_FIELD -> "the department's own labelled field (预算主管部门/一级预算单位)";
      case FIELD -> year ? "a labelled 评价年度/预算年度 field"
          : "a labelled field of the report (单位名称/填报单位/评价单位 …)";
      case TITLE -> year ? "the year the title states"
          : "the title names the body the report is about";
      case HEADER -> year ? "the year of the page's 标题 field"
          : "the page header names it (标题 field or the line above the title)";
      case YEAR_LINE -> "the form's year line under its title";
      case OPENING -> year ? "the 20XX年度 of the body's opening sentences"
          : "the subject of the body's opening sentences";
      case PUBLISHER -> "the page's 发文机构/发布机构";
      case PAGE_SOURCE -> "the page's 来源";
      case SIGNATURE -> "the name signed above the date at the end";
      case INHERITED -> "the unit of the previous report in the same file";
      case TITLE_AREA -> "the title names an administrative area as the reporting body and no"
          + " organisation is named";
      case DECLARED -> "the year of a 20XX年申报预算 statement";
      case BODY -> year ? "the year named most often in the body"
          : "the organisation named most often in the body";
    };
  }
}
