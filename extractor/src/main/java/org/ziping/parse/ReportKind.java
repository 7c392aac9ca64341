package org.ziping.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.model.TextNormalizer;
import org.ziping.report.JsonEnum;

/**
 * The three kinds of self-evaluation report and the words that name them: 部门（单位）整体支出 →
 * department, 项目支出 / 项目绩效 → project, 专项资金 and the transfer payments → special.
 * Spaces inside the words are ignored (titles are often letter-spaced).
 *
 * <p>Transfer payments (转移支付: 中央对地方 / 省级 / 专项转移支付, and the funds that are
 * transfers by name, …补助资金: 就业补助资金, 衔接推进乡村振兴补助资金) are evaluated by the
 * receiving body as a fund, not as one of its own budget projects, and count as special; so does
 * a body laid out on the transfer-payment template, whose first section is 绩效目标分解下达情况
 * (how the targets set above were handed down). A fund word wins over 项目支出 in the same title
 * ("…补助资金项目支出绩效自评报告" evaluates the fund); a title that names a project or facility
 * and no fund ("…垃圾转运站提升改造项目绩效自评报告") stays project, whatever money the body says
 * paid for it.
 *
 * <p>The JSON value ({@link JsonEnum}: {@code department}, {@code project}, {@code special}) is the
 * {@link org.ziping.report.DocumentKind} of the same name, written into the kind evidence.
 */
public enum ReportKind implements JsonEnum {
  DEPARTMENT("部门[(（]?单位[)）]?整体|部门整体|单位整体|整体支出"),
  PROJECT("项目支出|项目绩效|项目资金"),
  SPECIAL("专项资金|专项经费|转移支付|补助资金|绩效目标分解下达");

  private final Pattern pattern;

  ReportKind(String regex) {
    this.pattern = Pattern.compile(regex);
  }

  /** The kind a title names; special and project win over department ("部门整体支出专项资金"). */
  public static ReportKind fromTitle(String title) {
    String t = TextNormalizer.normalize(title).replaceAll("\\s+", "");
    if (SPECIAL.pattern.matcher(t).find()) {
      return SPECIAL;
    }
    if (PROJECT.pattern.matcher(t).find()) {
      return PROJECT;
    }
    if (DEPARTMENT.pattern.matcher(t).find()) {
      return DEPARTMENT;
    }
    return null;
  }

  /**
   * Where this kind's words first stand in a text outside a 《》 document name, as
   * {@code [start, end)}, or null.
   */
  int[] firstMention(String text) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      int open = text.lastIndexOf('《', m.start());
      int close = text.lastIndexOf('》', m.start());
      if (open < 0 || close > open || m.start() - open > 80) {
        return new int[] {m.start(), m.end()};
      }
    }
    return null;
  }

  /** The kind the body names most often (document names in 《》 left out), or null. */
  public static ReportKind fromBody(String text) {
    String t = text.replaceAll("《[^》]{0,80}》", "").replaceAll("\\s+", "");
    ReportKind best = null;
    int bestCount = 0;
    for (ReportKind k : values()) {
      Matcher m = k.pattern.matcher(t);
      int n = 0;
      while (m.find()) {
        n++;
      }
      if (n > bestCount) {
        best = k;
        bestCount = n;
      }
    }
    return best;
  }
}
