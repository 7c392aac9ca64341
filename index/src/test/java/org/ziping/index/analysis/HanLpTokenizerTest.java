package org.ziping.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * Pins the tokens and offsets of {@link HanLpTokenizer} and of the two analyzers, with line breaks
 * and full-width characters in the input, and runs Lucene's random-data consistency checks
 * (offsets, reuse, reset/end contract, thread safety of the analyzer).
 */
public class HanLpTokenizerTest extends BaseTokenStreamTestCase {

  private static Analyzer tokenizerOnly() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new HanLpTokenizer();
        return new TokenStreamComponents(t);
      }
    };
  }

  public void testWordsWithOffsets() throws Exception {
    try (Analyzer a = tokenizerOnly()) {
      assertAnalyzesTo(a, "湛江市社会保险基金管理局",
          new String[] {"湛江市", "社会保险", "基金", "管理局"},
          new int[] {0, 3, 7, 9},
          new int[] {3, 7, 9, 12});
    }
  }

  public void testLineBreaksKeepOffsets() throws Exception {
    try (Analyzer a = tokenizerOnly()) {
      String in = "养老保险\n社保基金执行率\n";
      assertAnalyzesTo(a, in,
          new String[] {"养老", "保险", "社保", "基金", "执行", "率"},
          new int[] {0, 2, 5, 7, 9, 11},
          new int[] {2, 4, 7, 9, 11, 12},
          null, new int[] {1, 1, 1, 1, 1, 1});
      assertTokenStreamContents(a.tokenStream("f", in),
          new String[] {"养老", "保险", "社保", "基金", "执行", "率"},
          new int[] {0, 2, 5, 7, 9, 11},
          new int[] {2, 4, 7, 9, 11, 12}, 13);
    }
  }

  public void testCarriageReturnsAndFullWidthCharacters() throws Exception {
    String in = "第一行\n　全角ＡＢＣ１２３，养老\r\n保险。";
    try (Analyzer a = tokenizerOnly()) {
      assertTokenStreamContents(a.tokenStream("f", in),
          new String[] {"第", "一行", "全", "角", "ＡＢＣ", "１２３", "养老", "保险"},
          new int[] {0, 1, 5, 6, 7, 10, 14, 18},
          new int[] {1, 3, 6, 7, 10, 13, 16, 20}, in.length());
    }
    try (Analyzer a = ChineseAnalyzers.words()) {
      assertAnalyzesTo(a, in,
          new String[] {"第", "一行", "全", "角", "abc", "123", "养老", "保险"},
          new int[] {0, 1, 5, 6, 7, 10, 14, 18},
          new int[] {1, 3, 6, 7, 10, 13, 16, 20});
    }
  }

  public void testNumbersAndLatinAreKeptPunctuationDropped() throws Exception {
    try (Analyzer a = ChineseAnalyzers.words()) {
      assertAnalyzesTo(a, "预算执行率达到100%，EXEC_RATE！",
          new String[] {"预算", "执行", "率", "达到", "100", "exec_rate"},
          new int[] {0, 2, 4, 5, 7, 12},
          new int[] {2, 4, 5, 7, 10, 21});
    }
  }

  public void testBigramsOverlap() throws Exception {
    try (Analyzer a = ChineseAnalyzers.bigrams()) {
      assertAnalyzesTo(a, "养老保险\n执行率",
          new String[] {"养老", "老保", "保险", "执行", "行率"},
          new int[] {0, 1, 2, 5, 6},
          new int[] {2, 3, 4, 7, 8});
    }
  }

  public void testLongInputIsCutIntoChunksWithoutLosingOffsets() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 600; i++) {
      sb.append("养老");
    }
    sb.append("保险");
    String in = sb.toString();
    try (Analyzer a = tokenizerOnly()) {
      java.util.List<String> words = new java.util.ArrayList<>();
      try (var ts = a.tokenStream("f", in)) {
        var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
        var off = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          assertEquals(term.toString(), in.substring(off.startOffset(), off.endOffset()));
          words.add(term.toString());
        }
        ts.end();
      }
      assertEquals("保险", words.get(words.size() - 1));
    }
  }

  public void testRandomData() throws Exception {
    try (Analyzer a = ChineseAnalyzers.words()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomLongData() throws Exception {
    try (Analyzer a = ChineseAnalyzers.words()) {
      checkRandomData(random(), a, 10 * RANDOM_MULTIPLIER, 4096);
    }
  }

  public void testRandomDataBigrams() throws Exception {
    try (Analyzer a = ChineseAnalyzers.bigrams()) {
      checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
    }
  }
}
