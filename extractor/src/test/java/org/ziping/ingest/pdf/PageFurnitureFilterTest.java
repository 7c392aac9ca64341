package org.ziping.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageFurnitureFilterTest {

  @Test
  void pageNumberForms() {
    for (String s : List.of("1", "12", "- 1 -", "—3—", "第1页", "第 2 页 共 12 页", "1/12", "3 / 4",
        "Page 2", "page 2 of 9", "共12页 第3页", "- iv -")) {
      assertTrue(PageFurnitureFilter.isPageNumber(s), s);
    }
    for (String s : List.of("2023年", "1.", "1、总体情况", "12.5%", "第一章", "合计", "")) {
      assertFalse(PageFurnitureFilter.isPageNumber(s), s);
    }
  }

  private static TextLine line(String text, float baseline, int page) {
    List<PositionedChar> cs = new ArrayList<>();
    float x = 72;
    for (int i = 0; i < text.length(); i++) {
      cs.add(new PositionedChar(text.substring(i, i + 1), x, baseline, 6, 10, false));
      x += 6;
    }
    return TextLine.build(cs, page).get(0);
  }

  @Test
  void repeatedBandLinesAndPageNumbersGoBodyStays() {
    List<List<TextLine>> pages = new ArrayList<>();
    for (int p = 1; p <= 4; p++) {
      pages.add(List.of(line("Annual report 2023 chapter " + p, 30, p),
          line("Body " + p, 400, p), line("Closing line " + "ABCD".charAt(p - 1), 790, p),
          line(String.valueOf(p), 820, p)));
    }
    float[] heights = {842, 842, 842, 842};
    List<List<TextLine>> kept = PageFurnitureFilter.filter(pages, heights, 0.08);
    for (int p = 0; p < 4; p++) {
      assertEquals(List.of("Body " + (p + 1), "Closing line " + "ABCD".charAt(p)),
          kept.get(p).stream().map(TextLine::text).toList());
    }
  }

  @Test
  void aBandLineOnOnePageOnlyStays() {
    List<List<TextLine>> pages = List.of(List.of(line("Title of the report", 30, 1)),
        List.of(line("Other text", 30, 2)), List.of(line("More text", 30, 3)));
    List<List<TextLine>> kept = PageFurnitureFilter.filter(pages, new float[] {842, 842, 842}, 0.08);
    assertEquals("Title of the report", kept.get(0).get(0).text());
  }
}
