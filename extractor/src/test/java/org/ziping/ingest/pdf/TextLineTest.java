package org.ziping.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLineTest {

  /** Glyphs of {@code s} placed left to right with {@code gap} after each; wide ones 12 pt. */
  private static List<PositionedChar> run(String s, float x, float baseline, float gap) {
    List<PositionedChar> out = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      String ch = s.substring(i, i + 1);
      float w = CharClass.isWide(ch.codePointAt(0)) ? 12 : 6;
      out.add(new PositionedChar(ch, x, baseline, w, 12, false));
      x += w + gap;
    }
    return out;
  }

  @Test
  void cjkWithoutSpacesLatinWordsWithSpaces() {
    List<PositionedChar> g = new ArrayList<>();
    g.addAll(run("项目名称", 50, 100, 4)); // letter-spaced CJK: no spaces
    g.addAll(run("2023", 110, 100, 0)); // 2 pt after the CJK run: no space
    g.addAll(run("年", 136, 100, 0)); // 2 pt after the digits: no space
    g.addAll(run("Total", 160, 100, 0)); // 12 pt gap = 1 em: a space
    g.addAll(run("amount", 194, 100, 0)); // 4 pt gap between Latin words: a space
    List<TextLine> lines = TextLine.build(g, 1);
    assertEquals(1, lines.size());
    assertEquals("项目名称2023年 Total amount", lines.get(0).text());
  }

  @Test
  void linesByBaselineInAnyInputOrder() {
    List<PositionedChar> g = new ArrayList<>();
    g.addAll(run("第二行", 50, 120, 0));
    g.addAll(run("第一行", 50, 100, 0));
    g.add(new PositionedChar("上", 90, 101.5f, 12, 12, true)); // slightly off the baseline
    List<TextLine> lines = TextLine.build(g, 2);
    assertEquals(List.of("第一行上", "第二行"), lines.stream().map(TextLine::text).toList());
    assertEquals(2, lines.get(0).page());
  }

  @Test
  void firstTokenKeepsBracketsNumbersAndClosingPunctuationTogether() {
    TextLine l = TextLine.build(run("（2013）73号", 50, 100, 0), 1).get(0);
    assertEquals(12 + 4 * 6 + 12, l.firstTokenWidth(), 0.01);
    TextLine n = TextLine.build(run("151.33元。", 50, 100, 0), 1).get(0);
    assertEquals(6 * 6, n.firstTokenWidth(), 0.01);
    TextLine c = TextLine.build(run("字，下", 50, 100, 0), 1).get(0);
    assertEquals(24, c.firstTokenWidth(), 0.01);
  }
}
