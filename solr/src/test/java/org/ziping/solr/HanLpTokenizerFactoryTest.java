package org.ziping.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.ziping.index.analysis.ChineseAnalyzers;

/**
 * The tokenizer factory by its SPI name, as a Solr schema names it, with the schema's filters,
 * gives the embedded analyzers' tokens, positions and offsets (the field types themselves are
 * compared on a running Solr in {@link SolrCloudSearchTest}).
 */
class HanLpTokenizerFactoryTest {
  static final String TEXT = "湛江市社会保险基金管理局2023年度部门整体支出绩效自评报告：打好失业保险稳岗返还攻坚战，"
      + "基本养老保险金的征集\r\n预算执行率达到１００％，ＡＢＣ工伤预防项目(取暖费)；养老保险费率核定";

  static Analyzer schemaChain(String segmenter) throws Exception {
    return CustomAnalyzer.builder()
        .withTokenizer("zipingHanlp", "segmenter", segmenter)
        .addTokenFilter("cjkWidth")
        .addTokenFilter("lowercase")
        .build();
  }

  @Test
  void dictionarySegmenterIsTheTextFieldsAnalysis() throws Exception {
    List<String> expected = tokens(ChineseAnalyzers.dictionaryWords(), TEXT);
    assertTrue(expected.size() > 20, expected.toString());
    assertEquals(expected, tokens(schemaChain("dictionary"), TEXT));
  }

  @Test
  void viterbiSegmenterIsTheUnitQueryWords() throws Exception {
    assertEquals(tokens(ChineseAnalyzers.words(), TEXT), tokens(schemaChain("viterbi"), TEXT));
  }

  @Test
  void registeredAndStrictAboutParameters() {
    assertTrue(TokenizerFactory.availableTokenizers().contains("zipingHanlp"));
    Map<String, String> args = new HashMap<>(Map.of("segmenter", "dictionary", "mode", "x"));
    assertThrows(IllegalArgumentException.class, () -> new HanLpTokenizerFactory(args));
    Map<String, String> bad = new HashMap<>(Map.of("segmenter", "crf"));
    assertThrows(IllegalArgumentException.class, () -> new HanLpTokenizerFactory(bad));
  }

  static List<String> tokens(Analyzer a, String text) throws Exception {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = 0;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(term + "@" + pos + ":" + off.startOffset() + "-" + off.endOffset());
      }
      ts.end();
      out.add("end:" + off.endOffset());
    }
    return out;
  }
}
