package org.ziping.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The comparison of HanLP's segmenter with Lucene's SmartChineseAnalyzer written up in
 * index/README.md, pinned: if either segmenter changes, the README's table must be redone.
 * Phrases are from the seed reports.
 */
class SegmenterComparisonTest {
  static Analyzer hanlp;
  static Analyzer smart;

  @BeforeAll
  static void open() {
    hanlp = ChineseAnalyzers.words();
    smart = new SmartChineseAnalyzer();
  }

  @AfterAll
  static void close() {
    hanlp.close();
    smart.close();
  }

  static String tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    }
    return String.join(" ", out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "养老保险            | 养老 保险                 | 养老 保险",
      "社保基金            | 社保 基金                 | 社保 基金",
      "执行率              | 执行 率                   | 执行 率",
      "基本养老保险金的征集 | 基本 养老保险金 的 征集     | 基本 养老保险金 的 征集",
      "养老保险费率核定     | 养老 保险费率 核定          | 养老 保险费率 核定",
      "湛江市社会保险基金管理局 | 湛江市 社会保险 基金 管理局 | 湛江市 社会 保险 基金 管理局",
      "打好失业保险稳岗返还攻坚战 | 打好 失业保险 稳岗 返还 攻坚战 | 打 好 失业 保险 稳 岗 返还 攻坚战",
      "机关事业单位养老保险财政补助资金 | 机关 事业单位 养老 保险 财政 补助 资金 | 机关 事业 单位 养老 保险 财政 补助 资金",
      "预算执行率达到100% | 预算 执行 率 达到 100       | 预算 执行 率 达 到 100",
  })
  void segmentations(String text, String expectedHanlp, String expectedSmart) throws IOException {
    assertEquals(expectedHanlp, tokens(hanlp, text), "HanLP");
    assertEquals(expectedSmart, tokens(smart, text), "SmartChineseAnalyzer");
  }
}
