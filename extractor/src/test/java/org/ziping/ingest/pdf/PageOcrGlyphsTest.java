package org.ziping.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.model.OcrPage;

/** Words as tesseract reports them become glyphs the PDF line builder joins the usual way. */
class PageOcrGlyphsTest {
  private static List<TextLine> lines(List<OcrWord> words) {
    List<PositionedChar> glyphs = new ArrayList<>();
    PageOcr.toGlyphs(words, glyphs);
    return TextLine.build(glyphs, 1);
  }

  @Test
  void spacesBetweenChineseWordsGoAndThoseBetweenNumbersStay() {
    // 300 dpi, 10.5 pt text: an em is about 44 px
    List<OcrWord> words = List.of(
        new OcrWord("年初", 100, 200, 88, 44, 95, "1.1.1"),
        new OcrWord("预算", 200, 200, 88, 44, 93, "1.1.1"),
        new OcrWord("共计", 300, 200, 88, 44, 90, "1.1.1"),
        new OcrWord("17697.54", 400, 210, 150, 32, 91, "1.1.1"),
        new OcrWord("万元", 560, 200, 88, 44, 96, "1.1.1"),
        new OcrWord("2023", 100, 300, 80, 32, 90, "1.1.2"),
        new OcrWord("12", 220, 300, 40, 32, 90, "1.1.2"));
    List<TextLine> ls = lines(words);
    assertEquals(List.of("年初预算共计17697.54万元", "2023 12"), ls.stream().map(TextLine::text).toList());
  }

  @Test
  void overlappingWordBoxesKeepTesseractsOrder() {
    // "职业" reported wider than it is, overlapping the next word "年金"
    List<OcrWord> words = List.of(
        new OcrWord("职业", 100, 200, 140, 44, 95, "1.1.1"),
        new OcrWord("年金", 190, 200, 88, 44, 95, "1.1.1"));
    assertEquals("职业年金", lines(words).get(0).text());
  }

  @Test
  void glyphsAreInPointsWithTheLinesEmAsFontSize() {
    List<PositionedChar> glyphs = new ArrayList<>();
    PageOcr.toGlyphs(List.of(new OcrWord("合计", 300, 1000, 88, 44, 90, "1.1.1")), glyphs);
    assertEquals(2, glyphs.size());
    PositionedChar first = glyphs.get(0);
    assertEquals("合", first.text());
    assertEquals(300 * 72f / 300, first.x(), 0.01);
    assertEquals(44 * 72f / 300, first.fontSize(), 0.01);
    assertEquals(44 * 72f / 300, first.width(), 0.01);
    // baseline 0.1 em above the bottom of the CJK box
    assertEquals((1044 - 4.4f) * 72f / 300, first.baseline(), 0.01);
  }

  @Test
  void pageStatisticsCountDoubtfulWords() {
    OcrPage p = PageOcr.stats(3, List.of(new OcrWord("a", 0, 0, 1, 1, 90, "1"),
        new OcrWord("b", 0, 0, 1, 1, 40, "1"), new OcrWord("c", 0, 0, 1, 1, 80, "1")));
    assertEquals(new OcrPage(3, 3, 70, 40, 1), p);
  }
}
