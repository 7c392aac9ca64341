package org.ziping.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stream tables on lines laid out here: 10 pt glyphs, CJK 10 pt wide, digits and dots 5 pt. */
class StreamTableDetectorTest {

  /** One line of fields: pairs of x and text. */
  private static TextLine line(float baseline, Object... fields) {
    List<PositionedChar> cs = new ArrayList<>();
    for (int i = 0; i < fields.length; i += 2) {
      float x = ((Number) fields[i]).floatValue();
      String s = (String) fields[i + 1];
      for (int k = 0; k < s.length(); k++) {
        String ch = s.substring(k, k + 1);
        float w = CharClass.isWide(ch.codePointAt(0)) ? 10 : 5;
        cs.add(new PositionedChar(ch, x, baseline, w, 10, false));
        x += w;
      }
    }
    return TextLine.build(cs, 1).get(0);
  }

  @Test
  void whiteSpaceColumnsBecomeAGrid() {
    List<TextLine> body = new ArrayList<>(List.of(
        line(100, 72, "这是表格前面的一段说明文字，没有任何较大的空白间隔。"),
        line(130, 72, "项目", 200, "年初预算数", 300, "实际支出数"),
        line(145, 72, "基本支出", 210, "453.39", 310, "891.47"),
        line(160, 72, "项目支出", 205, "17244.15", 305, "17686.11"),
        line(175, 72, "合计", 205, "17697.54", 305, "18577.58"),
        line(205, 72, "表格后面又是正文，一行写满，同样没有空白。")));
    List<TableStitcher.Piece> pieces = StreamTableDetector.extract(body, 1);
    assertEquals(1, pieces.size());
    PageTable t = pieces.get(0).table();
    assertEquals(4, t.rows());
    assertEquals(3, t.cols());
    assertEquals(2, body.size(), "the prose lines stay in the body");
    List<String> texts = new ArrayList<>();
    for (List<TextLine> ls : pieces.get(0).cellLines()) {
      texts.add(ls.isEmpty() ? "" : ls.get(0).text());
    }
    assertEquals(List.of("项目", "年初预算数", "实际支出数", "基本支出", "453.39", "891.47",
        "项目支出", "17244.15", "17686.11", "合计", "17697.54", "18577.58"), texts);
  }

  @Test
  void proseAndSingleTwoFieldLinesAreNotTables() {
    List<TextLine> body = new ArrayList<>(List.of(
        line(100, 72, "部门：某某局", 400, "单位：万元"),
        line(130, 72, "正文第一行写满了文字，没有较大的空白，也不对齐成列。"),
        line(145, 72, "正文第二行 2023 年 支出 891.47 万元，数字两边只有窄空格。"),
        line(160, 72, "正文第三行。")));
    assertTrue(StreamTableDetector.extract(body, 1).isEmpty());
    assertEquals(4, body.size());
  }

  @Test
  void gapsThatDoNotLineUpAreNotColumns() {
    // three lines with one wide gap each, at different places: the regions overlap into one
    List<TextLine> body = new ArrayList<>(List.of(
        line(100, 72, "第一行文字", 200, "后面一段较长的文字内容"),
        line(115, 72, "第二行较长的一段文字内容在这里", 300, "尾"),
        line(130, 72, "短", 120, "第三行的文字从这里开始一直写到很远")));
    assertTrue(StreamTableDetector.extract(body, 1).isEmpty());
  }

  @Test
  void twoLinesAreTooFewForATable() {
    List<TextLine> body = new ArrayList<>(List.of(
        line(100, 72, "联系人", 200, "张三"),
        line(115, 72, "联络电话", 200, "12345678")));
    assertTrue(StreamTableDetector.extract(body, 1).isEmpty());
  }
}
