package org.ziping.parse;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ziping.model.TextNormalizer;

/**
 * What an organisation name looks like, to accept or reject a unit candidate wherever it comes
 * from (a labelled field, the title, the page's 发文机构, the signature, the body).
 *
 * <p>A name is accepted when it ends with an institution word (局, 厅, 委员会, 中心, 办公室, 办事处,
 * 院, 所, 学校, 政府, 部, 站, 馆, 队, 委, 处 …), is 3 to 40 characters of Chinese (and the brackets
 * of a name such as 中共…委员会（…）), and contains none of the words that only a sentence or a
 * column header has (是, 的, 围绕, 部署, 原因, 落到实处, 主要, 负责, 合计, 备注 …), no digits and no
 * placeholder (XX, ××). A bare administrative area ("韶关市") is not a unit.
 *
 * <p>{@link #clean(String)} takes a field value as written and removes what is not the name: a
 * leading budget code ("219001-"), spaces, and trailing qualifiers in brackets ((本级), (盖章),
 * (公章)).
 *
 * <p>Limits: abbreviations (市社保局, 县人社局) are accepted as written; an organisation whose name
 * ends in an unusual word is rejected (the unit is then null with a warning, never a wrong value).
 */
final class UnitNames {
  private UnitNames() {}

  /** The institution words a name ends with. */
  private static final List<String> SUFFIXES = List.of("委员会", "联合会", "协会", "学会", "红十字会",
      "办公厅", "办公室", "办事处", "政府", "中心", "检察院", "法院", "医院", "学院", "大学", "学校", "中学",
      "小学", "幼儿园", "党校", "研究院", "研究所", "政协", "院", "所", "局", "厅", "委", "部", "站", "馆", "队", "处",
      "社", "团", "集团", "公司", "科", "室", "股", "庭", "园", "场", "台");
  private static final Pattern SUFFIX = Pattern.compile(
      "(?:" + String.join("|", SUFFIXES) + ")$");
  /** The last characters of {@link #SUFFIXES}: a valid name ends with one of them. */
  private static final String NAME_ENDS = SUFFIXES.stream()
      .map(w -> w.substring(w.length() - 1)).distinct().collect(Collectors.joining());
  private static final Pattern CLAUSE = Pattern.compile(
      "是|的|了|围绕|部署|原因|落到实处|主要|负责|根据|按照|通过|进行|开展|完成|贯彻|落实|新增|坚持|保证|确保|推进|加强"
          + "|全面|以及|其中|包括|报告|支出|收入|经费|自评|合计|小计|备注|以下简称|简称"
          + "|及所|和所|所属|下属|各级|我们|本单位|本部门|主管部门|预算单位|单位名称|盖章|公章|签字|填报");
  private static final Pattern ALLOWED = Pattern.compile("[\\u4e00-\\u9fa5()（）]{3,40}");
  private static final Pattern NAME_CHARS = Pattern.compile("[\\u4e00-\\u9fa5()（）]+");
  private static final Pattern AREA_ONLY = Pattern.compile(".*(?:省|自治区|市|州|盟|县|区|旗|镇|乡|街道)$");
  private static final Pattern CODE_PREFIX = Pattern.compile("^[0-9A-Za-z]+\\s*[-－—_:：]\\s*");
  private static final Pattern TRAILING_QUALIFIER = Pattern.compile("[(（][^()（）]{0,8}[)）]$");
  private static final List<String> QUALIFIERS = List.of("本级", "盖章", "公章", "签章", "章", "机关",
      "本部");

  /** A field value as the name it holds: code prefix, spaces and trailing qualifiers removed. */
  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String t = TextNormalizer.normalize(raw).replaceAll("[\\s\\u3000]+", "");
    t = CODE_PREFIX.matcher(t).replaceFirst("");
    while (true) {
      var m = TRAILING_QUALIFIER.matcher(t);
      if (!m.find()) {
        break;
      }
      String inner = t.substring(m.start() + 1, m.end() - 1);
      if (!QUALIFIERS.contains(inner) && !inner.isEmpty()) {
        break;
      }
      t = t.substring(0, m.start());
    }
    return t.isEmpty() ? null : t;
  }

  /** The cleaned name when it is an organisation name, else null. */
  static String accept(String raw) {
    String t = clean(raw);
    return t != null && valid(t) ? t : null;
  }

  /**
   * False when no substring of the text can be an organisation name (a cheap test before costly
   * work that looks for names in the text; true says nothing about whether a name is there). A
   * valid name ends with an institution word and holds its last three characters (or the whole
   * word, if longer); so some place in the text must end an institution word whose window of those
   * characters is allowed in a name (Chinese and brackets) and holds no clause word, since the
   * name would hold it too.
   */
  static boolean mayHoldName(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (mayEndNameAt(text, i + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a name {@link #valid} accepts may end at {@code end} in the text: an institution word
   * ends there, and its window (its last three characters, or the whole word if longer) holds only
   * name characters and no clause word. Every valid name that is a substring of the text ends at
   * such a place.
   */
  static boolean mayEndNameAt(CharSequence text, int end) {
    if (end < 1 || end > text.length() || NAME_ENDS.indexOf(text.charAt(end - 1)) < 0) {
      return false;
    }
    for (String w : SUFFIXES) {
      int start = end - Math.max(3, w.length());
      if (start < 0 || !endsWith(text, end, w)) {
        continue;
      }
      String window = text.subSequence(start, end).toString();
      if (NAME_CHARS.matcher(window).matches() && !CLAUSE.matcher(window).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWith(CharSequence text, int end, String w) {
    int start = end - w.length();
    if (start < 0) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (text.charAt(start + k) != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** A character a name may hold: Chinese (U+4E00 to U+9FA5) or a bracket. */
  static boolean isNameChar(char c) {
    return (c >= '\u4e00' && c <= '\u9fa5') || c == '(' || c == ')' || c == '（' || c == '）';
  }

  /** True when the text is an organisation name (see the class comment). */
  static boolean valid(String name) {
    if (name == null || !ALLOWED.matcher(name).matches()) {
      return false;
    }
    if (KindCues.PLACEHOLDER.matcher(name).find() || CLAUSE.matcher(name).find()) {
      return false;
    }
    return SUFFIX.matcher(name).find() && !AREA_ONLY.matcher(name).matches();
  }
}
