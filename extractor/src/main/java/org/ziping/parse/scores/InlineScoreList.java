package org.ziping.parse.scores;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Score lists written inline in one sentence: "预算执行15分（满分20分），产出指标38分（满分40分），
 * 效益指标27分（满分30分），满意度9分（满分10分），总分89分" or "预算执行率得分9分（满分10分）；产出指标
 * 得分48分（满分50分）…", and the maximum-first form "预算执行（满分20分）得15分，产出（满分40分）得38分".
 *
 * <p>Algorithm. On the joined, normalised prose ({@link ProseScoreParser} hands it over), an item
 * is a label of 2 to 16 Chinese characters that starts after a punctuation mark or a line start
 * (a leading 其中 / 包括 / 分别为 / 即 is not part of it), then either the score (得分 / 得 / 自评 /
 * 评分 optional, "N分") and its maximum in brackets ("（满分M分）", "（分值M分）", "（权重M分）",
 * "（M分）"), or the maximum in brackets and then the score. Items whose gaps hold only separators
 * (，；、 and spaces, 和, 及) make one list; a list of at least two items is read, each item as a
 * {@link ScoreItem} (not a group). A total after the list (总分, 合计, 综合得分 …) is left to
 * {@link TotalScoreParser}, which skips statements inside the items.
 *
 * <p>Data source: the text {@link ProseScoreParser} joins from the scope's prose blocks. Limits: a
 * single inline item is left to the head-and-statement reading; labels holding digits or brackets
 * are not read; maxima in Chinese numerals are not read.
 */
final class InlineScoreList {
  private InlineScoreList() {}

  private static final String NUM = "\\d+(?:\\.\\d+)?";
  private static final String LABEL = "(?<![\\u4e00-\\u9fa5])(?:其中|包括|分别为|分别是|即|具体为)?:?"
      + "(?<label>[\\u4e00-\\u9fa5“”\"]{2,16}?)";
  private static final String SCORE_WORD = "(?:自评得分|自评|得分|评分|得)?(?:为|:)?\\s*";
  private static final String MAX_BRACKET = "\\(\\s*(?:满分|分值|权重|总分)?\\s*(?:为)?\\s*";
  /** Score first, then the maximum in brackets. */
  static final Pattern SCORE_FIRST = Pattern.compile(
      LABEL + SCORE_WORD + "(?<score>" + NUM + ")\\s*分\\s*"
          + MAX_BRACKET + "(?<max>" + NUM + ")\\s*分\\s*\\)");
  /** The maximum in brackets, then the score. */
  static final Pattern MAX_FIRST = Pattern.compile(
      LABEL + "\\s*" + MAX_BRACKET + "(?<max>" + NUM + ")\\s*分\\s*\\)"
          + "\\s*,?\\s*(?:自评得分|自评|得分|评分|得)(?:为|:)?\\s*(?<score>"
          + NUM + ")\\s*分(?!值)");
  private static final Pattern SEPARATOR = Pattern.compile("[\\s,;、]*(?:和|及|以及)?[\\s,;、]*");
  /** Words that make a label a total, not an item. */
  private static final Pattern TOTAL_LABEL = Pattern.compile("总分|合计|总计|综合|总得分|自评总分");

  /** One item of a list: where it stands in the joined text, its label, maximum and score. */
  record Item(int start, int end, int labelStart, int labelEnd, String label, BigDecimal max,
              BigDecimal score) {}

  /** The inline lists of the text (at least two items each), their items in text order. */
  static List<List<Item>> find(String text) {
    List<Item> all = new ArrayList<>();
    for (Pattern p : List.of(SCORE_FIRST, MAX_FIRST)) {
      Matcher m = p.matcher(text);
      int at = 0;
      while (at < text.length() && m.find(at)) {
        String label = m.group("label");
        if (!TOTAL_LABEL.matcher(label).find()) {
          all.add(new Item(m.start("label"), m.end(), m.start("label"), m.end("label"), label,
              Cells.parse(m.group("max")), Cells.parse(m.group("score"))));
        }
        at = m.end();
      }
    }
    all.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<List<Item>> lists = new ArrayList<>();
    List<Item> run = new ArrayList<>();
    for (Item i : all) {
      if (!run.isEmpty()) {
        Item prev = run.get(run.size() - 1);
        if (i.start() < prev.end()) {
          continue; // the two forms overlap: keep the first
        }
        String gap = text.substring(prev.end(), i.start());
        if (!SEPARATOR.matcher(gap).matches()) {
          close(run, lists);
          run = new ArrayList<>();
        }
      }
      run.add(i);
    }
    close(run, lists);
    return lists;
  }

  private static void close(List<Item> run, List<List<Item>> lists) {
    if (run.size() >= 2) {
      lists.add(List.copyOf(run));
    }
  }
}
