package org.ziping.audit.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.audit.RuleId;
import org.ziping.report.Decimals;
import org.ziping.report.Severity;
import org.ziping.report.DecimalInterval;
import org.ziping.report.Evidence;
import org.ziping.report.Report;

/**
 * DISCLOSURE_COMPLETION_RATE (error; info when the rate matches the sentence's other budget): a
 * final-accounts sentence states the budget, the 决算 and the share of the budget the 决算 completes,
 * and the share does not follow: "一般公共预算财政拨款支出年初预算为1,150.00万元，支出决算为1,127.00万元，
 * 完成年初预算的98.00%" (1,127.00 ÷ 1,150.00 = 98.00%).
 *
 * <p>Data: the report's text, one sentence (up to 。；): 年初预算（数）为A万元, optionally
 * 全年预算/调整预算（数）为B万元, (支出)决算（数）为C万元, 完成(年初|全年|调整)?预算的X%. The base is
 * the budget the words name (完成预算的 with no qualifier: 年初预算, else the only budget given).
 * Algorithm: C ÷ base × 100 against X. A base of 0 is skipped (a share of nothing is not defined).
 * When X matches C over the other budget of the sentence, the figures agree and only the words name
 * the wrong base: info, with the base X does match.
 *
 * <p>Tolerance: interval arithmetic on the rounded figures.
 */
public final class DisclosureCompletionRate extends AbstractRule {
  private static final String NUM = "(\\d[\\d,]*(?:\\.\\d+)?)万元";
  private static final Pattern SENTENCE = Pattern.compile("[^。；\\n]*完成[^。；\\n]{0,6}预算(?:数)?的(\\d+(?:\\.\\d+)?)%");
  private static final Pattern INITIAL = Pattern.compile("年初预算(?:数)?为?" + NUM);
  private static final Pattern FULL = Pattern.compile("(?:全年|调整)(?:后)?预算(?:数)?为?" + NUM);
  private static final Pattern ACTUAL = Pattern.compile("决算(?:数)?为?" + NUM);

  public DisclosureCompletionRate() {
    super(RuleId.DISCLOSURE_COMPLETION_RATE, DisclosureCells.KINDS);
  }

  @Override
  void find(Report report, RuleFindings out) {
    if (report.text() == null || report.location() == null) {
      return;
    }
    String text = report.text();
    int base = report.location().start();
    Matcher s = SENTENCE.matcher(text);
    while (s.find()) {
      String sentence = s.group();
      Matcher a = ACTUAL.matcher(sentence);
      Matcher i = INITIAL.matcher(sentence);
      Matcher f = FULL.matcher(sentence);
      boolean hasA = a.find();
      boolean hasI = i.find();
      boolean hasF = f.find();
      if (!hasA || !(hasI || hasF) || a.find()) {
        continue;
      }
      a.find(0);
      String words = sentence.substring(sentence.lastIndexOf("完成"));
      boolean full = words.contains("全年") || words.contains("调整") || !hasI;
      if (full && !hasF) {
        continue;
      }
      Matcher named = full ? f : i;
      Matcher other = full ? (hasI ? i : null) : (hasF ? f : null);
      BigDecimal rate = new BigDecimal(s.group(1));
      DecimalInterval declared = DecimalInterval.ofShown(rate);
      DecimalInterval actual = DecimalInterval.ofShown(num(a));
      DecimalInterval recomputed;
      try {
        recomputed = actual.divide(DecimalInterval.ofShown(num(named))).times100();
      } catch (ArithmeticException e) {
        continue;
      }
      if (recomputed.overlaps(declared)) {
        continue;
      }
      String baseName = full ? "全年（调整）预算" : "年初预算";
      String note = "";
      Severity severity = Severity.ERROR;
      if (other != null) {
        try {
          DecimalInterval alt = actual.divide(DecimalInterval.ofShown(num(other))).times100();
          if (alt.overlaps(declared)) {
            severity = Severity.INFO;
            note = "；申报值与 决算÷" + (full ? "年初预算" : "全年（调整）预算") + " 一致（"
                + Decimals.rounded(alt.mid(), 2) + "%），说明文字所称基数有误";
          }
        } catch (ArithmeticException e) {
          // the other budget is 0: no comparison
        }
      }
      int at = base + s.start();
      List<Evidence> ev = List.of(
          new Evidence("完成预算比例", rate, sentence, DisclosureTextTable.locate(report,
              base + s.start(1), base + s.end())),
          new Evidence("决算数", num(a), a.group(), DisclosureTextTable.locate(report,
              at + a.start(1), at + a.end())),
          new Evidence(baseName, num(named), named.group(), DisclosureTextTable.locate(report,
              at + named.start(1), at + named.end())));
      String msg = "完成" + baseName + "的" + rate.toPlainString() + "%与决算" + Decimals.shown(num(a))
          + "万元÷" + baseName + Decimals.shown(num(named)) + "万元=" + Decimals.rounded(recomputed.mid(), 2)
          + "%不一致（申报区间" + declared + "，重算区间" + recomputed + "）" + note;
      out.add(severity, msg, ev);
    }
  }

  private static BigDecimal num(Matcher m) {
    return new BigDecimal(m.group(1).replace(",", ""));
  }
}
