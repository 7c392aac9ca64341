package org.ziping.index.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.Arrays;
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
 * <p>Tokens are kept as start and end offsets into one reused character buffer (a token's text is
 * always the input's characters at its offsets), so a document costs no string or object per
 * token. The dictionary segmenter ({@link #dictionary()}) is run without HanLP's term list: the
 * same longest-match passes as {@link DoubleArrayTrieSegment} (core dictionary, then the custom
 * dictionary's trie; the project adds no words at run time) fill an array of word lengths, read
 * directly, over tries read without HanLP's per-word attributes ({@link DictionaryTries}: the
 * same words; {@code DictionaryWordsTest} compares both ways on the seed reports).
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
  private static final String WORD = "word";
  private static final String FALLBACK = "fallback";

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final WordCutter cutter;
  private final boolean joinAlnum;

  /** The input, read whole at the first token; {@code length} characters of it are used. */
  private char[] text = new char[4096];
  private int length;
  /** The tokens: start and end (exclusive) in {@link #text}, and type. */
  private int[] starts = new int[256];
  private int[] ends = new int[256];
  private String[] types = new String[256];
  private int count;
  private boolean segmented;
  private int next;

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
    this(segmentCutter(segment.enableOffset(true)), joinAlnum);
  }

  private HanLpTokenizer(WordCutter cutter, boolean joinAlnum) {
    this.cutter = cutter;
    this.joinAlnum = joinAlnum;
  }

  /**
   * HanLP's dictionary segmenter ({@link DoubleArrayTrieSegment}: longest match over the core
   * and custom dictionaries, about ten times faster than the Viterbi segmenter, no
   * part-of-speech or name recognition), letter and digit runs joined; run on its tries directly.
   */
  public static HanLpTokenizer dictionary() {
    return new HanLpTokenizer(new LongestWords()::cut, true);
  }

  /** The same words as {@link #dictionary()}, through HanLP's term list (for the comparison). */
  static HanLpTokenizer dictionaryThroughTerms() {
    return new HanLpTokenizer(new DictionarySegment(), true);
  }

  /**
   * {@link DoubleArrayTrieSegment} with HanLP's custom dictionary merged in (稳岗, 打好), as the
   * Viterbi segmenter has it; set through the config, because
   * {@code enableCustomDictionary(true)} logs a warning for each new segmenter. Used through its
   * term list only, to check {@link LongestWords} against it.
   */
  private static final class DictionarySegment extends DoubleArrayTrieSegment {
    DictionarySegment() {
      config.useCustomDictionary = true;
    }
  }

  /**
   * The words of a chunk as {@link DictionarySegment}'s {@code segSentence} finds them (its
   * longest-match passes over the core dictionary, then the custom dictionary, without
   * part-of-speech tags), over the tries of {@link DictionaryTries} (the same tries, read without
   * HanLP's per-word attributes), given to a sink without a term list.
   */
  private static final class LongestWords {
    private final DictionaryTries tries = DictionaryTries.get();
    private int[] lengths = new int[MAX_CHUNK];

    void cut(char[] chunk, WordSink sink) {
      if (lengths.length < chunk.length) {
        lengths = new int[chunk.length];
      }
      int[] len = lengths;
      Arrays.fill(len, 0, chunk.length, 1);
      longest(tries.core, chunk, len);
      longest(tries.custom, chunk, len);
      for (int i = 0; i < chunk.length; i += len[i]) {
        sink.word(i, i + len[i], WORD);
      }
    }

    private static void longest(DoubleArrayTrie<CoreDictionary.Attribute> trie, char[] chunk,
                                int[] len) {
      DoubleArrayTrie<CoreDictionary.Attribute>.LongestSearcher s =
          trie.getLongestSearcher(chunk, 0);
      while (s.next()) {
        len[s.begin] = s.length;
      }
    }
  }

  /** Cuts one chunk into words, given in order with their place in the chunk. */
  private interface WordCutter {
    void cut(char[] chunk, WordSink sink);
  }

  /** Receives a word of a chunk: start and end (exclusive) in the chunk, and its type. */
  private interface WordSink {
    void word(int start, int end, String type);
  }

  /**
   * A cutter through {@link Segment#seg}: each term is located in the chunk at HanLP's own
   * offset when the word stands there, otherwise by searching forward from the previous term.
   */
  private static WordCutter segmentCutter(Segment segment) {
    return (chunk, sink) -> {
      List<Term> terms = segment.seg(chunk.clone()); // HanLP may normalise its array in place
      int cursor = 0;
      for (Term term : terms) {
        String word = term.word;
        if (word == null || word.isEmpty()) {
          continue;
        }
        int at = term.offset >= cursor && standsAt(chunk, word, term.offset) ? term.offset
            : indexOf(chunk, word, cursor);
        if (at < 0) {
          continue;
        }
        sink.word(at, at + word.length(), term.nature == null ? WORD : term.nature.toString());
        cursor = at + word.length();
      }
    };
  }

  private static boolean standsAt(char[] chunk, String word, int at) {
    if (at + word.length() > chunk.length) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (chunk[at + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(char[] chunk, String word, int from) {
    for (int i = Math.max(0, from); i + word.length() <= chunk.length; i++) {
      if (standsAt(chunk, word, i)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    if (!segmented) {
      readAll();
      segmentAll();
      segmented = true;
    }
    if (next >= count) {
      return false;
    }
    int t = next++;
    termAtt.copyBuffer(text, starts[t], ends[t] - starts[t]);
    offsetAtt.setOffset(correctOffset(starts[t]), correctOffset(ends[t]));
    posIncAtt.setPositionIncrement(1);
    typeAtt.setType(types[t]);
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int fo = correctOffset(length);
    offsetAtt.setOffset(fo, fo);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    segmented = false;
    length = 0;
    count = 0;
    next = 0;
  }

  private void readAll() throws IOException {
    int n;
    while ((n = input.read(text, length, text.length - length)) != -1) {
      length += n;
      if (length == text.length) {
        text = Arrays.copyOf(text, text.length * 2);
      }
    }
  }

  /** Cuts {@code text[0, length)} into chunks and each chunk into tokens. */
  private void segmentAll() {
    int start = 0;
    while (start < length) {
      int end = chunkEnd(start);
      segmentChunk(start, end);
      start = end;
    }
  }

  private int chunkEnd(int start) {
    int limit = Math.min(length, start + MAX_CHUNK);
    for (int i = start; i < limit; i++) {
      char c = text[i];
      if (c == '\n' || c == '\r' || c == '。' || c == '！' || c == '？' || c == '；') {
        return i + 1;
      }
    }
    if (limit < length && Character.isHighSurrogate(text[limit - 1])) {
      limit--;
    }
    return limit;
  }

  private void segmentChunk(int from, int to) {
    if (!hasLetterOrDigit(from, to)) {
      return;
    }
    int countBefore = count;
    int lastEndBefore = count > 0 ? ends[count - 1] : 0;
    try {
      cutter.cut(Arrays.copyOfRange(text, from, to),
          (start, end, type) -> word(from + start, from + end, type));
    } catch (RuntimeException e) {
      count = countBefore; // HanLP failed on this chunk: letter and digit runs instead
      if (count > 0) {
        ends[count - 1] = lastEndBefore;
      }
      splitPlain(from, to, FALLBACK);
    }
  }

  /** A word at text[from, to): its pieces, and, when asked, joined to a letter or digit run. */
  private void word(int from, int to, String type) {
    int before = count;
    splitPlain(from, to, type);
    if (joinAlnum && before > 0 && count == before + 1 && ends[before - 1] == starts[before]
        && nonHanAlnum(starts[before - 1], ends[before - 1])
        && nonHanAlnum(starts[before], ends[before])) {
      ends[before - 1] = ends[before];
      count--;
    }
  }

  /** Adds the whitespace-separated pieces of text[from, to) that hold a letter or digit. */
  private void splitPlain(int from, int to, String type) {
    int i = from;
    while (i < to) {
      while (i < to && Character.isWhitespace(text[i])) {
        i++;
      }
      int s = i;
      while (i < to && !Character.isWhitespace(text[i])) {
        i++;
      }
      if (i > s && hasLetterOrDigit(s, i)) {
        add(s, i, type);
      }
    }
  }

  private void add(int start, int end, String type) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      types = Arrays.copyOf(types, count * 2);
    }
    starts[count] = start;
    ends[count] = end;
    types[count] = type;
    count++;
  }

  private boolean nonHanAlnum(int from, int to) {
    for (int i = from; i < to; ) {
      int cp = Character.codePointAt(text, i, to);
      if (!Character.isLetterOrDigit(cp) || Character.isIdeographic(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * Whether text[from, to) holds a letter or digit; a code point that starts before {@code to}
   * is read whole (a high surrogate at the end of a word counts as its character).
   */
  private boolean hasLetterOrDigit(int from, int to) {
    for (int i = from; i < to; ) {
      int cp = Character.codePointAt(text, i, length);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
