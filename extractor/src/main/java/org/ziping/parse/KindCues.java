package org.ziping.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.report.DocumentKind;

/**
 * The words that say what a document is, in one place: the names of the documents published
 * beside self-evaluation reports (部门预算 / 预算公开, 部门决算 / 决算公开, 绩效目标申报表 /
 * 绩效目标表), their table captions (收支预算总表, 收入支出决算总表), the words of a self-evaluation
 * title (自评 / 评价 with 报告 / 表), the self-scores (得分, 自评分, 自评等级 …) and the placeholders of
 * a blank template (XX, ××, ＿＿). The self-evaluation kinds themselves (部门整体 / 项目 / 专项) are
 * named by {@link ReportKind}.
 *
 * <p>All matching is on normalised text with the spaces removed (titles are often letter-spaced).
 */
final class KindCues {
  private KindCues() {}

  /** Words that name a document kind; in a list of cues the first that finds decides. */
  private record Cue(DocumentKind kind, Pattern words) {
    Cue(DocumentKind kind, String words) {
      this(kind, Pattern.compile(words));
    }

    static DocumentKind first(List<Cue> cues, String collapsed) {
      for (Cue c : cues) {
        if (c.words.matcher(collapsed).find()) {
          return c.kind;
        }
      }
      return null;
    }
  }

  /** Document-level names: what a title line says the document is. */
  private static final List<Cue> TITLES = List.of(
      new Cue(DocumentKind.FINAL_ACCOUNTS, "(?:部门|单位|年度|级)决算(?!表|总表|情况说明)|决算公开|决算报告"),
      new Cue(DocumentKind.BUDGET_DISCLOSURE,
          "(?:部门|单位|年度|级)预算(?!执行|绩效|表|总表|情况说明|编制|调整|批复)|预算公开|预算报告"),
      new Cue(DocumentKind.PERFORMANCE_TARGET, "绩效目标申报表|绩效目标表|绩效目标申报"));

  /** Table captions of the disclosures' standard tables. */
  private static final List<Cue> TABLES = List.of(
      new Cue(DocumentKind.FINAL_ACCOUNTS, "决算总表|决算表|决算明细表"),
      new Cue(DocumentKind.BUDGET_DISCLOSURE, "预算总表|(?<!绩效目标)预算表|预算明细表"));

  private static final Pattern SELF_EVAL_TITLE = Pattern.compile(
      "(?:自评|评价)(?:[^，。；]{0,12})(?:报告|表)|自评报告|自评表");

  /** A column header or statement of self-scores. */
  private static final Pattern SCORE_HEADER = Pattern.compile(
      "(?:自评)?得分|自评分|评分|自评等级|评价等级|评价得分");
  private static final Pattern SCORE_PROSE = Pattern.compile(
      "(?:自评|综合|评价|总|最终)得分|自评分|(?:自评|评价)(?:等级|结果)(?:为|：|:)|得分[为是]?\\d");

  /** Placeholders where a name or figure should stand. */
  static final Pattern PLACEHOLDER = Pattern.compile(
      "(?<![A-Za-z])[XＸ]{2,}(?![A-Za-z])|×{2,}|＿{2,}|_{3,}");
  static final StartCharFinder PLACEHOLDER_FINDER = StartCharFinder.of(PLACEHOLDER, "XＸ×＿_");
  private static final StartCharFinder SCORE_PROSE_FINDER = StartCharFinder.of(SCORE_PROSE, "自综评总最得");
  /** A placeholder inside a name: 上海市XX局, XX单位, ××县. */
  static final Pattern PLACEHOLDER_NAME = Pattern.compile(
      "(?<![A-Za-z])(?:[XＸ]{2,}|×{2,})(?![A-Za-z])[\\u4e00-\\u9fa5（(]");

  /** The kind a title line names as a disclosure or target table, or null. */
  static DocumentKind disclosureCue(String collapsed) {
    return Cue.first(TITLES, collapsed);
  }

  /** The disclosure kind a table caption ("收支预算总表") belongs to, or null. */
  static DocumentKind tableCue(String collapsed) {
    if (collapsed.length() > 40) {
      return null;
    }
    return Cue.first(TABLES, collapsed);
  }

  /** A line naming a self-evaluation (绩效自评报告, 项目支出绩效自评表, 绩效评价报告). */
  static boolean selfEvaluationTitle(String collapsed) {
    return SELF_EVAL_TITLE.matcher(collapsed).find();
  }

  /** A short table cell that heads a column of self-scores. */
  static boolean scoreHeader(String collapsedCell) {
    return collapsedCell.length() <= 8 && SCORE_HEADER.matcher(collapsedCell).find();
  }

  /** Where a sentence states a self-score or grade, or null. */
  static Matcher scoreProse(String text) {
    Matcher m = SCORE_PROSE_FINDER.matcher(text);
    return SCORE_PROSE_FINDER.find(m, text, 0) ? m : null;
  }

  /** Text with whitespace (and the ideographic space) removed. */
  static String collapse(String s) {
    return s.replaceAll("[\\s\\u3000]+", "");
  }
}
