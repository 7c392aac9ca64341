package org.ziping.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  /** Each token as term, offsets and type, straight from the tokenizer. */
  private static List<String> raw(Tokenizer t, String text) throws Exception {
    List<String> out = new ArrayList<>();
    CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
    OffsetAttribute off = t.addAttribute(OffsetAttribute.class);
    TypeAttribute type = t.addAttribute(TypeAttribute.class);
    t.setReader(new StringReader(text));
    t.reset();
    while (t.incrementToken()) {
      out.add(term + " " + off.startOffset() + "-" + off.endOffset() + " " + type.type());
    }
    t.end();
    out.add("end " + off.endOffset());
    t.close();
    return out;
  }

  @Test
  void theTriesReadDirectlyGiveHanLpsTerms() throws Exception {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("..", "corpus"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    assertTrue(texts.size() >= 5, "the corpus's text reports under ../corpus");
    // and random text over the corpus's characters, digits, Latin, spaces and a surrogate pair
    String alphabet = texts.get(0).substring(0, 400) + "0123456789.%ABCabc  \t\r\n。；𠀀";
    Random random = new Random(8);
    for (int n = 0; n < 200; n++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(3000);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(sb.toString());
    }
    Tokenizer direct = HanLpTokenizer.dictionary();
    Tokenizer terms = HanLpTokenizer.dictionaryThroughTerms();
    for (String text : texts) {
      assertEquals(raw(terms, text), raw(direct, text));
    }
  }
}
