package org.ziping.index.analysis;

import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two analyzers of the index, used alike at index and at query time.
 *
 * <ul>
 *   <li>{@link #words()}: {@link HanLpTokenizer} (HanLP's Viterbi word segmentation), then
 *       {@link CJKWidthFilter} (full-width ASCII to half-width, half-width katakana to full-width)
 *       and {@link LowerCaseFilter}; cuts a typed unit name into pieces ({@code UnitQuery}).</li>
 *   <li>{@link #dictionaryWords()}: the same with HanLP's dictionary segmenter (longest match,
 *       no part-of-speech tagging), for the text, title and section fields: a query word matches
 *       the same word.</li>
 *   <li>{@link #bigrams()}: Lucene's {@link StandardTokenizer} (one token per Han character, words
 *       for other scripts), the same width and case folding, then {@link CJKBigramFilter}
 *       (overlapping pairs of Han characters; a lone Han character stays a unigram). For recall:
 *       it finds 养老保险 or 社保基金 wherever the characters stand together, however the segmenter
 *       cut them.</li>
 * </ul>
 *
 * <p>No stop words are removed: reports are short and 的/了 do not hurt ranking enough to lose
 * exact phrase matching. Known limit: the bigram field matches character pairs that straddle a
 * word boundary (老保 in 养老保险), which only matters for two-character queries.
 */
public final class ChineseAnalyzers {
  private ChineseAnalyzers() {}

  public static Analyzer words() {
    return folded(HanLpTokenizer::new, false);
  }

  /**
   * Words by HanLP's dictionary segmenter ({@link HanLpTokenizer#dictionary()}), width and case
   * folded: the word analysis of the report's whole text, where the Viterbi segmenter of
   * {@link #words()} would cost ten times as much.
   */
  public static Analyzer dictionaryWords() {
    return folded(HanLpTokenizer::dictionary, false);
  }

  /**
   * One token per Han character (runs of other letters or digits as one token), width and case
   * folded: the unit name field that {@code unit:} queries match part by part.
   */
  public static Analyzer chars() {
    return folded(StandardTokenizer::new, false);
  }

  public static Analyzer bigrams() {
    return folded(StandardTokenizer::new, true);
  }

  /** The tokenizer's tokens, width and case folded, and cut into CJK bigrams when asked. */
  private static Analyzer folded(Supplier<Tokenizer> tokenizer, boolean bigrams) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = tokenizer.get();
        TokenStream ts = new CJKWidthFilter(source);
        ts = new LowerCaseFilter(ts);
        if (bigrams) {
          ts = new CJKBigramFilter(ts);
        }
        return new TokenStreamComponents(source, ts);
      }
    };
  }
}
