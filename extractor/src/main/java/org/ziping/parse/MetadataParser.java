package org.ziping.parse;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.Cell;
import org.ziping.model.TextNormalizer;

/**
 * Report metadata: unit, year, report date, budget code.
 *
 * <p>Unit, in order of trust: a labelled field (部门（单位）名称 / 单位名称 / 评价单位 / 项目实施单位 /
 * 填报单位 / 预算单位 / 预算主管部门 / 申请单位 / 部门, in prose, in a cell, or as a label cell with
 * its value in the next cell); the title, minus the year and the report words; the page's
 * 发文机构 / 发布机构, then its 来源 ({@link PageFurniture}); the name signed at the end above the
 * date; else the organisation named most often in the body. Every candidate must pass
 * {@link UnitNames} (an organisation name, never a sentence fragment, a column header or a
 * placeholder); when none does, the unit is null and a warning says so. Labelled fields of the
 * department (预算主管部门, 一级预算单位) come before the others. A title's name is the text before
 * its year or report words (…委员会2024年度部门预算 → …委员会). Body names are found with HanLP
 * (place name {@code ns} followed by organisation {@code nt}, with organisation recognition on)
 * and with a pattern for
 * place + institution suffix (中心, 局, 站, 处, 所, 院); a bare place that is only a parent
 * administrative area ("韶关市") is never a unit. Only sentences that can hold a name
 * {@link UnitNames} accepts are candidates ({@link UnitNames#mayHoldName}), and of those only the
 * ones that can still change the winner are segmented ({@link BodyUnitVote}); the result is the
 * same as segmenting every sentence.
 *
 * <p>Year, the year the document is about (evaluated year of a self-evaluation, budget year of a
 * 预算公开, year of a 决算): 评价年度 / 预算年度 fields, the title's first "20XX年", the page's 标题,
 * a form's year line near the top ("（2022年度）"),
 * a "20XX年度申报预算" statement (target declarations), else the year mentioned most often in the
 * body, excluding years inside 《》 names and document numbers. Report date: 报告日期 / 填报日期 /
 * 日期 fields, else a block holding only a date (the last one, usually signed at the end; a cover
 * date such as "2024 年 9 月" counts when nothing else is given), else the page's 成文日期, then its
 * 发布日期.
 *
 * <p>Limits: a unit named only by an abbreviation (市社保局) is taken as written; HanLP's
 * portable model misses some organisation names, which the suffix pattern then catches.
 */
public final class MetadataParser {

  /**
   * What this parser finds.
   *
   * @param warnings what could not be decided (a unit left null), for the document's errors
   */
  public record Metadata(String unit, Integer year, String reportDate, String budgetCode,
                         List<String> warnings) {
    public Metadata {
      warnings = List.copyOf(warnings);
    }
  }

  private static final Pattern UNIT_FIELD = Pattern.compile(
      "(?:部门\\s*[(（]?\\s*单位\\s*[)）]?\\s*名\\s*称|单\\s*位\\s*名\\s*称|评价单位|项目实施单位|填报单位|"
          + "实施单位|预算单位|申请单位|(?<![\\u4e00-\\u9fa5])部\\s*门)\\s*(?:[(（][^)）]{0,6}[)）])?\\s*[:：]\\s*"
          + "([^\\s:：，。,]{3,40})");
  private static final Pattern UNIT_LABEL_CELL = Pattern.compile(
      "(部门[(（]?单位[)）]?名称|单位名称|项目实施单位|评价单位|实施单位|预算单位|填报单位|申请单位|部门名称)");
  private static final Pattern DEPARTMENT_FIELD = Pattern.compile(
      "(?:预算主管部门|一级预算单位)\\s*[:：]\\s*([^\\s:：，。,]{3,40})");
  private static final Pattern DEPARTMENT_LABEL_CELL = Pattern.compile("(预算主管部门|一级预算单位)");
  private static final Pattern LABEL_NOISE = Pattern.compile("[\\s:：]+");
  private static final Pattern ISO_DATE = Pattern.compile("(20\\d{2})-(\\d{1,2})-(\\d{1,2})");
  /** A form's year line under its title: "（2022年度）". */
  private static final Pattern YEAR_LINE = Pattern.compile("^[(（]?\\s*(20\\d{2})\\s*年度\\s*[)）]?$");
  private static final Pattern DECLARED_YEAR = Pattern.compile("(20\\d{2})\\s*年(?:度)?(?:年度)?申报预算");
  private static final Pattern DATE = Pattern.compile(
      "(20\\d{2})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?");
  private static final Pattern DATE_FIELD = Pattern.compile(
      "(?:报告日期|填报日期|报送日期|日\\s*期)\\s*[:：]\\s*(20\\d{2}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)");
  private static final Pattern YEAR_FIELD = Pattern.compile(
      "(?:评价年度|自评年度|考核年度|所属年度|预算年度|申报年度)\\s*[:：]\\s*(20\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
  private static final Pattern CODE = Pattern.compile(
      "(?:预\\s*算\\s*编\\s*码|预\\s*算\\s*代\\s*码|单\\s*位\\s*编\\s*码|单\\s*位\\s*代\\s*码)\\s*[:：]\\s*(\\d{3,})");
  private static final Pattern ORG = Pattern.compile(
      "((?:[\\u4e00-\\u9fa5]{2,8}?(?:省|自治区|市|州|盟|地区))?(?:[\\u4e00-\\u9fa5]{1,8}?(?:市|县|区|旗))?)"
          + "([\\u4e00-\\u9fa5]{2,16}?(?:服务中心|管理中心|中心|管理局|保险局|事务局|局|站|处|所|院))");
  /** The last characters of ORG's institution suffixes. */
  private static final String ORG_ENDS = "心局站处所院";
  private static final Pattern PLACE_END = Pattern.compile(".*(省|自治区|市|州|盟|县|区|旗)$");

  private static final StartCharFinder CODE_FINDER = StartCharFinder.of(CODE, "预单");
  private static final StartCharFinder YEAR_FIELD_FINDER = StartCharFinder.of(YEAR_FIELD, "评自考所预申");
  private static final StartCharFinder DATE_FIELD_FINDER = StartCharFinder.of(DATE_FIELD, "报填日");
  private static final StartCharFinder DECLARED_YEAR_FINDER = StartCharFinder.of(DECLARED_YEAR, "2");
  private static final StartCharFinder YEAR_FINDER = StartCharFinder.of(YEAR, "2");

  private static final Segment ORG_SEGMENT = HanLP.newSegment()
      .enableOrganizationRecognize(true).enablePlaceRecognize(true);

  /**
   * Reads the metadata of one report.
   *
   * @param inheritedUnit the unit of the previous report of the same file, used before guessing
   *                      from the body when this report names none (a project report appended to
   *                      its department's report)
   */
  public Metadata parse(ReportScope scope, String title, String inheritedUnit) {
    return parse(scope, title, inheritedUnit, PageFurniture.Result.none());
  }

  /** Reads the metadata of one report, with the fields of the page's furniture. */
  public Metadata parse(ReportScope scope, String title, String inheritedUnit,
                        PageFurniture.Result furniture) {
    List<Block> blocks = scope.blocks();
    String text = scope.normalized(scope.start(), scope.end());
    String unit = unitFromFields(blocks);
    if (unit == null && title != null) {
      unit = UnitNames.accept(unitFromTitle(title));
    }
    if (unit == null) {
      unit = UnitNames.accept(furniture.value(PageFurniture.Field.PUBLISHER));
    }
    if (unit == null) {
      unit = UnitNames.accept(furniture.value(PageFurniture.Field.SOURCE));
    }
    if (unit == null) {
      unit = UnitNames.accept(unitFromSignature(scope.textBlocks()));
    }
    if (unit == null) {
      unit = inheritedUnit != null ? inheritedUnit : unitFromBody(text);
    }
    List<String> warnings = new ArrayList<>();
    if (unit == null) {
      warnings.add("单位名称无法确定" + (title == null ? "" : "（" + title + "）")
          + "：no labelled field, title, 发文机构 or signature names an organisation; unit left null");
    }
    String date = reportDate(scope.textBlocks(), text);
    if (date == null) {
      date = fieldDate(furniture.value(PageFurniture.Field.WRITTEN_DATE));
    }
    if (date == null) {
      date = fieldDate(furniture.value(PageFurniture.Field.PUBLISHED_DATE));
    }
    String furnitureTitle = furniture.value(PageFurniture.Field.TITLE);
    return new Metadata(unit, year(text, title != null ? title : furnitureTitle,
        scope.textBlocks()), date,
        firstGroup(CODE_FINDER, text), warnings);
  }

  private static String firstGroup(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? m.group(1) : null;
  }

  private static String firstGroup(StartCharFinder f, String s) {
    Matcher m = f.matcher(s);
    return f.find(m, s, 0) ? m.group(1) : null;
  }

  /**
   * The first labelled unit field that holds an organisation name; the department's own labels
   * (预算主管部门, 一级预算单位) before the others, since a workbook or disclosure may list several
   * applying units under one department.
   */
  private String unitFromFields(List<Block> blocks) {
    String u = unitFromFields(blocks, DEPARTMENT_FIELD, DEPARTMENT_LABEL_CELL);
    return u != null ? u : unitFromFields(blocks, UNIT_FIELD, UNIT_LABEL_CELL);
  }

  private static String unitFromFields(List<Block> blocks, Pattern field, Pattern labelCell) {
    for (Block b : blocks) {
      if (b.type() == BlockType.TABLE) {
        for (Cell c : b.table().cells()) {
          String label = LABEL_NOISE.matcher(TextNormalizer.normalize(c.text())).replaceAll("");
          if (labelCell.matcher(label).matches()) {
            for (Cell n : b.table().row(c.row())) {
              if (n.col() > c.col() && !n.text().isBlank()) {
                String u = UnitNames.accept(n.text());
                if (u != null) {
                  return u;
                }
                break;
              }
            }
          }
          String u = unitInText(field, c.text());
          if (u != null) {
            return u;
          }
        }
        continue;
      }
      String u = unitInText(field, b.text());
      if (u != null) {
        return u;
      }
    }
    return null;
  }

  private static String unitInText(Pattern field, String text) {
    String t = TextNormalizer.normalize(text);
    if (t.indexOf(':') < 0 && t.indexOf('：') < 0) {
      return null; // both field patterns need a colon
    }
    Matcher m = field.matcher(t);
    while (m.find()) {
      String u = UnitNames.accept(m.group(1));
      if (u != null) {
        return u;
      }
    }
    return null;
  }

  /** Where the name in a title ends: its year or the words naming the report. */
  private static final Pattern TITLE_CUT = Pattern.compile(
      "20\\d{2}年|部门整体|单位整体|整体支出|项目支出|专项资金|专项经费|部门预算|单位预算|部门决算|单位决算|预算公开|决算公开"
          + "|关于|绩效|预算|决算|区级|市级|省级|县级");

  /** The title minus year and report words: "2022年度怀化市…中心专项资金绩效自评报告". */
  static String unitFromTitle(String title) {
    String t = TextNormalizer.normalize(title).replaceAll("\\s+", "");
    t = t.replaceFirst("^20\\d{2}年度?", "");
    Matcher cut = TITLE_CUT.matcher(t);
    if (cut.find(1)) {
      String head = UnitNames.accept(t.substring(0, cut.start()));
      if (head != null) {
        return head;
      }
    }
    Matcher m = ORG.matcher(t);
    while (m.find()) {
      String org = m.group(1) + m.group(2);
      if (!m.group(1).isEmpty() || org.length() >= 6) {
        int at = t.indexOf(org);
        String before = t.substring(0, at).replaceAll("20\\d{2}年度?", "");
        return before.isEmpty() || PLACE_END.matcher(before).matches() ? before + org : org;
      }
    }
    return null;
  }

  /** A short line naming an organisation just above a date at the end of the report. */
  private static String unitFromSignature(List<Block> blocks) {
    for (int i = blocks.size() - 1; i > 0 && i >= blocks.size() - 4; i--) {
      String s = TextNormalizer.normalize(blocks.get(i).text()).strip();
      if (DATE.matcher(s).matches()) {
        String prev = TextNormalizer.normalize(blocks.get(i - 1).text()).replaceAll("\\s+", "");
        Matcher m = ORG.matcher(prev);
        if (m.matches()) {
          return prev;
        }
      }
    }
    return null;
  }

  /** Votes for the unit are counted in this many characters from the start of a report at most. */
  static final int UNIT_VOTE_WINDOW = 200_000;
  private static final Pattern SENTENCE_END = Pattern.compile("[。；\\n]");

  /**
   * The organisation named most often in the body, the suffix pattern and HanLP voting
   * ({@link BodyUnitVote}: HanLP segments only the sentences that can change the winner).
   */
  static String unitFromBody(String text) {
    String body = voteWindow(text);
    BodyUnitVote vote = new BodyUnitVote(MetadataParser::eligibleUnit);
    patternVotes(body, vote::add);
    vote.addSentences(voteSentences(body), MetadataParser::placedOrganisations);
    return vote.winner();
  }

  /** The text the body vote reads: its first {@link #UNIT_VOTE_WINDOW} characters, 《》 names out. */
  static String voteWindow(String text) {
    if (text.length() > UNIT_VOTE_WINDOW) {
      text = text.substring(0, UNIT_VOTE_WINDOW); // bounded cost on huge inputs (HanLP per sentence)
    }
    return text.replaceAll("《[^》]{0,60}》", "");
  }

  /** A name the body vote may choose: an organisation name, not a bare place. */
  static boolean eligibleUnit(String name) {
    return !PLACE_END.matcher(name).matches() && UnitNames.valid(name);
  }

  /** The suffix pattern's names in the body, in text order, 2 votes each. */
  static void patternVotes(String body, java.util.function.ObjIntConsumer<String> vote) {
    Matcher m = ORG.matcher(body);
    Map<String, String> fromPlace = new HashMap<>(); // the same candidate recurs: segment it once
    // ORG reads only Chinese characters and ends with one of ORG_ENDS: a match lies inside a run of
    // Chinese characters holding one, so only those runs are searched (the same matches, in order)
    for (int rs = 0; rs < body.length(); ) {
      if (!isHan(body.charAt(rs))) {
        rs++;
        continue;
      }
      int re = rs;
      boolean end = false;
      while (re < body.length() && isHan(body.charAt(re))) {
        end |= ORG_ENDS.indexOf(body.charAt(re)) >= 0;
        re++;
      }
      if (end) {
        m.region(rs, re);
        while (m.find()) {
          if (m.group(1).isEmpty()) {
            continue;
          }
          vote.accept(fromPlace.computeIfAbsent(m.group(1) + m.group(2), MetadataParser::fromPlace), 2);
        }
      }
      rs = re;
    }
  }

  /**
   * The body's sentences (at most 400 characters each) that can hold a name {@link UnitNames}
   * accepts; a vote is a substring of its sentence, so the others cannot change the result.
   */
  static List<String> voteSentences(String body) {
    List<String> out = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(body)) {
      if (sentence.length() > 400) {
        sentence = sentence.substring(0, 400);
      }
      if (UnitNames.mayHoldName(sentence)) {
        out.add(sentence);
      }
    }
    return out;
  }

  /** A character of ORG's class of Chinese characters (U+4E00 to U+9FA5). */
  private static boolean isHan(char c) {
    return c >= '\u4e00' && c <= '\u9fa5';
  }

  /** HanLP's place names ({@code ns}) followed by an organisation ({@code nt}), joined, in order. */
  static List<String> placedOrganisations(String sentence) {
    List<Term> terms = ORG_SEGMENT.seg(sentence);
    List<String> names = new ArrayList<>();
    for (int i = 0; i + 1 < terms.size(); i++) {
      Term a = terms.get(i);
      Term b = terms.get(i + 1);
      if (a.nature.startsWith("ns") && b.nature.startsWith("nt")) {
        names.add(a.word + b.word);
      }
    }
    return names;
  }

  /**
   * The candidate from its first place name on: the suffix pattern may start a word early
   * ("2022年南雄市…" gives "年南雄市…"); HanLP's segmentation says where the place name begins.
   */
  static String fromPlace(String candidate) {
    List<Term> terms = ORG_SEGMENT.seg(candidate);
    int offset = 0;
    for (Term t : terms) {
      String n = t.nature.toString();
      if (n.startsWith("ns") || n.startsWith("nt")) {
        return candidate.substring(offset);
      }
      offset += t.word.length();
    }
    return candidate;
  }

  private static Integer year(String text, String title, List<Block> textBlocks) {
    String y = firstGroup(YEAR_FIELD_FINDER, text);
    if (y == null && title != null) {
      y = firstGroup(YEAR, TextNormalizer.normalize(title));
    }
    for (int i = 0; y == null && i < Math.min(8, textBlocks.size()); i++) {
      y = firstGroup(YEAR_LINE, TextNormalizer.normalize(textBlocks.get(i).text()).strip());
    }
    if (y == null) {
      y = mostFrequent(DECLARED_YEAR_FINDER, text);
    }
    if (y != null) {
      return Integer.valueOf(y);
    }
    String body = text.replaceAll("《[^》]{0,80}》", "").replaceAll("[〔\\[(（【]\\s*20\\d{2}\\s*[〕\\])）】]", "");
    Map<String, Integer> counts = new LinkedHashMap<>();
    Matcher m = YEAR_FINDER.matcher(body);
    for (int at = 0; YEAR_FINDER.find(m, body, at); at = m.end()) {
      counts.merge(m.group(1), 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(e -> Integer.valueOf(e.getKey())).orElse(null);
  }

  private static String mostFrequent(StartCharFinder f, String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Matcher m = f.matcher(text);
    for (int at = 0; f.find(m, text, at); at = m.end()) {
      counts.merge(m.group(1), 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(null);
  }

  /** A furniture date field ("2023-05-10 09:30", "2023年5月10日") as ISO. */
  private static String fieldDate(String value) {
    if (value == null) {
      return null;
    }
    String v = TextNormalizer.normalize(value);
    Matcher m = ISO_DATE.matcher(v);
    if (m.find()) {
      return m.group(1) + "-" + String.format("%02d", Integer.parseInt(m.group(2))) + "-"
          + String.format("%02d", Integer.parseInt(m.group(3)));
    }
    return iso(v);
  }

  private static String reportDate(List<Block> blocks, String text) {
    Matcher f = DATE_FIELD_FINDER.matcher(text);
    if (DATE_FIELD_FINDER.find(f, text, 0)) {
      return iso(f.group(1));
    }
    String last = null;
    for (Block b : blocks) {
      String s = TextNormalizer.normalize(b.text()).strip();
      Matcher m = DATE.matcher(s);
      if (m.matches()) {
        last = iso(s);
      }
    }
    return last;
  }

  private static String iso(String s) {
    Matcher m = DATE.matcher(s);
    if (!m.find()) {
      return null;
    }
    String ym = m.group(1) + "-" + String.format("%02d", Integer.parseInt(m.group(2)));
    return m.group(3) == null ? ym : ym + "-" + String.format("%02d", Integer.parseInt(m.group(3)));
  }
}
