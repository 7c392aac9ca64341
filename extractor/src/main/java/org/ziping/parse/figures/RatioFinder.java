package org.ziping.parse.figures;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.parse.facts.Vocabulary;
import org.ziping.parse.ReportScope;
import org.ziping.parse.figures.Measures.Column;
import org.ziping.parse.figures.Measures.Fig;
import org.ziping.report.Amount;
import org.ziping.report.Quantity;
import org.ziping.report.Ratio;

/**
 * Stated percentages of running text that can be recomputed from stated figures.
 *
 * <ul>
 *   <li>{@code share}: a percentage whose clause holds 占 ("占99.84%", "占比1.82%", "占基本支出的
 *       91.02%"). The part is the nearest figure before it in the sentence. The whole is the figure
 *       named after 占 when there is one ("基本支出": the nearest earlier figure labelled so), else
 *       the total of the 其中 that introduces the part, else the sentence's first figure unless another
 *       share stands between them (parallel shares "A…，占…%；B…，占…%" of a total the sentence does not
 *       state give no ratio).</li>
 *   <li>{@code change}: a percentage labelled 增长/下降/增幅/减幅/降幅/上升/降低/增加/减少 right
 *       after a change amount (比上年减少…, 与年初预算对比增加…). The part is that change, the whole the
 *       nearest earlier figure of the sentence that is not a change and not labelled as last year's
 *       (上年预算数为…); increase from the words.</li>
 *   <li>{@code rate}: a percentage labelled 执行率/支出率/完成率/使用率 — not one compared with another
 *       period (较上年提高…%, 增长率) and, for 完成率, only of money (预算/支出/资金/经费 完成率, not 任务
 *       完成率): the part is the nearest actual
 *       spending figure (实际支出, 本年支出, 决算, 执行数, 已支出, 支出共计) and the whole the budget
 *       figure (全年/调整预算 before 年初预算, 可用资金) of the sentence, else of the paragraph, at most
 *       three sentences back; a parenthesis right after the rate that states its division
 *       ("97.80%（支出决算2,098.45万元÷收入预算2,145.60万元）": two money figures, ÷ or / between
 *       them) names them instead. Spending and budget whose labels name different subjects (one
 *       project's spending, another project's budget) are not paired.</li>
 * </ul>
 *
 * <p>Part and whole are of the same measure (money, or counts of one unit). Percentages with no
 * recomputable pair (同比增长5.35% with no amount of change) give no ratio.
 *
 * <p>Limits: only running text (a table's 执行率 column is the budget-table parser's); a share
 * whose whole is stated in a previous paragraph and not named is not found.
 */
public final class RatioFinder {
  private static final Pattern RATE = Pattern.compile("执行率|支出率|完成率|使用率");
  private static final Pattern NAMED = Pattern.compile("占(.*)$");

  public List<Ratio> find(ReportScope scope, Figures figures) {
    Prose prose = Prose.of(scope);
    List<Fig> figs = Measures.proseFigs(figures);
    // each figure's budget column, read once (rates look at the figures before them)
    Map<Fig, Column> columns = new IdentityHashMap<>();
    List<Ratio> out = new ArrayList<>();
    String norm = prose.norm();
    for (Quantity p : figures.quantities()) {
      if (!"percent".equals(p.kind()) || p.location().table() != null) {
        continue;
      }
      int ps = p.location().start();
      Prose.Segment seg = prose.segmentAt(ps);
      if (seg == null) {
        continue;
      }
      int ss = prose.sentenceStart(ps);
      int cs = prose.clauseStart(ps, ss);
      String clause = norm.substring(cs, ps);
      Fig before = lastBefore(figs, ss, ps);
      Ratio r = null;
      if (clause.contains("占") && before != null) {
        r = share(prose, figs, p, before, clause, ss);
      } else if (Vocabulary.RATIO_CHANGE.matcher(p.label()).find() && before != null
          && Measures.isDelta(before.label())) {
        r = change(prose, figs, p, before, ss);
      } else if (RATE.matcher(p.label()).find() && spendingRate(p.label() + clause)) {
        r = rate(prose, figs, p, ss, seg, columns);
      }
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  private static Fig lastBefore(List<Fig> figs, int from, int to) {
    Fig best = null;
    for (int k = Measures.firstAtOrAfter(figs, from);
        k < figs.size() && figs.get(k).start() < to; k++) {
      Fig f = figs.get(k);
      if (f.end() <= to) {
        best = f;
      }
    }
    return best;
  }

  private Ratio share(Prose prose, List<Fig> figs, Quantity p, Fig part, String clause, int ss) {
    Matcher m = NAMED.matcher(clause);
    String noun = m.find() ? m.group(1).replaceAll("[\\s*]", "")
        .replaceAll("^(比|了)", "").replaceAll("(的|为|达到|达|约|了|比)+$", "") : "";
    Fig whole = null;
    if (!noun.isEmpty()) {
      whole = named(figs, part, noun);
      if (whole == null && noun.startsWith("总") && noun.length() > 1) {
        whole = named(figs, part, noun.substring(1));
      }
    }
    if (whole == null) {
      int q = prose.norm().lastIndexOf("其中", part.start());
      if (q >= ss) {
        whole = QizhongBreakdowns.totalBefore(prose, figs, q);
      }
    }
    if (whole == null) {
      for (Fig f : figs) {
        if (f.start() >= ss && f.start() < part.start() && !Measures.isDelta(f.label())
            && f.measure().equals(part.measure())) {
          // "A 110万元，占…18.85%；B 317.8万元，占…54.43%": parallel shares of an unstated total,
          // not shares of the sentence's first figure
          if (prose.norm().substring(f.end(), part.start()).indexOf('占') < 0) {
            whole = f;
          }
          break;
        }
      }
    }
    if (whole == null || whole == part || !whole.measure().equals(part.measure())) {
      return null;
    }
    int from = Math.min(whole.start(), part.start());
    return new Ratio("share", part.label(), part.amount(), whole.amount(), null, p.value(),
        prose.scope().text(from, p.location().end()), prose.scope().locate(from, p.location().end()));
  }

  /** The nearest figure before {@code part} whose label is (or ends with) {@code noun}. */
  private static Fig named(List<Fig> figs, Fig part, String noun) {
    Fig best = null;
    for (Fig f : figs) {
      if (f.start() >= part.start()) {
        break;
      }
      if (f.measure().equals(part.measure()) && (f.label().equals(noun) || f.label().endsWith(noun))
          && !Measures.isDelta(f.label())) {
        best = f;
      }
    }
    return best;
  }

  private static final Pattern LAST_YEAR = Pattern.compile("上年|去年|上一年");

  private Ratio change(Prose prose, List<Fig> figs, Quantity p, Fig delta, int ss) {
    Fig current = null;
    for (Fig f : figs) {
      if (f.start() >= ss && f.end() <= delta.start() && !Measures.isDelta(f.label())
          && f.measure().equals(delta.measure())) {
        // a figure labelled as last year's (上年预算数为330万元，比上年增加20万元) is the base of the
        // change, not this year's figure: no ratio is made from it
        current = LAST_YEAR.matcher(f.label()).find() ? null : f;
      }
    }
    if (current == null) {
      return null;
    }
    boolean up = Vocabulary.RATIO_UP.matcher(delta.label()).find()
        || (!delta.label().matches(".*(减|下降|降低|少|节约|节省).*") && Vocabulary.RATIO_UP.matcher(p.label()).find());
    int from = current.start();
    return new Ratio("change", current.label(), delta.amount(), current.amount(), up, p.value(),
        prose.scope().text(from, p.location().end()), prose.scope().locate(from, p.location().end()));
  }

  /**
   * How far before a rate its figures are looked for when its sentence names none: the paragraph
   * run, but at most this many characters (a bound for endless lines; corpus paragraphs are far
   * shorter) and at most {@link #RATE_SENTENCES} sentences before the rate's own.
   */
  private static final int RATE_CONTEXT = 5000;
  /**
   * Sentences before a rate's own in which its figures may stand ("全年预算1000万元。实际支出960万元。
   * 执行率96%。" pairs; a text without line breaks, where the paragraph run is the whole text, never
   * pairs a rate with the figures of unrelated sentences far above it).
   */
  static final int RATE_SENTENCES = 3;

  private Ratio rate(Prose prose, List<Fig> figs, Quantity p, int ss, Prose.Segment seg,
                     Map<Fig, Column> columns) {
    int ps = p.location().start();
    Ratio stated = formula(prose, figs, p, seg);
    if (stated != null) {
      return stated;
    }
    int context = contextStart(prose, seg, ss, ps);
    Fig actual = pick(figs, ss, ps, Column.ACTUAL, null, columns);
    if (actual == null) {
      actual = pick(figs, context, ps, Column.ACTUAL, null, columns);
    }
    if (actual == null) {
      return null;
    }
    Fig budget = pick(figs, ss, ps, Column.FULL_YEAR, Column.INITIAL, columns);
    if (budget == null) {
      budget = pick(figs, context, ps, Column.FULL_YEAR, Column.INITIAL, columns);
    }
    if (budget == null || budget == actual || otherSubjects(actual, budget)) {
      return null;
    }
    int from = Math.min(actual.start(), budget.start());
    return new Ratio("rate", p.label(), actual.amount(), budget.amount(), null, p.value(),
        prose.scope().text(from, p.location().end()), prose.scope().locate(from, p.location().end()));
  }

  /**
   * The rate's operands as its own parenthesis right after it states them ("执行率97.80%（支出决算
   * 2,098.45万元÷收入预算2,145.60万元）"): its two money figures with ÷ or / between them, the
   * dividend first, whatever their words; null when no parenthesis follows or it holds another
   * number of money figures or no division.
   */
  private static Ratio formula(Prose prose, List<Fig> figs, Quantity p, Prose.Segment seg) {
    String norm = prose.norm();
    int open = FigureScanner.skipSpace(norm, p.location().end(), seg.end());
    if (open >= seg.end() || norm.charAt(open) != '(') {
      return null;
    }
    int close = BreakdownGrammar.closeParen(norm, open, seg.end());
    if (close < 0 || close >= seg.end()) {
      return null;
    }
    // exactly two money figures, a division sign between them: the text binds them to the rate
    List<Fig> money = new ArrayList<>();
    for (int k = Measures.firstAtOrAfter(figs, open); k < figs.size() && figs.get(k).end() <= close;
        k++) {
      if (FigureScanner.isMoney(figs.get(k).amount().unit())) {
        money.add(figs.get(k));
      }
    }
    if (money.size() != 2) {
      return null;
    }
    Fig actual = money.get(0);
    Fig budget = money.get(1);
    String between = norm.substring(actual.end(), budget.start());
    if (!DIVISION.matcher(between).matches()) {
      return null; // "500元/人，共发放96万元" is a rate per person and a sum, not a division
    }
    int from = p.location().start();
    return new Ratio("rate", p.label(), operand(actual.amount()), operand(budget.amount()), null,
        p.value(), prose.scope().text(from, close + 1), prose.scope().locate(from, close + 1));
  }

  /**
   * An operand of a stated division labelled by its own words: its label cut after the
   * parenthesis, the division sign or a separator ("本年预算执行率(支出决算" → 支出决算, "÷收入预算" →
   * 收入预算).
   */
  private static Amount operand(Amount a) {
    String label = a.label() == null ? "" : a.label();
    int cut = -1;
    for (int i = label.length() - 1; i >= 0; i--) {
      if ("(÷/，,；;、".indexOf(label.charAt(i)) >= 0) {
        cut = i;
        break;
      }
    }
    return new Amount(label.substring(cut + 1).strip(), a.value(), a.unit(), a.yuan(),
        a.text(), a.location());
  }

  /**
   * What stands between the two operands of a stated division: a division sign, then the second
   * operand's words, no separator and no unit of a rate (元/人, 元/亩) right after the sign.
   */
  private static final Pattern DIVISION =
      Pattern.compile("\\s*[÷/](?![人户年月日天次亩个件份吨])[^，,；;、:：0-9]*");

  /** A change against another period: 较上年提高, 比上年增长, 同比 (a growth, not an execution rate). */
  private static final Pattern COMPARED = Pattern.compile("较上年|比上年|较去年|比去年|同比|环比|增长|提高|提升|下降|降低");
  /** A completion rate of money (预算/支出/资金/经费/执行) rather than of tasks or targets. */
  private static final Pattern MONEY_WORD = Pattern.compile("预算|支出|资金|经费|执行|拨付");

  /**
   * True when a rate's label and clause speak of spending against a budget: not a change against
   * another period (较上年提高105%), not the completion rate of tasks or targets (目标任务完成率108%).
   */
  static boolean spendingRate(String labelAndClause) {
    if (COMPARED.matcher(labelAndClause).find()) {
      return false;
    }
    return !labelAndClause.contains("完成率") || MONEY_WORD.matcher(labelAndClause).find();
  }

  /**
   * True when the spending and the budget name different subjects (动物防疫项目实际支出 against
   * 高标准农田建设项目预算): another budget line's figure, not this rate's denominator.
   */
  static boolean otherSubjects(Fig actual, Fig budget) {
    String a = subject(actual.label());
    String b = subject(budget.label());
    return !a.isEmpty() && !b.isEmpty() && !a.contains(b) && !b.contains(a);
  }

  /** A figure's label without its year, measure and money words: what the figure is of. */
  static String subject(String label) {
    return label == null ? "" : MEASURE_WORDS.matcher(label.replaceAll("\\s+", "")).replaceAll("");
  }

  private static final Pattern MEASURE_WORDS = Pattern.compile(
      "20\\d{2}年度?|本年度?|全年|年初|调整后?|实际|预算|支出|执行|决算|安排|下达|到位|拨付|资金|经费|金额|总额"
          + "|数|共计|合计|总计|其中|为|达|是|[，,、：:；;（）()]");

  /**
   * Where the figures of a rate at {@code ps} (sentence from {@code ss}) may start: the start of
   * the {@link #RATE_SENTENCES}th sentence before it, within its paragraph run and
   * {@link #RATE_CONTEXT} characters.
   */
  private static int contextStart(Prose prose, Prose.Segment seg, int ss, int ps) {
    int floor = Math.max(seg.start(), ps - RATE_CONTEXT);
    int start = ss;
    for (int k = 0; k < RATE_SENTENCES && start > floor; k++) {
      start = prose.sentenceStart(start - 1);
    }
    return Math.max(floor, start);
  }

  /** The last money figure of column {@code a} in [from, to), else of column {@code b}. */
  private static Fig pick(List<Fig> figs, int from, int to, Column a, Column b,
                          Map<Fig, Column> columns) {
    Fig first = null;
    Fig second = null;
    for (int k = Measures.firstAtOrAfter(figs, from);
        k < figs.size() && figs.get(k).start() < to; k++) {
      Fig f = figs.get(k);
      if (f.end() > to || !FigureScanner.isMoney(f.amount().unit())) {
        continue;
      }
      Column c = columns.computeIfAbsent(f, x -> Measures.column(x.label()));
      if (c == a) {
        first = f;
      } else if (b != null && c == b) {
        second = f;
      }
    }
    return first != null ? first : second;
  }
}
