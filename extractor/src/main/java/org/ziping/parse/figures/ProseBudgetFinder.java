package org.ziping.parse.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ziping.parse.ReportScope;
import org.ziping.parse.facts.Vocabulary;
import org.ziping.parse.figures.Measures.Column;
import org.ziping.parse.figures.Measures.Fig;
import org.ziping.report.Amount;
import org.ziping.report.BudgetRow;
import org.ziping.report.BudgetRowOrigin;
import org.ziping.report.Location;
import org.ziping.report.Quantity;

/**
 * Budget rows stated in sentences (origin {@code prose}).
 *
 * <p>Algorithm. Every money figure of running text gets a column from its label ({@link
 * Measures#column}): 年初预算/预算安排/预算数 → initial budget; 全年预算/调整预算/调整后(安排)/可用 →
 * full-year budget; 实际支出/本年支出/支出决算/决算/执行数/已支出 → actual; labels with 收入 or a
 * change (比上年…) have none. Its subject is the label before the first column word, without years
 * and 本年/当年/年末 ("社保经办机构工作经费年初预算" → 社保经办机构工作经费, "2024年支出决算数" → "");
 * a figure with no subject takes the subject of the sentence (its first subject, or the words
 * before its first figure up to a comma: "终端设备购置经费，调整预算9.75万元，本年支出9.75万元";
 * a lead ending in a colon, "执行情况：", is a heading and not a subject; else the last 功能分类 item
 * named in the 400 characters before it, "一般公共服务支出（类）…（款）事业运行（项）", as final-accounts and
 * budget disclosures write one paragraph per item under such a heading). Within a paragraph,
 * figures of the same subject fill one row (subjects carry over within a sentence up to a ；); a column met twice starts a new row, and so does a figure whose label writes another year than the row's
 * ("2023年执行数60.13万元，2024年预算安排25.77万元" are two rows, neither complete: a rate never divides
 * one year's spending by another year's budget). A percentage
 * labelled 执行率/支出率 sets the declared rate of the row of its sentence. A row needs an actual
 * figure and a budget or a declared rate. A row that restates an earlier row of the scope (same
 * actual figure, no conflicting budget; same subject, or no budget of its own: "已支出7000万元，
 * 执行率100%") is merged into it, filling its missing budget figures and declared rate. An empty subject is labelled 部门整体支出 in a report that speaks of
 * 整体支出, else 合计.
 *
 * <p>recomputedRate = actual ÷ (full-year budget, else initial budget) × 100, half-up to two
 * decimals; null without a budget or with a zero budget. Values keep their digits when the row's
 * figures share one unit, else they are given in 元.
 *
 * <p>Limits: rows spread over several paragraphs are not joined (except by the merge above); a
 * budget stated as "下达/拨付" is not taken as a budget.
 */
public final class ProseBudgetFinder {
  private static final Pattern YEAR = Pattern.compile("\\d{4}\\s*年度?|^(年度|年)");
  private static final Pattern RATE = Pattern.compile("执行率|支出率");
  /** A 功能分类 item: 类 and 款 optional, 项 required, each a name followed by its level in brackets. */
  private static final Pattern ITEM = Pattern.compile(
      "(?:[\\p{IsHan}\\s]{1,30}[（(]\\s*类\\s*[）)])?(?:[\\p{IsHan}\\s]{1,30}[（(]\\s*款\\s*[）)])?"
          + "[\\p{IsHan}\\s]{1,30}[（(]\\s*项\\s*[）)]");
  /** How far back (characters) a budget sentence without subject looks for its 功能分类 item. */
  private static final int ITEM_WINDOW = 400;
  private static final Pattern STATED_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final class Row {
    final String subject;
    final Integer year;
    Fig initial;
    Fig full;
    Fig actual;
    Quantity rate;
    int start = Integer.MAX_VALUE;
    int end = -1;

    Row(String subject, Integer year) {
      this.subject = subject;
      this.year = year;
    }

    /** Whether a figure of year {@code y} (null: not stated) may join this row. */
    boolean sameYear(Integer y) {
      return y == null || year == null || year.equals(y);
    }

    void span(int s, int e) {
      start = Math.min(start, s);
      end = Math.max(end, e);
    }

    boolean has(Column c) {
      return switch (c) {
        case INITIAL -> initial != null;
        case FULL_YEAR -> full != null;
        case ACTUAL -> actual != null;
        case NONE -> false;
      };
    }

    void set(Column c, Fig f) {
      switch (c) {
        case INITIAL -> initial = f;
        case FULL_YEAR -> full = f;
        case ACTUAL -> actual = f;
        default -> { }
      }
      span(f.start(), f.end());
    }
  }

  public List<BudgetRow> find(ReportScope scope, Figures figures) {
    Prose prose = Prose.of(scope);
    List<Fig> figs = Measures.proseFigs(figures);
    String norm = prose.norm();
    String overall = scopeSaysOverall(scope) ? "部门整体支出" : "合计";
    List<Row> rows = new ArrayList<>();
    // figures and rates in text order, each segment takes its own stretch (linear, not S x F)
    List<Quantity> rates = new ArrayList<>();
    for (Quantity q : figures.quantities()) {
      if (q.location().table() == null && "percent".equals(q.kind())
          && RATE.matcher(q.label()).find()) {
        rates.add(q);
      }
    }
    rates.sort(Comparator.comparingInt(q -> q.location().start()));
    int nextFig = 0;
    int nextRate = 0;
    for (Prose.Segment seg : prose.segments()) {
      Map<String, Row> open = new LinkedHashMap<>();
      List<Row> segRows = new ArrayList<>();
      int sentence = -1;
      String sentenceSubject = null;
      Row lastInSentence = null;
      List<Object> events = new ArrayList<>();
      while (nextFig < figs.size() && figs.get(nextFig).start() < seg.start()) {
        nextFig++;
      }
      for (int k = nextFig; k < figs.size() && figs.get(k).start() < seg.end(); k++) {
        Fig f = figs.get(k);
        if (f.end() <= seg.end() && FigureScanner.isMoney(f.amount().unit())) {
          events.add(f);
        }
      }
      while (nextRate < rates.size() && rates.get(nextRate).location().start() < seg.start()) {
        nextRate++;
      }
      for (int k = nextRate; k < rates.size() && rates.get(k).location().start() < seg.end(); k++) {
        events.add(rates.get(k));
      }
      events.sort((a, b) -> Integer.compare(startOf(a), startOf(b)));
      for (Object e : events) {
        int ss = subSentenceStart(norm, prose.sentenceStart(startOf(e)), startOf(e));
        if (ss != sentence) {
          sentence = ss;
          sentenceSubject = null;
          lastInSentence = null;
        }
        if (e instanceof Quantity q) {
          if (lastInSentence != null && lastInSentence.rate == null) {
            lastInSentence.rate = q;
            lastInSentence.span(q.location().start(), q.location().end());
          }
          continue;
        }
        Fig f = (Fig) e;
        Column col = Measures.column(f.label());
        if (col == Column.NONE) {
          continue;
        }
        String subject = subject(f.label());
        if (subject.isEmpty()) {
          if (sentenceSubject == null) {
            sentenceSubject = leadSubject(norm, ss, f.start(), figs);
            if (sentenceSubject.isEmpty()) {
              sentenceSubject = itemSubject(scope, norm,
                  Math.max(scope.start(), f.start() - ITEM_WINDOW), f.start());
            }
          }
          subject = sentenceSubject;
        } else if (sentenceSubject == null) {
          sentenceSubject = subject;
        }
        Integer year = statedYear(f.label());
        Row row = open.get(subject);
        if (row == null || row.has(col) || !row.sameYear(year)) {
          row = new Row(subject, year);
          open.put(subject, row);
          segRows.add(row);
        }
        row.set(col, f);
        lastInSentence = row;
      }
      rows.addAll(segRows);
    }
    List<Row> kept = new ArrayList<>();
    // a restatement has the same actual spending: kept rows by that amount, so the search is
    // linear in the rows (the last restated row wins, as in a scan of all kept rows)
    Map<BigDecimal, List<Row>> keptByActual = new HashMap<>();
    for (Row r : rows) {
      if (r.actual == null || (r.initial == null && r.full == null && r.rate == null)) {
        continue;
      }
      Row same = null;
      List<Row> bucket = keptByActual.computeIfAbsent(
          r.actual.amount().yuan().stripTrailingZeros(), x -> new ArrayList<>());
      for (Row k : bucket) {
        if (restates(r, k)) {
          same = k;
        }
      }
      if (same != null) {
        same.rate = same.rate == null ? r.rate : same.rate;
        same.initial = same.initial == null ? r.initial : same.initial;
        same.full = same.full == null ? r.full : same.full;
        continue;
      }
      kept.add(r);
      bucket.add(r);
    }
    List<BudgetRow> out = new ArrayList<>();
    for (Row r : kept) {
      out.add(toRow(scope, r, overall));
    }
    return out;
  }

  /** Start of the part of a sentence after its last ；, where subjects carry over. */
  private static int subSentenceStart(String norm, int ss, int pos) {
    int i = pos;
    while (i > ss && "；;".indexOf(norm.charAt(i - 1)) < 0) {
      i--;
    }
    return i;
  }

  /**
   * True when {@code r} restates {@code k}: same actual figure, no conflicting budget figure or
   * rate, and either the same subject or no budget of its own.
   */
  private static boolean restates(Row r, Row k) {
    if (!eq(r.actual, k.actual) || (r.rate != null && k.rate != null)
        || (r.year != null && k.year != null && !r.year.equals(k.year))) {
      return false;
    }
    if (r.initial == null && r.full == null) {
      return true;
    }
    return r.subject.equals(k.subject) && (r.initial == null || k.initial == null
        || eq(r.initial, k.initial)) && (r.full == null || k.full == null || eq(r.full, k.full));
  }

  private static boolean eq(Fig a, Fig b) {
    return a.amount().yuan().compareTo(b.amount().yuan()) == 0;
  }

  private static int startOf(Object o) {
    return o instanceof Fig f ? f.start() : ((Quantity) o).location().start();
  }

  private static boolean scopeSaysOverall(ReportScope scope) {
    String t = scope.normalized().substring(scope.start(), scope.end());
    return t.contains("整体支出");
  }

  /** A character ITEM may read: Han (a surrogate half counted as one), a space of \\s, a bracket. */
  private static boolean isItemChar(char c) {
    return Character.isSurrogate(c) || " \t\n\013\f\r（()）".indexOf(c) >= 0
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /**
   * The last 功能分类 item named before {@code to} in {@code [from, to)}
   * ("一般公共服务支出（类）社会工作事务（款）事业运行（项）"), "" when none: the subject of the budget
   * sentences that follow it in final-accounts and budget disclosures.
   */
  static String itemSubject(ReportScope scope, String norm, int from, int to) {
    // ITEM reads only Chinese characters, spaces and brackets, and every match holds 项: a match
    // lies inside a run of such characters holding 项, so only those runs are searched
    var m = ITEM.matcher(norm);
    String last = "";
    for (int rs = from; rs < to; ) {
      if (!isItemChar(norm.charAt(rs))) {
        rs++;
        continue;
      }
      int re = rs;
      boolean item = false;
      while (re < to && isItemChar(norm.charAt(re))) {
        item |= norm.charAt(re) == '项';
        re++;
      }
      if (item) {
        m.region(rs, re);
        while (m.find()) {
          last = scope.text(m.start(), m.end()).replaceAll("\\s+", "");
        }
      }
      rs = re;
    }
    return last;
  }

  /** The year a label writes ("2023年当年预算执行数" → 2023), null when it writes none. */
  private static Integer statedYear(String label) {
    var m = STATED_YEAR.matcher(label);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /** The subject of a label: the words before its first column word, without years. */
  static String subject(String label) {
    var m = Vocabulary.SENTENCE_COLUMN_WORD.matcher(label);
    String s = m.find() ? label.substring(0, m.start()) : label;
    s = YEAR.matcher(s).replaceAll("");
    s = s.replaceAll("^(本年|当年|年末|全年|年度|年)+", "").replaceAll("(本年|当年|年末|的)+$", "");
    s = Labels.clean(s);
    return s.equals("支出") ? "" : s;
  }

  /** The words of a sentence before its first figure's clause, when they carry no figure. */
  private static String leadSubject(String norm, int ss, int figStart, List<Fig> figs) {
    for (Fig f : figs) {
      if (f.start() >= ss && f.start() < figStart) {
        return "";
      }
    }
    int cs = figStart;
    while (cs > ss && "，,；;：:".indexOf(norm.charAt(cs - 1)) < 0) {
      cs--;
    }
    if (cs <= ss || "：:".indexOf(norm.charAt(cs - 1)) >= 0) {
      return "";
    }
    String lead = Labels.clean(norm.substring(ss, cs));
    return lead.length() <= 40 ? subject(lead) : "";
  }

  private static BudgetRow toRow(ReportScope scope, Row r, String overall) {
    List<Fig> all = new ArrayList<>();
    for (Fig f : new Fig[] {r.initial, r.full, r.actual}) {
      if (f != null) {
        all.add(f);
      }
    }
    String unit = all.get(0).amount().unit();
    boolean same = all.stream().allMatch(f -> f.amount().unit().equals(unit));
    BigDecimal budget = r.full != null ? r.full.amount().yuan()
        : r.initial != null ? r.initial.amount().yuan() : null;
    BigDecimal rec = budget == null || budget.signum() == 0 ? null
        : r.actual.amount().yuan().multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
    String label = r.subject.isEmpty() ? overall : r.subject;
    Map<String, Location> figures = new HashMap<>();
    if (r.initial != null) {
      figures.put("initialBudget", r.initial.amount().location());
    }
    if (r.full != null) {
      figures.put("fullYearBudget", r.full.amount().location());
    }
    figures.put("actual", r.actual.amount().location());
    if (r.rate != null) {
      figures.put("declaredRate", r.rate.location());
    }
    return new BudgetRow(label, value(r.initial, same), value(r.full, same), value(r.actual, same),
        r.rate == null ? null : r.rate.value(), rec, null, null, same ? unit : "元",
        BudgetRowOrigin.PROSE, scope.text(r.start, r.end), scope.locate(r.start, r.end), figures, r.year);
  }

  private static BigDecimal value(Fig f, boolean sameUnit) {
    if (f == null) {
      return null;
    }
    Amount a = f.amount();
    return sameUnit ? a.value() : a.yuan();
  }
}
