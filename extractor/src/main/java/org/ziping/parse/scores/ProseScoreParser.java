package org.ziping.parse.scores;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.parse.ReportScope;
import org.ziping.parse.StartCharFinder;
import org.ziping.report.ScoreItem;

/**
 * Reads scores stated in prose: group maxima ("（一）预算编制情况（28分）", "1.预算编制。指标分值18分")
 * and scored items ("（1）预算编制合理性（5分）。… 自评5分", "（2）资金到位率（满分5分）得4分",
 * "预算执行率，权重10分，自评得分9分").
 *
 * <p>Algorithm. The heading and paragraph blocks of the scope, joined over block boundaries, are
 * scanned for
 * <ul>
 *   <li>heads: a numbered label followed by its maximum in parentheses ("（5分）", "（满分5分）") or by
 *       "指标分值 / 分值 / 满分 / 权重 N分"; at the start of a block the number may be missing
 *       ("人员管理。指标分值2分"), after a full stop or semicolon inside a block it is required;</li>
 *   <li>boundaries: blocks that start with a number but state no maximum ("5.加减分项", "四、主要绩效");</li>
 *   <li>score statements: "自评N分" / "自评得分N分" (preferred when present), else "得N分", "得分N分",
 *       "评分N分", "计N分"; statements of the report's total ("综合得分", "绩效自评得分", "评价得分",
 *       "总得分", "合计") are never item scores;</li>
 *   <li>note sentences: sentences saying the item is not assessed (不考核) or that points were moved
 *       (调整至, 移至, 并入…).</li>
 * </ul>
 * Number styles rank 一、 &gt; （一） &gt; 1. &gt; （1） &gt; ①. A head's segment runs to the next head, or
 * to a boundary of the same or a higher rank. A head is a group when its segment states no score
 * and the next head is its child (a deeper number style, or an unnumbered head below a numbered one,
 * with a maximum not above its own); otherwise it is an item whose score is the sum of the score
 * statements of its segment (several "自评2分" after one "指标分值6分" add up; when several add up beyond
 * the maximum and no note moves points to the item, they are not all the item's — a cut text or an
 * item without a head — and the score is left undecided, with a note). An item with no score
 * that is "不考核" gets 0. Groups are kept on a stack for the parent label: a numbered head closes
 * the groups of its rank and deeper; an unnumbered head closes the groups whose children already
 * reach their maximum and takes the rank below the remaining one.
 *
 * <p>Inline lists of several items in one sentence ("预算执行15分（满分20分），产出指标38分（满分40分）…")
 * are read whole by {@link InlineScoreList} first; heads and statements inside them are theirs.
 *
 * <p>Score statements and notes are read from the prose joined over block boundaries, so a
 * statement broken by a line or page break ("自评" | "4 分") still reads.
 *
 * <p>Data source: the non-table blocks of the {@link ReportScope} (normalised text; labels and
 * notes quoted from the original). Limits: maxima written in Chinese numerals are not read; a label
 * containing parentheses is cut at the first one; a score stated before its item's head is lost.
 */
public final class ProseScoreParser {
  private static final String MARKER =
      "(?<num>[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|\\d{1,2}(?:、|\\.(?!\\d))|\\(\\d{1,2}\\)|[①-⑳]|\\d{1,2}\\))";
  private static final String NUMBER = "(?<max>\\d+(?:\\.\\d+)?)";
  static final Pattern HEAD_PAREN = Pattern.compile(
      "[\\s#*]*" + MARKER + "?[\\s*]*(?<label>[^()。;\\n]{1,40}?)[\\s*]*\\(\\s*(?:满分|分值|权重)?\\s*(?:为)?\\s*"
          + NUMBER + "\\s*分\\s*\\)");
  private static final Pattern HEAD_WORD = Pattern.compile(
      "[\\s#*]*" + MARKER + "?[\\s*]*(?<label>[^()。,;:\\n]{1,20}?)[\\s*]*[。.,:;\\s]*(?:该项|该)?(?:指标)?(?:分值|满分|权重)(?:为|是|:)?\\s*"
          + NUMBER + "\\s*分");
  private static final Pattern MARKER_AT = Pattern.compile("[\\s#*]*" + MARKER);
  private static final Pattern SCORE_SELF =
      Pattern.compile("自评(?:得分)?(?:为|:)?\\s*(\\d+(?:\\.\\d+)?)\\s*分(?!值)");
  private static final Pattern SCORE_OTHER = Pattern.compile(
      "(?:(?:得分|评分)(?:为|:)?|(?<![不扣])得|(?<!合)计)\\s*(\\d+(?:\\.\\d+)?)\\s*分(?!值)");
  private static final Pattern NOTE_WORDS =
      Pattern.compile("不考核|不纳入考核|不予考核|调整至|调整到|调至|移至|并入|转入|划入|分值调整");
  private static final StartCharFinder SELF_FINDER = StartCharFinder.of(SCORE_SELF, "自");
  private static final StartCharFinder OTHER_FINDER = StartCharFinder.of(SCORE_OTHER, "得评计");
  private static final StartCharFinder NOTE_FINDER = StartCharFinder.of(NOTE_WORDS, "不调移并转划分");
  private static final Pattern PRONOUN = Pattern.compile("^(?:该|本|此|其)(?:项)?(?:指标)?$");
  private static final Pattern NOT_ASSESSED = Pattern.compile("不考核|不纳入考核|不予考核");

  private record Head(int start, int end, String number, String label, BigDecimal max, int rank,
                      boolean numbered, String text) {}

  private record Boundary(int start, int rank) {}

  private record Stmt(int start, int end, BigDecimal value, int tier) {}

  private static final class Group {
    final int rank;
    final String label;
    final BigDecimal max;
    BigDecimal children = BigDecimal.ZERO;

    Group(int rank, String label, BigDecimal max) {
      this.rank = rank;
      this.label = label;
      this.max = max;
    }

    boolean full() {
      return children.compareTo(max) >= 0;
    }
  }

  /** The scored groups and items stated in the scope's prose, in reading order. */
  public List<ScoreItem> parse(ReportScope scope) {
    List<Head> heads = new ArrayList<>();
    List<Boundary> bounds = new ArrayList<>();
    List<Stmt> stmts = new ArrayList<>();
    Joined joined = Joined.of(scope);
    scan(scope, joined, heads, bounds);
    statements(joined, heads, stmts);
    List<ScoreItem> out = new ArrayList<>();
    // inline lists (预算执行15分（满分20分），产出指标38分（满分40分）…) are read whole: the heads and
    // statements inside them are theirs
    for (List<InlineScoreList.Item> list : InlineScoreList.find(joined.text)) {
      int from = joined.doc(list.get(0).start());
      int to = joined.docEnd(list.get(list.size() - 1).end());
      heads.removeIf(h -> h.start() < to && h.end() > from);
      stmts.removeIf(st -> st.start() < to && st.end() > from);
      for (InlineScoreList.Item i : list) {
        int s = joined.doc(i.start());
        int e = joined.docEnd(i.end());
        String label = Cells.compact(oneLine(scope.text(joined.doc(i.labelStart()),
            joined.docEnd(i.labelEnd()))));
        out.add(new ScoreItem(null, label, i.max(), i.score(), false, null, null,
            Cells.trim(oneLine(scope.text(s, e))), scope.locate(s, e)));
      }
    }
    List<Note> allNotes = notes(scope, joined);
    Deque<Group> stack = new ArrayDeque<>();
    int bi = 0;
    for (int i = 0; i < heads.size(); i++) {
      Head h = heads.get(i);
      while (bi < bounds.size() && bounds.get(bi).start() < h.start()) {
        int r = bounds.get(bi++).rank();
        while (!stack.isEmpty() && stack.peek().rank >= r) {
          stack.pop();
        }
      }
      int rank;
      if (h.numbered()) {
        rank = h.rank();
        while (!stack.isEmpty() && stack.peek().rank >= rank) {
          stack.pop();
        }
      } else {
        while (!stack.isEmpty() && stack.peek().full()) {
          stack.pop();
        }
        rank = stack.isEmpty() ? 1 : stack.peek().rank + 1;
      }
      Head next = i + 1 < heads.size() ? heads.get(i + 1) : null;
      int segEnd = next != null ? next.start() : scope.end();
      boolean cut = false;
      for (int k = bi; k < bounds.size() && bounds.get(k).start() < segEnd; k++) {
        Boundary bd = bounds.get(k);
        if (bd.start() >= h.end() && bd.start() < segEnd && bd.rank() <= rank) {
          segEnd = bd.start();
          cut = true;
          break;
        }
      }
      // statements and notes are in text order: take the stretch [h.end(), segEnd) by search
      List<Stmt> seg = new ArrayList<>();
      for (int k = firstAtOrAfter(stmts, Stmt::start, h.end());
          k < stmts.size() && stmts.get(k).start() < segEnd; k++) {
        seg.add(stmts.get(k));
      }
      Set<String> distinct = new LinkedHashSet<>();
      for (int k = firstAtOrAfter(allNotes, Note::start, h.end());
          k < allNotes.size() && allNotes.get(k).start() < segEnd; k++) {
        distinct.add(allNotes.get(k).text());
      }
      List<String> notes = new ArrayList<>(distinct);
      boolean notAssessed = notes.stream().anyMatch(n -> NOT_ASSESSED.matcher(n).find());
      Group parent = stack.peek();
      boolean group = seg.isEmpty() && !notAssessed && next != null && !cut
          && next.max().compareTo(h.max()) <= 0
          && (next.numbered() ? !h.numbered() || next.rank() > rank : h.numbered());
      if (parent != null) {
        parent.children = parent.children.add(h.max());
      }
      if (group) {
        out.add(new ScoreItem(h.number(), h.label(), h.max(), null, true,
            parent == null ? null : parent.label, null, h.text(), scope.locate(h.start(), h.end())));
        stack.push(new Group(rank, h.label(), h.max()));
        continue;
      }
      int tier = seg.stream().mapToInt(Stmt::tier).min().orElse(0);
      BigDecimal score = null;
      int end = h.end();
      for (Stmt s : seg) {
        if (s.tier() == tier) {
          score = score == null ? s.value() : score.add(s.value());
          end = Math.max(end, s.end());
        }
      }
      long statements = seg.stream().filter(st -> st.tier() == tier).count();
      if (score != null && statements > 1 && score.compareTo(h.max()) > 0 && !notes.stream()
          .anyMatch(x -> NOTE_WORDS.matcher(x).find() && !NOT_ASSESSED.matcher(x).find())) {
        // several score statements adding up beyond the item's maximum are not all this item's
        // (a cut text, or an item without a head of its own): the score is not decided
        score = null;
        notes.add("正文中本项之后的多个得分表述合计超过分值，不能确定本项得分");
      }
      String note = notes.isEmpty() ? null : String.join(" ", notes);
      if (score == null && notAssessed) {
        score = BigDecimal.ZERO;
      }
      out.add(new ScoreItem(h.number(), h.label(), h.max(), score, false,
          parent == null ? null : parent.label, note, h.text(), scope.locate(h.start(), end)));
    }
    out.sort((a, b) -> Integer.compare(a.location().start(), b.location().start()));
    return out;
  }

  /**
   * Heads and boundaries of the joined prose. Candidates are block starts and sentence starts
   * (after 。 or ;) inside a block; a head may run over a block join ("（5" | "分）"). A head
   * without a number is taken only at the start of a paragraph (the previous block ended a
   * sentence, or a heading or table came before), not at a continuation line.
   */
  private static void scan(ReportScope scope, Joined j, List<Head> heads, List<Boundary> bounds) {
    String n = j.text;
    for (int bi = 0; bi < j.starts.size(); bi++) {
      int bs = j.starts.get(bi);
      int be = bi + 1 < j.starts.size() ? j.starts.get(bi + 1) : n.length();
      Block b = j.blocks.get(bi);
      boolean paragraphStart = bs == 0 || "\n。;:!?)”".indexOf(n.charAt(bs - 1)) >= 0
          || b.type() == BlockType.HEADING;
      for (int pos = bs; pos < be; pos = nextSentence(n, pos)) {
        boolean atStart = pos == bs;
        Head h = head(scope, j, pos, atStart && paragraphStart);
        if (h != null) {
          heads.add(h);
        } else if (atStart) {
          Matcher m = MARKER_AT.matcher(n);
          m.region(pos, n.length());
          if (m.lookingAt() && paragraphStart) {
            bounds.add(new Boundary(b.start(), rank(m.group("num"))));
          } else if (b.type() == BlockType.HEADING) {
            bounds.add(new Boundary(b.start(), 0));
          }
        }
      }
    }
  }

  /** The head starting at joined index {@code pos}, or null. */
  private static Head head(ReportScope scope, Joined j, int pos, boolean numberOptional) {
    String n = j.text;
    for (Pattern p : List.of(HEAD_PAREN, HEAD_WORD)) {
      if (p == HEAD_PAREN && !parenBeforeStop(n, pos)) {
        continue; // HEAD_PAREN's text before its "(" holds no 。 or ;: it cannot match here
      }
      Matcher m = p.matcher(n);
      m.region(pos, n.length());
      if (!m.lookingAt()) {
        continue;
      }
      String num = m.group("num");
      if (num == null && !numberOptional) {
        continue;
      }
      String label = oneLine(scope.text(j.doc(m.start("label")), j.docEnd(m.end("label"))));
      label = Cells.compact(label);
      if (label.isEmpty() || Cells.isNumeric(label) || PRONOUN.matcher(label).matches()) {
        continue;
      }
      int start = j.doc(num != null ? m.start("num") : m.start("label"));
      int end = j.docEnd(m.end());
      String number = num == null ? null : Cells.compact(scope.text(j.doc(m.start("num")), j.docEnd(m.end("num"))));
      return new Head(start, end, number, label, Cells.parse(m.group("max")),
          num == null ? -1 : rank(num), num != null, Cells.trim(oneLine(scope.text(start, end))));
    }
    return null;
  }

  private static String oneLine(String s) {
    return s.replace("\r", "").replace("\n", "");
  }

  /** Score statements of the joined prose, with document offsets; totals left out. */
  private static void statements(Joined j, List<Head> heads, List<Stmt> stmts) {
    String n = j.text;
    List<int[]> self = new ArrayList<>();
    Matcher m = SELF_FINDER.matcher(n);
    for (int at = 0; SELF_FINDER.find(m, n, at); at = m.end()) {
      if (!isTotal(n, m.start())) {
        stmts.add(new Stmt(j.doc(m.start()), j.docEnd(m.end()), Cells.parse(m.group(1)), 1));
      }
      self.add(new int[] {m.start(), m.end()});
    }
    m = OTHER_FINDER.matcher(n);
    for (int at = 0; OTHER_FINDER.find(m, n, at); at = m.end()) {
      int s = m.start();
      int e = m.end();
      int ds = j.doc(s);
      int de = j.docEnd(e);
      boolean overlaps = self.stream().anyMatch(r -> s < r[1] && e > r[0]);
      boolean inHead = heads.stream().anyMatch(h -> ds < h.end() && de > h.start());
      if (!overlaps && !inHead && !isTotal(n, s)) {
        stmts.add(new Stmt(ds, de, Cells.parse(m.group(1)), 2));
      }
    }
    stmts.sort((a, b) -> Integer.compare(a.start(), b.start()));
  }

  /** A "(" stands at or after {@code pos} before any 。 or ;. */
  static boolean parenBeforeStop(String n, int pos) {
    for (int i = pos; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '(') {
        return true;
      }
      if (c == '。' || c == ';') {
        return false;
      }
    }
    return false;
  }

  /** Offset after the next full stop or semicolon (and the spaces after it), or the end. */
  private static int nextSentence(String n, int pos) {
    for (int i = pos; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '。' || c == ';' || c == '\n') {
        int j = i + 1;
        while (j < n.length() && Cells.isSpace(n.charAt(j))) {
          j++;
        }
        return j;
      }
    }
    return n.length();
  }

  private static int rank(String num) {
    char c = num.charAt(0);
    if (c == '(') {
      return Character.isDigit(num.charAt(1)) ? 3 : 1;
    }
    if (Character.isDigit(c)) {
      return num.endsWith(")") ? 4 : 2;
    }
    if (c >= '①' && c <= '⑳') {
      return 4;
    }
    return 0;
  }

  /** True when the score statement at {@code s} states the report's total, not an item's. */
  static boolean isTotal(String n, int s) {
    String before2 = n.substring(Math.max(0, s - 2), s);
    String before1 = n.substring(Math.max(0, s - 1), s);
    return before2.equals("绩效") || before2.equals("综合") || before2.equals("评价")
        || before2.equals("整体") || before2.equals("合计") || before1.equals("总") || before1.equals("合");
  }

  private record Note(int start, String text) {}

  /** Index of the first element of a list sorted by {@code start} whose start is >= {@code pos}. */
  private static <T> int firstAtOrAfter(List<T> sorted, ToIntFunction<T> start,
                                        int pos) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start.applyAsInt(sorted.get(mid)) < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Sentences of the joined prose that explain a score (not assessed, moved points). */
  private static List<Note> notes(ReportScope scope, Joined j) {
    List<Note> out = new ArrayList<>();
    String n = j.text;
    int a = 0;
    for (int i = 0; i <= n.length(); i++) {
      if (i == n.length() || "。;()\n".indexOf(n.charAt(i)) >= 0) {
        if (i > a && NOTE_FINDER.holds(n, a, i)) {
          String t = Cells.trim(scope.text(j.doc(a), j.docEnd(i)).replace("\r", "").replace("\n", ""));
          if (!t.isEmpty()) {
            out.add(new Note(j.doc(a), t));
          }
        }
        a = i + 1;
      }
    }
    return out;
  }

  /**
   * The scope's prose as one string: consecutive heading and paragraph blocks joined without a
   * separator (a sentence broken over lines or pages reads whole), a newline where a table or a
   * heading block intervenes; with the document offset of every character.
   */
  private static final class Joined {
    final String text;
    final int[] offsets;
    /** Joined index where each text block starts, and the blocks. */
    final List<Integer> starts = new ArrayList<>();
    final List<Block> blocks = new ArrayList<>();

    private Joined(String text, int[] offsets) {
      this.text = text;
      this.offsets = offsets;
    }

    static Joined of(ReportScope scope) {
      StringBuilder sb = new StringBuilder();
      List<Integer> map = new ArrayList<>();
      List<Integer> starts = new ArrayList<>();
      List<Block> blocks = new ArrayList<>();
      boolean brk = false;
      for (Block b : scope.blocks()) {
        if (b.type() == BlockType.TABLE) {
          brk = true;
          continue;
        }
        if ((brk || b.type() == BlockType.HEADING) && sb.length() > 0) {
          sb.append('\n');
          map.add(b.start());
        }
        String n = scope.normalized(b.start(), b.end());
        starts.add(sb.length());
        blocks.add(b);
        for (int i = 0; i < n.length(); i++) {
          sb.append(n.charAt(i));
          map.add(b.start() + i);
        }
        brk = b.type() == BlockType.HEADING;
      }
      int[] offsets = new int[map.size()];
      for (int i = 0; i < offsets.length; i++) {
        offsets[i] = map.get(i);
      }
      Joined j = new Joined(sb.toString(), offsets);
      j.starts.addAll(starts);
      j.blocks.addAll(blocks);
      return j;
    }

    /** Document offset of joined index i. */
    int doc(int i) {
      return i < offsets.length ? offsets[i] : (offsets.length == 0 ? 0 : offsets[offsets.length - 1] + 1);
    }

    /** Document offset just after joined end index e (exclusive). */
    int docEnd(int e) {
      return e == 0 ? doc(0) : doc(e - 1) + 1;
    }
  }
}
