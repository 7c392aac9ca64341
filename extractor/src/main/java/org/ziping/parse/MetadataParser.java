package org.ziping.parse;

import static org.ziping.parse.MetadataWords.ALIAS;
import static org.ziping.parse.MetadataWords.AREA_NAME;
import static org.ziping.parse.MetadataWords.BREADCRUMB;
import static org.ziping.parse.MetadataWords.CN_YEAR;
import static org.ziping.parse.MetadataWords.CODE;
import static org.ziping.parse.MetadataWords.CRUMB_SEPARATOR;
import static org.ziping.parse.MetadataWords.DATE;
import static org.ziping.parse.MetadataWords.DATE_FIELD;
import static org.ziping.parse.MetadataWords.DECLARED_YEAR;
import static org.ziping.parse.MetadataWords.DEPARTMENT_FIELD;
import static org.ziping.parse.MetadataWords.DEPARTMENT_LABEL_CELL;
import static org.ziping.parse.MetadataWords.ISO_DATE;
import static org.ziping.parse.MetadataWords.LABEL_NOISE;
import static org.ziping.parse.MetadataWords.OPENING_YEAR;
import static org.ziping.parse.MetadataWords.ORG;
import static org.ziping.parse.MetadataWords.PLACE_END;
import static org.ziping.parse.MetadataWords.PROJECT_AFTER;
import static org.ziping.parse.MetadataWords.PRONOUN_NAME;
import static org.ziping.parse.MetadataWords.SENTENCE_END;
import static org.ziping.parse.MetadataWords.SENTENCE_START;
import static org.ziping.parse.MetadataWords.SIGNED_LINE;
import static org.ziping.parse.MetadataWords.SITE_NAME;
import static org.ziping.parse.MetadataWords.SUBJECT_VERB;
import static org.ziping.parse.MetadataWords.TITLE_CUT;
import static org.ziping.parse.MetadataWords.UNIT_FIELD;
import static org.ziping.parse.MetadataWords.UNIT_LABEL_CELL;
import static org.ziping.parse.MetadataWords.YEAR;
import static org.ziping.parse.MetadataWords.YEAR_FIELD;
import static org.ziping.parse.MetadataWords.YEAR_LINE;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.Cell;
import org.ziping.model.TextNormalizer;
import org.ziping.report.Location;
import org.ziping.report.UnitEvidence;

/**
 * Report metadata: unit, year, report date, budget code.
 *
 * <p>Unit and year are one explained decision ({@link UnitResolution}): this class gathers the
 * candidates, each with its source and where it stands, and {@link UnitResolution} picks the
 * winner and says why ({@code unitEvidence}). Unit candidates: the labelled fields (the
 * department's 预算主管部门 / 一级预算单位 first, then 部门（单位）名称 / 单位名称 / 评价单位 / 自评单位 /
 * 项目单位 / 项目实施单位 / 填报单位 / 预算单位 / 资金使用单位 / 申请单位 / 部门, in prose, in a cell,
 * or as a label cell with its value in the next cell); the title, minus a leading 关于, the year and
 * the report words (…委员会2024年度部门预算 → …委员会); the page header (the page's 标题, an
 * organisation line among the first lines); the subject of the opening sentences (the name before
 * 是 / 内设 / 主要职责 … in the first 1,500 characters, an alias in brackets dropped, pronouns such as
 * 我中心 refused); the page's 发文机构 / 发布机构, then 来源 ({@link PageFurniture}); the name signed
 * at the end above the date or beside it; the previous report's unit; the organisation named most
 * often in the body; the title's administrative area. Every name must pass {@link UnitNames}. Body
 * names are found with HanLP (place name {@code ns} followed by organisation {@code nt}, with
 * organisation recognition on) and with a pattern for place + institution suffix (中心, 局, 站, 处,
 * 所, 院); a bare place that is only a parent administrative area ("韶关市") is never a body vote.
 * Only sentences that can hold a name {@link UnitNames} accepts are candidates
 * ({@link UnitNames#mayHoldName}), and of those only the ones that can still change the winner are
 * segmented ({@link BodyUnitVote}); the body vote runs only when no earlier candidate wins (or a
 * finance publisher needs a rival).
 *
 * <p>Year candidates: 评价年度 / 预算年度 fields, the title's first "20XX年", the page's 标题, a form's
 * year line near the top ("（2022年度）"), the 20XX年度 of the first 400 characters, a
 * "20XX年度申报预算" statement (target declarations), the year mentioned most often in the body,
 * excluding years inside 《》 names and document numbers; Chinese-numeral years are read as digits.
 * Report date: 报告日期 / 填报日期 / 日期 fields, else a block holding only a date (the last one,
 * usually signed at the end; a cover date such as "2024 年 9 月" counts when nothing else is
 * given), else the page's 成文日期, then its 发布日期.
 *
 * <p>The words and written forms it reads by (field labels, dates, organisation names, title
 * words) are the table {@link MetadataWords}.
 *
 * <p>Limits: a unit named only by an abbreviation (市社保局) is taken as written; HanLP's
 * portable model misses some organisation names, which the suffix pattern then catches; the title's
 * area is accepted only when HanLP reads its first word as a place.
 */
public final class MetadataParser {

  /**
   * What this parser finds.
   *
   * @param warnings what could not be decided (a unit left null), for the document's errors
   * @param evidence the unit and year candidates and the decision ({@link UnitResolution})
   */
  public record Metadata(String unit, Integer year, String reportDate, String budgetCode,
                         List<String> warnings, List<UnitEvidence> evidence) {
    public Metadata {
      warnings = List.copyOf(warnings);
      evidence = List.copyOf(evidence);
    }
  }

  /** The last characters of ORG's institution suffixes. */
  private static final String ORG_ENDS = "心局站处所院";

  private static final StartCharFinder CODE_FINDER = StartCharFinder.of(CODE.pattern(), "预单");
  private static final StartCharFinder YEAR_FIELD_FINDER = StartCharFinder.of(YEAR_FIELD.pattern(), "评自考所预申");
  private static final StartCharFinder DATE_FIELD_FINDER = StartCharFinder.of(DATE_FIELD.pattern(), "报填日");
  private static final StartCharFinder DECLARED_YEAR_FINDER = StartCharFinder.of(DECLARED_YEAR.pattern(), "2");
  private static final StartCharFinder YEAR_FINDER = StartCharFinder.of(YEAR.pattern(), "2");

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
    String text = scope.normalized(scope.start(), scope.end());
    String furnitureTitle = furniture.value(PageFurniture.Field.TITLE);
    UnitResolution.Decision unit = UnitResolution.unit(
        unitCandidates(scope, title, furnitureTitle, inheritedUnit, furniture), title,
        () -> bodyCandidate(scope, text));
    List<String> warnings = new ArrayList<>();
    if (unit.value() == null) {
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
    UnitResolution.Decision year = UnitResolution.year(yearCandidates(scope, text, title,
        furnitureTitle));
    List<UnitEvidence> evidence = new ArrayList<>(unit.evidence());
    evidence.addAll(year.evidence());
    return new Metadata(unit.value(), year.value() == null ? null : Integer.valueOf(year.value()),
        date, firstGroup(CODE_FINDER, text), warnings, evidence);
  }

  /** The unit candidates of a report in the order of trust, the body's vote left out. */
  private static List<UnitResolution.Candidate> unitCandidates(
      ReportScope scope, String title, String furnitureTitle, String inheritedUnit,
      PageFurniture.Result furniture) {
    List<UnitResolution.Candidate> out = new ArrayList<>();
    List<Block> blocks = scope.blocks();
    add(out, fieldCandidate(scope, blocks, DEPARTMENT_FIELD, DEPARTMENT_LABEL_CELL,
        UnitResolution.Source.DEPARTMENT_FIELD));
    add(out, fieldCandidate(scope, blocks, UNIT_FIELD, UNIT_LABEL_CELL,
        UnitResolution.Source.FIELD));
    if (title != null) {
      add(out, named(scope, UnitResolution.Source.TITLE, UnitNames.accept(unitFromTitle(title)),
          title));
    }
    if (furnitureTitle != null && !furnitureTitle.equals(title)) {
      add(out, named(scope, UnitResolution.Source.HEADER,
          UnitNames.accept(unitFromTitle(furnitureTitle)), "标题：" + furnitureTitle));
    }
    add(out, letterhead(scope, title));
    add(out, breadcrumb(scope));
    add(out, openingSubject(scope));
    PageFurniture.FieldValue publisher = furniture.first(PageFurniture.Field.PUBLISHER);
    if (publisher != null) {
      add(out, furnitureCandidate(scope, UnitResolution.Source.PUBLISHER, publisher));
    }
    PageFurniture.FieldValue source = furniture.first(PageFurniture.Field.SOURCE);
    if (source != null) {
      add(out, furnitureCandidate(scope, UnitResolution.Source.PAGE_SOURCE, source));
    }
    add(out, signature(scope));
    if (inheritedUnit != null) {
      out.add(new UnitResolution.Candidate(UnitResolution.Source.INHERITED, inheritedUnit,
          inheritedUnit, null));
    }
    String area = title == null ? null : areaFromTitle(title);
    if (area == null && furnitureTitle != null) {
      area = areaFromTitle(furnitureTitle);
    }
    if (area != null) {
      add(out, named(scope, UnitResolution.Source.TITLE_AREA, area,
          title != null && areaFromTitle(title) != null ? title : furnitureTitle));
    }
    return out;
  }

  private static void add(List<UnitResolution.Candidate> out, UnitResolution.Candidate c) {
    if (c != null && c.value() != null) {
      out.add(c);
    }
  }

  /** A candidate whose value is found in the report's text (or the page's) near its start. */
  private static UnitResolution.Candidate named(ReportScope scope, UnitResolution.Source source,
                                                String value, String text) {
    if (value == null) {
      return null;
    }
    return new UnitResolution.Candidate(source, value, cut(text), find(scope, value));
  }

  /** Where a name first stands in the report (else anywhere in the document), or null. */
  private static Location find(ReportScope scope, String needle) {
    String all = scope.normalized();
    int at = all.indexOf(needle, scope.start());
    if (at < 0 || at + needle.length() > scope.end()) {
      at = all.indexOf(needle);
    }
    return at < 0 ? null : scope.locate(at, at + needle.length());
  }

  private static String cut(String text) {
    String t = text == null ? null : text.strip().replaceAll("\\s+", " ");
    return t != null && t.length() > 80 ? t.substring(0, 80) + "…" : t;
  }

  private static UnitResolution.Candidate furnitureCandidate(ReportScope scope,
      UnitResolution.Source source, PageFurniture.FieldValue v) {
    String name = UnitNames.accept(v.value());
    if (name == null) {
      return null;
    }
    Location loc = v.end() > v.start() ? scope.locate(v.start(), v.end()) : null;
    String label = source == UnitResolution.Source.PUBLISHER ? "发文机构：" : "来源：";
    return new UnitResolution.Candidate(source, name, label + v.value().strip(), loc);
  }

  /** The body vote as a candidate, or null. */
  private static UnitResolution.Candidate bodyCandidate(ReportScope scope, String text) {
    String name = unitFromBody(text);
    if (name == null) {
      return null;
    }
    int count = 0;
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
      count++;
    }
    return new UnitResolution.Candidate(UnitResolution.Source.BODY, name,
        name + "（正文中出现" + count + "次）", find(scope, name));
  }

  /**
   * An organisation line among the report's first lines, above its title or as the first line
   * (a letterhead): the whole line is a name.
   */
  private static UnitResolution.Candidate letterhead(ReportScope scope, String title) {
    List<Block> text = scope.textBlocks();
    for (int i = 0; i < Math.min(3, text.size()); i++) {
      Block b = text.get(i);
      String line = TextNormalizer.normalize(b.text()).replaceAll("\\s+", "");
      String name = UnitNames.accept(line);
      if (name != null && (title == null || !title.replaceAll("\\s+", "").equals(line))) {
        return new UnitResolution.Candidate(UnitResolution.Source.HEADER, name, cut(b.text()),
            scope.locate(b.start(), b.end()));
      }
    }
    return null;
  }

  /**
   * The site the page stands on (欢迎来到某县政协网站) or the last organisation of its breadcrumb
   * (首页 >> 部门信息公开 >> 某县交通运输局 >> 正文), among the blocks before the report and its first
   * three.
   */
  private static UnitResolution.Candidate breadcrumb(ReportScope scope) {
    List<Block> all = scope.doc().blocks();
    for (int i = 0; i < Math.min(all.size(), scope.firstBlock() + 3); i++) {
      Block b = all.get(i);
      String t = TextNormalizer.normalize(b.text());
      Matcher site = SITE_NAME.matcher(t);
      if (t.length() <= 60 && site.find()) {
        String name = UnitNames.accept(site.group(1));
        if (name != null) {
          return new UnitResolution.Candidate(UnitResolution.Source.HEADER, name, cut(b.text()),
              scope.locate(b.start(), b.end()));
        }
      }
      if (t.length() > 200 || !BREADCRUMB.matcher(t).find()) {
        continue;
      }
      String[] segments = CRUMB_SEPARATOR.pattern().split(t.strip());
      for (int k = segments.length - 1; k >= 0; k--) {
        String name = UnitNames.accept(segments[k]);
        if (name != null && !UnitResolution.internalDivision(name)) {
          return new UnitResolution.Candidate(UnitResolution.Source.HEADER, name, cut(b.text()),
              scope.locate(b.start(), b.end()));
        }
      }
    }
    return null;
  }

  /** How far into the report the opening sentences are read. */
  private static final int OPENING_WINDOW = 1_500;

  /** The organisation a sentence of the report's opening is about (…厅是省政府组成部门). */
  private static UnitResolution.Candidate openingSubject(ReportScope scope) {
    int from = scope.start();
    int to = Math.min(scope.end(), from + OPENING_WINDOW);
    String window = scope.normalized(from, to);
    Matcher sentences = Pattern.compile("[^。；;\\n]+").matcher(window);
    while (sentences.find()) {
      String s = sentences.group();
      int lead = 0;
      Matcher start = SENTENCE_START.matcher(s);
      while (start.region(lead, s.length()).lookingAt() && start.end() > lead) {
        lead = start.end();
      }
      Matcher verb = SUBJECT_VERB.matcher(s);
      verb.region(lead, s.length());
      while (verb.find()) {
        String prefix = s.substring(lead, verb.start()).strip();
        Matcher aka = ALIAS.matcher(prefix);
        if (aka.find()) {
          prefix = prefix.substring(0, aka.start()); // 某局（以下简称某某）是…
        }
        if (prefix.length() > 40) {
          break;
        }
        String name = UnitNames.accept(prefix);
        if (name != null && !UnitResolution.internalDivision(name)
            && !PRONOUN_NAME.matcher(name).matches()) {
          int at = from + sentences.start() + lead;
          return new UnitResolution.Candidate(UnitResolution.Source.OPENING, name,
              cut(s.substring(lead)), scope.locate(at, at + prefix.length()));
        }
      }
    }
    return null;
  }

  /** A short line naming an organisation just above a date at the end of the report. */
  private static UnitResolution.Candidate signature(ReportScope scope) {
    List<Block> blocks = scope.textBlocks();
    for (int i = blocks.size() - 1; i >= 0 && i >= blocks.size() - 4; i--) {
      Block b = blocks.get(i);
      String s = TextNormalizer.normalize(b.text()).strip();
      Matcher same = SIGNED_LINE.matcher(s);
      if (same.matches()) {
        String name = signatureName(same.group(1));
        if (name != null) {
          return new UnitResolution.Candidate(UnitResolution.Source.SIGNATURE, name, cut(b.text()),
              scope.locate(b.start(), b.end()));
        }
      }
      if (i > 0 && DATE.matcher(s).matches()) {
        Block p = blocks.get(i - 1);
        String name = signatureName(TextNormalizer.normalize(p.text()));
        if (name != null) {
          return new UnitResolution.Candidate(UnitResolution.Source.SIGNATURE, name,
              cut(p.text() + " " + b.text()), scope.locate(p.start(), p.end()));
        }
      }
    }
    return null;
  }

  private static String signatureName(String line) {
    String prev = line.replaceAll("\\s+", "");
    if (ORG.matcher(prev).matches()) {
      return prev;
    }
    String name = UnitNames.accept(prev);
    return name != null ? name : null;
  }

  /** An administrative area the title names as its reporting body: 临沂市兰山区2023年度…. */
  static String areaFromTitle(String title) {
    String t = TextNormalizer.normalize(title).replaceAll("\\s+", "");
    t = t.replaceFirst("^关于", "").replaceFirst("^20\\d{2}年度?", "");
    Matcher cut = TITLE_CUT.matcher(t);
    if (!cut.find(1)) {
      return null;
    }
    String head = t.substring(0, cut.start());
    if (!AREA_NAME.matcher(head).matches() || KindCues.PLACEHOLDER.matcher(head).find()) {
      return null;
    }
    // the head must begin with a place name (临沂市…), not a word before it (封面上海市…)
    List<Term> terms = ORG_SEGMENT.seg(head);
    String first = terms.isEmpty() ? "" : terms.get(0).nature.toString();
    return first.startsWith("ns") || terms.get(0).word.startsWith("某") ? head : null;
  }

  private static String firstGroup(MetadataWords p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? m.group(1) : null;
  }

  private static String firstGroup(StartCharFinder f, String s) {
    Matcher m = f.matcher(s);
    return f.find(m, s, 0) ? m.group(1) : null;
  }

  /**
   * The first labelled unit field of one kind that holds an organisation name (the department's
   * own labels, 预算主管部门 and 一级预算单位, are asked for first by the caller: a workbook or
   * disclosure may list several applying units under one department).
   */
  private static UnitResolution.Candidate fieldCandidate(ReportScope scope, List<Block> blocks,
      MetadataWords field, MetadataWords labelCell, UnitResolution.Source source) {
    for (Block b : blocks) {
      if (b.type() == BlockType.TABLE) {
        for (Cell c : b.table().cells()) {
          String label = LABEL_NOISE.matcher(TextNormalizer.normalize(c.text())).replaceAll("");
          if (labelCell.matcher(label).matches()) {
            for (Cell n : b.table().row(c.row())) {
              if (n.col() > c.col() && !n.text().isBlank()) {
                String u = UnitNames.accept(n.text());
                if (u != null) {
                  return new UnitResolution.Candidate(source, u,
                      cut(c.text().strip() + "：" + n.text().strip()), scope.locate(b, n));
                }
                break;
              }
            }
          }
          UnitResolution.Candidate inCell = inText(scope, field, c.text(), c.start(), source);
          if (inCell != null) {
            return inCell;
          }
        }
        continue;
      }
      UnitResolution.Candidate inBlock = inText(scope, field, b.text(), b.start(), source);
      if (inBlock != null) {
        return inBlock;
      }
    }
    return null;
  }

  /** The first accepted name of a field in a text that starts at {@code start}, or null. */
  private static UnitResolution.Candidate inText(ReportScope scope, MetadataWords field,
      String text, int start, UnitResolution.Source source) {
    int[] at = unitInText(field, text);
    return at == null ? null : new UnitResolution.Candidate(source,
        UnitNames.accept(text.substring(at[0], at[1])), cut(text),
        scope.locate(start + at[0], start + at[1]));
  }

  /** Where the first accepted name of a field stands in the text, or null. */
  private static int[] unitInText(MetadataWords field, String text) {
    String t = TextNormalizer.normalize(text);
    if (t.indexOf(':') < 0 && t.indexOf('：') < 0) {
      return null; // both field patterns need a colon
    }
    Matcher m = field.matcher(t);
    while (m.find()) {
      if (UnitNames.accept(m.group(1)) != null) {
        return new int[] {m.start(1), m.end(1)};
      }
    }
    return null;
  }

  /** The title minus year and report words: "2022年度怀化市…中心专项资金绩效自评报告". */
  static String unitFromTitle(String title) {
    String t = arabicYears(TextNormalizer.normalize(title).replaceAll("\\s+", ""));
    t = t.replaceFirst("^关于", "").replaceFirst("^20\\d{2}年度?", "");
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
      if (PROJECT_AFTER.matcher(t).region(m.end(), t.length()).lookingAt()) {
        continue; // a facility the project builds (…垃圾转运站提升改造项目), not the reporting body
      }
      if (!m.group(1).isEmpty() || org.length() >= 6) {
        int at = t.indexOf(org);
        String before = t.substring(0, at).replaceAll("20\\d{2}年度?", "");
        return before.isEmpty() || PLACE_END.matcher(before).matches() ? before + org : org;
      }
    }
    return null;
  }

  /** Votes for the unit are counted in this many characters from the start of a report at most. */
  static final int UNIT_VOTE_WINDOW = 200_000;

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
  static void patternVotes(String body, ObjIntConsumer<String> vote) {
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
    for (String sentence : SENTENCE_END.pattern().split(body)) {
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

  /** The year candidates of a report in the order of trust (see {@link UnitResolution}). */
  private static List<UnitResolution.Candidate> yearCandidates(ReportScope scope, String text,
      String title, String furnitureTitle) {
    List<UnitResolution.Candidate> out = new ArrayList<>();
    String digits = arabicYears(text);
    Matcher f = YEAR_FIELD_FINDER.matcher(digits);
    if (YEAR_FIELD_FINDER.find(f, digits, 0)) {
      out.add(yearAt(scope, UnitResolution.Source.FIELD, f.group(1), digits, f.start(), f.end()));
    }
    if (title != null) {
      String y = firstGroup(YEAR, arabicYears(TextNormalizer.normalize(title)));
      if (y != null) {
        out.add(new UnitResolution.Candidate(UnitResolution.Source.TITLE, y, cut(title),
            find(scope, title.length() > 12 ? title.substring(0, 12) : title)));
      }
    }
    if (furnitureTitle != null && !furnitureTitle.equals(title)) {
      String y = firstGroup(YEAR, arabicYears(TextNormalizer.normalize(furnitureTitle)));
      if (y != null) {
        out.add(new UnitResolution.Candidate(UnitResolution.Source.HEADER, y,
            cut("标题：" + furnitureTitle), null));
      }
    }
    List<Block> textBlocks = scope.textBlocks();
    for (int i = 0; i < Math.min(8, textBlocks.size()); i++) {
      Block b = textBlocks.get(i);
      String y = firstGroup(YEAR_LINE, arabicYears(TextNormalizer.normalize(b.text())).strip());
      if (y != null) {
        out.add(new UnitResolution.Candidate(UnitResolution.Source.YEAR_LINE, y, cut(b.text()),
            scope.locate(b.start(), b.end())));
        break;
      }
    }
    String opening = digits.substring(0, Math.min(digits.length(), OPENING_YEAR_WINDOW));
    Matcher o = OPENING_YEAR.matcher(opening);
    while (o.find()) {
      if (!insideName(opening, o.start())) {
        out.add(yearAt(scope, UnitResolution.Source.OPENING, o.group(1), digits, o.start(),
            o.end()));
        break;
      }
    }
    String declared = mostFrequent(DECLARED_YEAR_FINDER, digits);
    if (declared != null) {
      out.add(new UnitResolution.Candidate(UnitResolution.Source.DECLARED, declared,
          declared + "年申报预算", null));
    }
    String body = digits.replaceAll("《[^》]{0,80}》", "")
        .replaceAll("[〔\\[(（【]\\s*20\\d{2}\\s*[〕\\])）】]", "");
    Map<String, Integer> counts = new LinkedHashMap<>();
    Matcher m = YEAR_FINDER.matcher(body);
    for (int at = 0; YEAR_FINDER.find(m, body, at); at = m.end()) {
      counts.merge(m.group(1), 1, Integer::sum);
    }
    counts.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(e ->
        out.add(new UnitResolution.Candidate(UnitResolution.Source.BODY, e.getKey(),
            e.getKey() + "年（正文中出现" + e.getValue() + "次）", null)));
    return out;
  }

  /** The body's opening: its 20XX年度 (the year of the whole report) within this many characters. */
  private static final int OPENING_YEAR_WINDOW = 400;

  private static boolean insideName(String text, int at) {
    int open = text.lastIndexOf('《', at);
    return open >= 0 && text.indexOf('》', open) > at;
  }

  private static UnitResolution.Candidate yearAt(ReportScope scope, UnitResolution.Source source,
      String year, String text, int start, int end) {
    int s = scope.start() + start;
    int lineStart = Math.max(text.lastIndexOf('\n', start) + 1, start - 20);
    int lineEnd = text.indexOf('\n', end);
    lineEnd = lineEnd < 0 ? Math.min(text.length(), end + 20) : Math.min(lineEnd, end + 20);
    return new UnitResolution.Candidate(source, year, cut(text.substring(lineStart, lineEnd)),
        scope.locate(s, scope.start() + end));
  }

  private static final String CN_DIGITS = "〇零一二三四五六七八九";

  /** Chinese-numeral years (二〇二三年) written as digits; same length, same offsets. */
  static String arabicYears(String s) {
    Matcher m = CN_YEAR.matcher(s);
    if (!m.find()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s);
    do {
      for (int i = m.start(); i < m.end(); i++) {
        char c = s.charAt(i) == 'O' || s.charAt(i) == 'Ｏ' ? '〇' : s.charAt(i);
        int d = CN_DIGITS.indexOf(c);
        b.setCharAt(i, (char) ('0' + Math.max(0, d - 1)));
      }
    } while (m.find());
    return b.toString();
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
