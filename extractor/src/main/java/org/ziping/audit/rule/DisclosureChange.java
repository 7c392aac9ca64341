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
 * DISCLOSURE_CHANGE (warning; info for a slip of at most 0.05 percentage points): a 功能分类 item
 * paragraph of a disclosure's 说明 states last year's figure and a change against it, and the change
 * does not follow from last year's figure and this year's: "…（204类）…（06款）…（99项）3845.49万元。
 * …2025年当年预算执行数为43269.3万元，2026年预算安排3845.49万元，比2025年预算执行数增加17.62%".
 *
 * <p>Data: the item paragraphs DISCLOSURE_TEXT_TABLE reads (codes written with 类/款/项), within the
 * paragraph: last year's figure ("&lt;year − 1&gt;年…(执行数|预算数|决算数)为A万元", or 上年), and the
 * change "比…(增加|减少|增长|下降)P%" or "…X万元". This year's figure T is the coded row's figure in
 * the table when the document has it, else the item's own figure in the text. Algorithm: recomputed
 * percent (T − A) ÷ A × 100 against ±P (增加/增长 positive, 减少/下降 negative); increase T − A against
 * ±X. Preconditions: A is not 0 (a percent from nothing is not defined); one last-year figure and one
 * change in the paragraph.
 *
 * <p>Tolerance: interval arithmetic on the rounded figures; a gap of at most 0.05 percentage points
 * (or 0.005万元) is a rounding slip (info).
 */
public final class DisclosureChange extends AbstractRule {
  private static final BigDecimal SLIP = new BigDecimal("0.05");
  private static final Pattern PERCENT = Pattern.compile("(?:比|较|与)[^。；]{0,30}?(增加|减少|增长|下降)(\\d+(?:\\.\\d+)?)%");
  private static final Pattern AMOUNT = Pattern.compile("(?:比|较|与)[^，。；]{0,16}?(增加|减少)" + DisclosureTextTable.NUM);

  public DisclosureChange() {
    super(RuleId.DISCLOSURE_CHANGE, DisclosureCells.KINDS);
  }

  @Override
  void find(Report report, RuleFindings out) {
    if (report.disclosureTables().isEmpty() || report.text() == null || report.location() == null
        || report.year() == null) {
      return;
    }
    String text = report.text();
    int base = report.location().start();
    Pattern lastYear = Pattern.compile("(?:" + (report.year() - 1) + "年|上年)[^，。；]{0,12}?(?:执行数|预算数|决算数|预算)为?"
        + DisclosureTextTable.NUM);
    Matcher m = DisclosureTextTable.ITEM.matcher(text);
    while (m.find()) {
      String code = m.group(1) + m.group(2) + m.group(3);
      int end = DisclosureTextTable.paragraphEnd(text, m.end());
      Matcher last = lastYear.matcher(text).region(m.end(), end);
      if (!last.find()) {
        continue;
      }
      int lastAt = last.start(1);
      int lastEnd = last.end();
      String lastText = last.group();
      BigDecimal a = new BigDecimal(last.group(1).replace(",", ""));
      if (a.signum() == 0 || last.find()) {
        continue;
      }
      DisclosureTextTable.Cell cell = DisclosureTextTable.itemCell(report, code);
      DecimalInterval thisYear;
      Evidence thisEv;
      String thisShown;
      if (cell != null) {
        thisYear = DisclosureCells.cell(cell.row(), cell.col());
        thisEv = DisclosureCells.evidence(cell.table(), cell.row(), cell.col());
        thisShown = DisclosureCells.shown(cell.row(), cell.col()) + DisclosureCells.unit(cell.table());
      } else {
        BigDecimal t = new BigDecimal(m.group(4).replace(",", ""));
        thisYear = DecimalInterval.ofShown(t).movePoint(4);
        thisEv = new Evidence("说明 · 功能分类" + code + "项", t, m.group(),
            DisclosureTextTable.locate(report, base + m.start(4), base + m.end()));
        thisShown = Decimals.shown(t) + "万元";
      }
      DecimalInterval prior = DecimalInterval.ofShown(a).movePoint(4);
      Evidence lastEv = new Evidence("说明 · 功能分类" + code + "项 · 上年", a, lastText,
          DisclosureTextTable.locate(report, base + lastAt, base + lastEnd));
      Matcher p = PERCENT.matcher(text).region(m.end(), end);
      if (p.find()) {
        BigDecimal stated = new BigDecimal(p.group(2));
        boolean down = p.group(1).equals("减少") || p.group(1).equals("下降");
        DecimalInterval said = DecimalInterval.ofShown(down ? stated.negate() : stated);
        DecimalInterval recomputed;
        try {
          recomputed = thisYear.subtract(prior).divide(prior).times100();
        } catch (ArithmeticException e) {
          continue;
        }
        if (!said.overlaps(recomputed)) {
          BigDecimal gap = said.distance(recomputed);
          Evidence pctEv = new Evidence("说明 · 功能分类" + code + "项 · 变动率", stated, p.group(),
              DisclosureTextTable.locate(report, base + p.start(2), base + p.end()));
          String msg = "功能分类" + code + "项：说明称比上年" + p.group(1) + stated + "%，按本年" + thisShown
              + (cell != null ? "（表格）" : "") + "与上年" + Decimals.shown(a) + "万元重算为"
              + Decimals.rounded(recomputed.mid(), 2) + "%（申报区间" + said + "，重算区间" + recomputed
              + "，相差" + Decimals.rounded(gap, 2) + "个百分点）";
          out.add(gap.compareTo(SLIP) <= 0 ? Severity.INFO : Severity.WARNING, msg,
              List.of(pctEv, lastEv, thisEv));
        }
      }
      Matcher x = AMOUNT.matcher(text).region(m.end(), end);
      if (x.find()) {
        BigDecimal stated = new BigDecimal(x.group(2).replace(",", ""));
        boolean down = x.group(1).equals("减少");
        DecimalInterval said = DecimalInterval.ofShown(down ? stated.negate() : stated).movePoint(4);
        DecimalInterval recomputed = thisYear.subtract(prior);
        if (!said.overlaps(recomputed)) {
          Evidence incEv = new Evidence("说明 · 功能分类" + code + "项 · 增减额", stated, x.group(),
              DisclosureTextTable.locate(report, base + x.start(2), base + x.end()));
          String msg = "功能分类" + code + "项：说明称比上年" + x.group(1) + Decimals.shown(stated) + "万元，按本年"
              + thisShown + "与上年" + Decimals.shown(a) + "万元重算为"
              + Decimals.rounded(recomputed.mid().movePointLeft(4), 2) + "万元（折合元：申报" + said + "，重算"
              + recomputed + "）";
          out.add(Severity.WARNING, msg, List.of(incEv, lastEv, thisEv));
        }
      }
    }
  }
}
