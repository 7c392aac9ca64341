package org.ziping.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/** The dictionary segmenter of the text field: words, joined digit runs, exact offsets. */
class DictionaryWordsTest {
  private static List<String> tokens(String text) throws Exception {
    List<String> out = new ArrayList<>();
    try (Analyzer a = ChineseAnalyzers.dictionaryWords();
         TokenStream ts = a.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        assertEquals(text.substring(off.startOffset(), off.endOffset()).toLowerCase(Locale.ROOT),
            term.toString(), "offsets point at the token's characters");
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void dictionaryWordsWithTheCustomDictionary() throws Exception {
    assertEquals(List.of("湛江市", "社会保险", "基金", "管理局", "打好", "失业保险", "稳岗", "返还"),
        tokens("湛江市社会保险基金管理局打好失业保险稳岗返还"));
  }

  @Test
  void digitAndLetterRunsStayWhole() throws Exception {
    assertEquals(List.of("2022", "年", "预算", "执行", "率", "达到", "100"),
        tokens("2022年预算执行率达到100%"));
    assertEquals(List.of("31546", "18", "万元"), tokens("31546.18万元"));
    assertEquals(List.of("ab12", "项目"), tokens("AB12项目"));
  }
}
