package org.ziping.parse.figures;

import java.util.List;
import java.util.regex.Pattern;
import org.ziping.parse.facts.Vocabulary;
import org.ziping.report.Amount;

/**
 * The grammar of a prose breakdown {@code X，其中A…，B…，C…}: which parenthesis a position stands
 * in, which clauses end the run of parts, which figures are not parts, and which words say the
 * parts may be a selection. Pure functions on the normalised text (full-width parentheses are
 * already ASCII there) and, for levels of one set, on the figures read.
 *
 * <ul>
 *   <li>Parentheses: a parenthesised stretch belongs to the figure or part it follows. Figures and
 *       其中/包括 inside it are not parts of the outer run ("其他资金(包括结转结余资金、利息收入)50万元"
 *       is one part; "中央60万元(含待支付5万元)" is one part with an inclusion note). A 其中 inside a
 *       parenthesis opens a run that ends at the closing parenthesis ("总投资500万元(其中建筑工程
 *       300万元)" names one subset, not a breakdown).</li>
 *   <li>Run ends: a clause that adjusts (调减/调增/追加/收回/核减/压减/扣减) or states another total
 *       (全年实际…, 实际下达/到位/拨付, 合计, 共计, 总计, 累计) ends the parts; so does a part of
 *       another measure than its total's (spending, a budget, funds received: "实际支出…，其中A到位…，
 *       支出…" lists two measures per item), and what remains unspent (结余, 尚未支付 …) after a
 *       spending total.</li>
 *   <li>Not parts: rates (a figure followed by 每… or /人, or whose clause says 每人/标准/单价), and
 *       a figure stated for each of several (各/均为 right before it). Not a breakdown: levels of
 *       one set (a part as large as the total).</li>
 *   <li>Selection: 主要用于/主要包括/主要有/重点用于/例如/比如/诸如, or 等 closing a list.</li>
 * </ul>
 *
 * <p>Limits: string rules on clauses, not a parser of noun phrases; brackets other than () are
 * not read as parentheses; an adjustment stated without one of the listed verbs is taken as a
 * part.
 */
final class BreakdownGrammar {
  private BreakdownGrammar() {}

  /**
   * Whether the parts are levels of one set rather than a partition of the total: a part as large
   * as the whole (in the same unit) while at least two parts are not zero (一级指标3个，二级指标9个，
   * 三级指标12个 against 12).
   */
  static boolean levelsOfOneSet(Amount total, List<Amount> parts) {
    boolean big = false;
    int nonZero = 0;
    for (Amount p : parts) {
      if (p.value().signum() != 0) {
        nonZero++;
      }
      if (p.value().compareTo(total.value()) >= 0 && p.unit().equals(total.unit())) {
        big = true;
      }
    }
    return big && nonZero >= 2;
  }

  private static final Pattern ADJUSTMENT =
      Pattern.compile("调减|调增|调整为|调整后|追加|追减|收回|核减|压减|扣减|调出|调入");
  private static final Pattern OTHER_TOTAL =
      Pattern.compile("全年实际|实际下达|实际到位|实际拨付|合计|共计|总计|累计");
  private static final Pattern SPENDING = Vocabulary.BREAKDOWN_SPENDING.pattern();
  private static final Pattern BUDGET = Vocabulary.BREAKDOWN_BUDGET.pattern();
  private static final Pattern RECEIVED = Vocabulary.BREAKDOWN_RECEIVED.pattern();
  private static final Pattern REMAINDER =
      Pattern.compile("结余|剩余|未支|尚未|未拨付|未使用|未执行|结转|待支付");
  private static final Pattern RATE_CLAUSE = Pattern.compile("每人|每户|每年每|标准|单价|人均|户均");
  private static final Pattern EACH = Pattern.compile("(各|均为|均|各为|各计)\\s*$");
  static final Pattern SELECTION =
      Pattern.compile("主要用于|主要包括|主要有|主要是|主要为|重点用于|例如|比如|诸如");
  private static final Pattern ET_CETERA =
      Pattern.compile("等(?=\\s*([，,。；;、:：)]|$|方面|项目|费用|支出|资金|经费|内容|工作))");

  /** Index of the unmatched '(' that encloses {@code pos} (searching back to {@code floor}), or -1. */
  static int openParen(String norm, int pos, int floor) {
    int depth = 0;
    for (int i = pos - 1; i >= floor; i--) {
      char c = norm.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(') {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    return -1;
  }

  /** Index of the ')' closing the '(' at {@code open}, or {@code limit} when it is not closed. */
  static int closeParen(String norm, int open, int limit) {
    int depth = 0;
    for (int i = open; i < limit; i++) {
      char c = norm.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return limit;
  }

  /** True when {@code pos} stands inside a parenthesis opened at or after {@code floor}. */
  static boolean inParens(String norm, int pos, int floor) {
    return openParen(norm, pos, floor) >= 0;
  }

  /** The clause text before a figure: from the last clause delimiter (or {@code floor}) to it. */
  static String clauseBefore(String norm, int figStart, int floor) {
    int i = figStart;
    while (i > floor && Prose.CLAUSE_DELIMS.indexOf(norm.charAt(i - 1)) < 0) {
      i--;
    }
    return norm.substring(i, figStart);
  }

  /** True when the clause of a figure adjusts an amount rather than naming a part. */
  static boolean isAdjustment(String clause) {
    return ADJUSTMENT.matcher(clause).find();
  }

  /** True when the clause of a figure states another total than {@code totalClause} does. */
  static boolean isOtherTotal(String clause, String totalClause) {
    var m = OTHER_TOTAL.matcher(clause);
    while (m.find()) {
      if (!totalClause.contains(m.group())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a part's clause states another measure than the total's: a budget or funds received
   * after a spending total; spending or a budget after a total of funds received; spending or funds
   * received after a budget total; spending after a total of no stated measure.
   */
  static boolean changesMeasure(String clause, String totalClause) {
    if (SPENDING.matcher(totalClause).find()) {
      return BUDGET.matcher(clause).find() || RECEIVED.matcher(clause).find();
    }
    if (RECEIVED.matcher(totalClause).find()) {
      return SPENDING.matcher(clause).find() || BUDGET.matcher(clause).find();
    }
    if (BUDGET.matcher(totalClause).find()) {
      return SPENDING.matcher(clause).find() || RECEIVED.matcher(clause).find();
    }
    return SPENDING.matcher(clause).find();
  }

  /** The clause after a figure: from its end to the next clause delimiter (or {@code limit}). */
  static String clauseAfter(String norm, int figEnd, int limit) {
    int i = figEnd;
    while (i < limit && Prose.CLAUSE_DELIMS.indexOf(norm.charAt(i)) < 0) {
      i++;
    }
    return norm.substring(figEnd, i);
  }

  /** True when a figure after a spending total is what remains unspent (结余, 尚未支付 …). */
  static boolean isRemainder(String clauseBefore, String clauseAfter, String totalClause) {
    String after = withoutParens(clauseAfter); // (含…待支付…) is a note on the part
    return SPENDING.matcher(totalClause).find()
        && (REMAINDER.matcher(clauseBefore).find() || REMAINDER.matcher(after).find());
  }

  /** True when the figure ending at {@code figEnd} is a rate: 30000元每年每人, 500元/人. */
  static boolean isRate(String norm, int figEnd, int limit, String clause) {
    int p = FigureScanner.skipSpace(norm, figEnd, limit);
    if (p < limit && "每/／".indexOf(norm.charAt(p)) >= 0) {
      return true;
    }
    return RATE_CLAUSE.matcher(clause).find();
  }

  /** True when the figure is stated for each of several: 分别下达A县和B县各80万元. */
  static boolean isEach(String clause) {
    return EACH.matcher(clause).find();
  }

  /** The text without its parenthesised stretches (notes on a part, not the run's grammar). */
  static String withoutParens(String text) {
    StringBuilder sb = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (depth == 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The words outside parentheses that say the parts may be a selection, or null. */
  static String selectionCue(String raw) {
    String text = withoutParens(raw);
    var m = SELECTION.matcher(text);
    if (m.find()) {
      return m.group();
    }
    var e = ET_CETERA.matcher(text);
    return e.find() ? "…等" : null;
  }
}
