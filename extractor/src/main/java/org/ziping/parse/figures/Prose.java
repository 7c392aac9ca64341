package org.ziping.parse.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.parse.ReportScope;
import org.ziping.parse.facts.Vocabulary;

/**
 * The running text of a scope as segments of consecutive paragraph blocks that belong to one
 * sentence stream, with sentence and clause boundaries.
 *
 * <p>Two paragraph blocks are joined when the first does not end with sentence punctuation and
 * either ends with a digit (a number cut by a page break: "2023" + "年决算…"), is a bare list marker
 * ("(4)" + "工伤预防…"), or is a long line (40+ characters, a sentence cut by a page break). Short
 * unpunctuated lines are taken as titles and never joined. Headings and tables are never joined.
 * Since blocks are separated by exactly one newline in the document text, a segment is one stretch
 * {@code [start, end)} of that text.
 */
final class Prose {
  /** One stretch of joined paragraph text. */
  record Segment(int start, int end, int firstBlock, int lastBlock) {}

  static final String SENTENCE_END = "。！？!?";
  static final String CLAUSE_DELIMS = "，,。；;：:、！？!?";

  /**
   * Whether the 、 at {@code at} joins the halves of one word instead of separating items
   * ({@link Vocabulary#JOINED_BY_ENUMERATION_COMMA}: 收、支 is 收支): a clause does not end at it.
   */
  static boolean joinsWord(CharSequence s, int at) {
    return at > 0 && at + 1 < s.length() && s.charAt(at) == '、'
        && Vocabulary.JOINED_BY_ENUMERATION_COMMA.matcher(s).region(at - 1, at + 2).matches();
  }

  private static final Pattern BARE_MARKER =
      Pattern.compile("^\\s*([(（]?\\d{1,2}[)）.、．]?|[①-⑳]|[(（][一二三四五六七八九十]+[)）])\\s*$");

  private final ReportScope scope;
  private final String norm;
  private final List<Segment> segments;

  private Prose(ReportScope scope) {
    this.scope = scope;
    this.norm = scope.normalized();
    this.segments = build(scope);
  }

  static Prose of(ReportScope scope) {
    return new Prose(scope);
  }

  ReportScope scope() {
    return scope;
  }

  String norm() {
    return norm;
  }

  List<Segment> segments() {
    return segments;
  }

  /** A match of a pattern within one segment ({@code index} in {@link #segments()}). */
  record Match(int index, Segment segment, int start, int end) {}

  /**
   * Every match of {@code p} in the normalised text, found segment by segment (each segment the
   * matcher's region, with anchoring bounds: {@code $} matches at a segment's end), in text order.
   */
  List<Match> matches(Pattern p) {
    List<Match> out = new ArrayList<>();
    Matcher m = p.matcher(norm);
    for (int i = 0; i < segments.size(); i++) {
      Segment seg = segments.get(i);
      m.region(seg.start(), seg.end());
      while (m.find()) {
        out.add(new Match(i, seg, m.start(), m.end()));
      }
    }
    return out;
  }

  private static List<Segment> build(ReportScope scope) {
    List<Segment> out = new ArrayList<>();
    Block first = null;
    Block last = null;
    for (Block b : scope.blocks()) {
      if (b.type() == BlockType.TABLE) {
        if (first != null) {
          out.add(new Segment(first.start(), last.end(), first.index(), last.index()));
        }
        first = null;
        last = null;
        continue;
      }
      if (first != null && b.type() == BlockType.PARAGRAPH && last.type() == BlockType.PARAGRAPH
          && joins(last.text())) {
        last = b;
        continue;
      }
      if (first != null) {
        out.add(new Segment(first.start(), last.end(), first.index(), last.index()));
      }
      first = b;
      last = b;
    }
    if (first != null) {
      out.add(new Segment(first.start(), last.end(), first.index(), last.index()));
    }
    return out;
  }

  private static boolean joins(String prevText) {
    String t = prevText.strip();
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(t.length() - 1);
    if ("。！？!?：:；;".indexOf(c) >= 0) {
      return false;
    }
    return Character.isDigit(c) || BARE_MARKER.matcher(t).matches() || t.length() >= 40;
  }

  Segment segmentAt(int pos) {
    // segments are in text order and do not overlap: binary search for the last start <= pos
    int lo = 0;
    int hi = segments.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (segments.get(mid).start() <= pos) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (hi >= 0 && pos < segments.get(hi).end()) {
      return segments.get(hi);
    }
    return null;
  }

  /** A sentence is looked for this far from a position at most (a bound for endless lines). */
  static final int MAX_SENTENCE = 2000;

  /** Start of the sentence holding {@code pos} (after the previous 。！？ or the segment start). */
  int sentenceStart(int pos) {
    Segment s = segmentAt(pos);
    if (s == null) {
      return pos;
    }
    int i = pos;
    int limit = Math.max(s.start(), pos - MAX_SENTENCE);
    while (i > limit && SENTENCE_END.indexOf(norm.charAt(i - 1)) < 0) {
      i--;
    }
    return i;
  }

  /** End of the sentence holding {@code pos}: after its 。！？, or the segment end. */
  int sentenceEnd(int pos) {
    Segment s = segmentAt(pos);
    if (s == null) {
      return pos;
    }
    int i = pos;
    int limit = Math.min(s.end(), pos + MAX_SENTENCE);
    while (i < limit) {
      if (SENTENCE_END.indexOf(norm.charAt(i)) >= 0) {
        return i + 1;
      }
      i++;
    }
    return limit;
  }

  /** Start of the clause holding {@code pos}, not before {@code floor}. */
  int clauseStart(int pos, int floor) {
    int i = pos;
    while (i > floor && CLAUSE_DELIMS.indexOf(norm.charAt(i - 1)) < 0) {
      i--;
    }
    return i;
  }
}
