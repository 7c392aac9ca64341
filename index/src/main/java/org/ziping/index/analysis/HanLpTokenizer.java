package org.ziping.index.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A Lucene tokenizer that cuts Chinese text into words with HanLP's standard segmenter
 * ({@link HanLP#newSegment()}, the Viterbi segmenter over HanLP's core dictionary and bigram
 * table, shipped inside the {@code hanlp portable} jar: no download, no model files).
 *
 * <p>Algorithm: the whole input is read, cut into chunks at line breaks and sentence-final
 * punctuation (at most {@value #MAX_CHUNK} characters, never inside a surrogate pair), and each
 * chunk is segmented. Every term is located in the original chunk text: at HanLP's own offset when
 * the word stands there, otherwise by searching forward from the end of the previous term. The
 * token offsets are therefore always positions of the exact characters in the input (corrected
 * through {@link #correctOffset} for char filters), whatever HanLP does with line breaks or
 * full-width characters, so highlighting lands on the right characters. A term is split further at
 * whitespace, and pieces without any letter or digit (punctuation, symbols) are dropped.
 *
 * <p>Known limits: segmentation is dictionary based, so a compound may come out as one word in one
 * sentence and as two in another (社会保险 is one word, 养老保险 is 养老 + 保险); the index
 * therefore also keeps a CJK bigram field (see {@link ChineseAnalyzers}). Full-width letters and
 * digits are left as they are here ({@code CJKWidthFilter} folds them afterwards). If HanLP fails on
 * a chunk (it has not been seen to, but it is a large third-party component), that chunk falls
 * back to one token per letter or digit run so that indexing never stops.
 */
public final class HanLpTokenizer extends Tokenizer {

  static final int MAX_CHUNK = 1024;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final Segment segment;
  private final boolean joinAlnum;

  private List<Token> tokens;
  private int next;
  private int finalOffset;

  /** HanLP's standard (Viterbi) segmenter. */
  public HanLpTokenizer() {
    this(HanLP.newSegment().enableOffset(true), false);
  }

  /**
   * A tokenizer over {@code segment}; with {@code joinAlnum}, adjacent terms made of letters and
   * digits other than Han characters are joined into one token (the dictionary segmenter cuts
   * 2022 into 2 0 2 2).
   */
  public HanLpTokenizer(Segment segment, boolean joinAlnum) {
    this.segment = segment.enableOffset(true);
    this.joinAlnum = joinAlnum;
  }

  /**
   * HanLP's dictionary segmenter ({@link DoubleArrayTrieSegment}: longest match over the core
   * and custom dictionaries, about ten times faster than the Viterbi segmenter, no
   * part-of-speech or name recognition), letter and digit runs joined.
   */
  public static HanLpTokenizer dictionary() {
    return new HanLpTokenizer(new DictionarySegment(), true);
  }

  /**
   * {@link DoubleArrayTrieSegment} with HanLP's custom dictionary merged in (稳岗, 打好), as the
   * Viterbi segmenter has it; set through the config, because
   * {@code enableCustomDictionary(true)} logs a warning for each new segmenter.
   */
  private static final class DictionarySegment extends DoubleArrayTrieSegment {
    DictionarySegment() {
      config.useCustomDictionary = true;
    }
  }

  /** A word and where it stands in the input (end exclusive). */
  record Token(String word, int start, int end, String type) {}

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    if (tokens == null) {
      String text = readAll();
      finalOffset = text.length();
      tokens = segmentAll(text);
    }
    if (next >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(next++);
    termAtt.setEmpty().append(t.word());
    offsetAtt.setOffset(correctOffset(t.start()), correctOffset(t.end()));
    posIncAtt.setPositionIncrement(1);
    typeAtt.setType(t.type());
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int fo = correctOffset(finalOffset);
    offsetAtt.setOffset(fo, fo);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    tokens = null;
    next = 0;
    finalOffset = 0;
  }

  private String readAll() throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[4096];
    int n;
    while ((n = input.read(buf)) != -1) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  /** Segments {@code text} into tokens with offsets into {@code text}. */
  List<Token> segmentAll(String text) {
    List<Token> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = chunkEnd(text, start);
      segmentChunk(text.substring(start, end), start, out);
      start = end;
    }
    return out;
  }

  private static int chunkEnd(String text, int start) {
    int limit = Math.min(text.length(), start + MAX_CHUNK);
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '。' || c == '！' || c == '？' || c == '；') {
        return i + 1;
      }
    }
    if (limit < text.length() && Character.isHighSurrogate(text.charAt(limit - 1))) {
      limit--;
    }
    return limit;
  }

  private void segmentChunk(String chunk, int base, List<Token> out) {
    if (!hasLetterOrDigit(chunk, 0, chunk.length())) {
      return;
    }
    List<Term> terms;
    try {
      terms = segment.seg(chunk);
    } catch (RuntimeException e) {
      splitPlain(chunk, 0, chunk.length(), base, "fallback", out);
      return;
    }
    int cursor = 0;
    for (Term term : terms) {
      String word = term.word;
      if (word == null || word.isEmpty()) {
        continue;
      }
      int at;
      if (term.offset >= cursor && chunk.startsWith(word, term.offset)) {
        at = term.offset;
      } else {
        at = chunk.indexOf(word, cursor);
      }
      if (at < 0) {
        continue;
      }
      String type = term.nature == null ? "word" : term.nature.toString();
      int before = out.size();
      splitPlain(chunk, at, at + word.length(), base, type, out);
      if (joinAlnum && before > 0 && out.size() == before + 1) {
        Token prev = out.get(before - 1);
        Token cur = out.get(before);
        if (prev.end() == cur.start() && nonHanAlnum(prev.word()) && nonHanAlnum(cur.word())) {
          out.remove(before);
          out.set(before - 1, new Token(prev.word() + cur.word(), prev.start(), cur.end(),
              prev.type()));
        }
      }
      cursor = at + word.length();
    }
  }

  /** Emits the whitespace-separated pieces of chunk[from, to) that hold a letter or digit. */
  private static void splitPlain(String chunk, int from, int to, int base, String type,
                                 List<Token> out) {
    int i = from;
    while (i < to) {
      while (i < to && Character.isWhitespace(chunk.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < to && !Character.isWhitespace(chunk.charAt(i))) {
        i++;
      }
      if (i > s && hasLetterOrDigit(chunk, s, i)) {
        out.add(new Token(chunk.substring(s, i), base + s, base + i, type));
      }
    }
  }

  private static boolean nonHanAlnum(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!Character.isLetterOrDigit(cp) || Character.isIdeographic(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean hasLetterOrDigit(String s, int from, int to) {
    for (int i = from; i < to; ) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
