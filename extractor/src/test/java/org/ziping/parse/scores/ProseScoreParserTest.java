package org.ziping.parse.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.report.ScoreItem;

class ProseScoreParserTest {
  private final ProseScoreParser parser = new ProseScoreParser();

  private static String pair(ScoreItem i) {
    return i.maxScore().toPlainString() + "→" + (i.score() == null ? "null" : i.score().toPlainString());
  }

  private static ScoreItem find(List<ScoreItem> items, String label) {
    return items.stream().filter(i -> i.label().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + label + " in " + items));
  }

  @Test
  void seed000Items() {
    var scope = TestDocs.create().text(TestDocs.resource("seed000.txt"), TestDocs.Shape.EMPTY).scope();
    List<ScoreItem> all = parser.parse(scope);
    List<ScoreItem> items = all.stream().filter(i -> !i.group()).toList();
    assertEquals(List.of("5→5", "5→5", "4→4", "4→4", "2→2", "4→4", "4→4", "3→6", "3→3", "3→3", "2→2",
        "4→4", "3→0", "4→4", "2→2", "5→4", "2→2", "2→0", "3→2", "2→1", "4→4", "6→6", "3→3", "3→3",
        "3→3", "10→10", "5→5"), items.stream().map(ProseScoreParserTest::pair).toList());
    assertEquals(new BigDecimal("95"),
        items.stream().map(ScoreItem::score).reduce(BigDecimal.ZERO, BigDecimal::add));

    List<ScoreItem> groups = all.stream().filter(ScoreItem::group).toList();
    assertEquals(List.of("预算编制情况", "预算编制", "目标设置", "预算执行情况", "资金管理", "项目管理",
        "资产管理", "资金使用效益", "效率性"), groups.stream().map(ScoreItem::label).toList());
    assertEquals(List.of(28, 18, 10, 42, 22, 7, 7, 30, 9),
        groups.stream().map(g -> g.maxScore().intValue()).toList());
    assertNull(find(all, "预算编制情况").parent());
    assertEquals("预算编制情况", find(all, "预算编制").parent());

    ScoreItem first = items.get(0);
    assertEquals("（1）", first.number());
    assertEquals("预算编制合理性", first.label());
    assertEquals("预算编制", first.parent());
    assertEquals("（1）预算编制合理性（5分）", first.text());
    assertTrue(scope.text(first.location().start(), first.location().end()).endsWith("自评5分"));

    ScoreItem moved = find(items, "部门预算资金支出率");
    assertTrue(moved.note().contains("3分分值调整至“部门预算资金支出率”指标"), moved.note());
    ScoreItem notAssessed = find(items, "资金下达合法性");
    assertEquals(BigDecimal.ZERO, notAssessed.score());
    assertTrue(notAssessed.note().contains("不考核"), notAssessed.note());
    assertNull(find(items, "预算编制合理性").note());

    assertEquals("预算执行情况", find(items, "人员管理").parent());
    assertEquals("预算执行情况", find(items, "制度管理").parent());
    assertEquals("资金使用效益", find(items, "经济性").parent());
    assertEquals("效率性", find(items, "项目完成及时性").parent());
    assertEquals("资金使用效益", find(items, "效果性").parent());
    assertEquals("资金使用效益", find(items, "公平性").parent());
    assertEquals("预决算信息,绩效评价结果公开性", find(items, "预决算信息,绩效评价结果公开性").label());
    assertTrue(items.stream().noneMatch(i -> i.score() != null && i.score().intValue() == 96));
  }

  @Test
  void otherWordings() {
    var scope = TestDocs.create().p(
        "三、评价指标得分情况",
        "（一）项目决策（20分）",
        "1.项目立项规范性（满分5分）得4分，立项程序基本规范。",
        "2.绩效目标合理性（5分），得分5分。",
        "3.资金分配合理性，权重10分，自评得分9分；因分配依据不充分扣1分。",
        "（二）项目过程（30分）",
        "1.资金到位率（满分10分）得10分；2.预算执行率（满分20分）得18分。",
        "综上，本项目绩效自评综合得分为96分，评价等级为优。").scope();
    List<ScoreItem> all = parser.parse(scope);
    List<ScoreItem> items = all.stream().filter(i -> !i.group()).toList();
    assertEquals(List.of("5→4", "5→5", "10→9", "10→10", "20→18"),
        items.stream().map(ProseScoreParserTest::pair).toList());
    assertEquals(List.of("项目立项规范性", "绩效目标合理性", "资金分配合理性", "资金到位率", "预算执行率"),
        items.stream().map(ScoreItem::label).toList());
    assertEquals("项目过程", items.get(4).parent());
    assertEquals("项目决策", items.get(0).parent());
    assertEquals(List.of("项目决策", "项目过程"), all.stream().filter(ScoreItem::group).map(ScoreItem::label).toList());
  }

  @Test
  void scoreInFollowingBlocksAndSubScoresAdd() {
    var scope = TestDocs.create().p(
        "（1）资产管理（6分）",
        "资产账实相符，自评2分；",
        "资产处置规范，自评2分；",
        "资产配置合规，自评1分。",
        "（2）信息公开（2分）",
        "本项指标不考核。",
        "（3）档案管理（2分）",
        "档案齐全，评分标准为每缺一项扣0.5分。",
        "四、存在问题",
        "部分单位资金得3分的情况不属于评分。").scope();
    List<ScoreItem> items = parser.parse(scope);
    assertEquals(List.of("6→5", "2→0", "2→null"), items.stream().map(ProseScoreParserTest::pair).toList());
    assertTrue(items.get(1).note().contains("不考核"));
    assertFalse(items.get(2).group());
  }

  @Test
  void noScoresNoItems() {
    var scope = TestDocs.create().p("一、基本情况", "（一）项目概况", "项目总投资7000万元，完成100%。").scope();
    assertTrue(parser.parse(scope).isEmpty());
  }

  /** Lines broken as a pdf reader gives them: a head and a score over two blocks. */
  @Test
  void headsAndScoresBrokenOverLines() {
    var scope = TestDocs.create().p(
        "（1）预算编制合理性（5",
        "分）。部门预算编制符合要求，自评",
        "5 分；",
        "（2）资产管理（4 分）。我中心加强资产",
        "管理（4分）要求落实到位，自评 3",
        "分。").scope();
    List<ScoreItem> items = parser.parse(scope);
    assertEquals(List.of("5→5", "4→3"), items.stream().map(ProseScoreParserTest::pair).toList());
    assertEquals("预算编制合理性", items.get(0).label());
    assertEquals("（1）预算编制合理性（5分）", items.get(0).text());
  }

  /** The pre-check before HEAD_PAREN: wherever the pattern matches, a "(" comes before 。 and ;. */
  @Test
  void parenHeadsOnlyWhereAParenComesBeforeTheSentenceEnds() {
    String[] words = {"(", ")", "（", "。", ";", "\n", " ", "#", "*", "一、", "(二)", "3.", "(4)", "①", "5)",
        "预算编制", "满分", "分值", "权重", "为", "10", "2.5", "分", "资金", "得分"};
    java.util.Random r = new java.util.Random(12);
    int matches = 0;
    for (int k = 0; k < 3000; k++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0, n = r.nextInt(4); i < n; i++) { // junk before
        sb.append(words[r.nextInt(words.length)]);
      }
      sb.append(words[9 + r.nextInt(6)]).append("预算编制"); // a head: marker, label, (…分)
      for (int i = 0, n = r.nextInt(3); i < n; i++) { // the label or what breaks it
        sb.append(words[r.nextInt(words.length)]);
      }
      sb.append("(").append(r.nextBoolean() ? "满分" : "").append(r.nextInt(20)).append("分)");
      for (int i = 0, n = r.nextInt(4); i < n; i++) {
        sb.append(words[r.nextInt(words.length)]);
      }
      String t = sb.toString();
      for (int pos = 0; pos < t.length(); pos++) {
        java.util.regex.Matcher m = ProseScoreParser.HEAD_PAREN.matcher(t);
        m.region(pos, t.length());
        if (m.lookingAt()) {
          matches++;
          assertTrue(ProseScoreParser.parenBeforeStop(t, pos), t + " at " + pos);
        }
      }
    }
    assertTrue(matches > 50, "matches: " + matches);
  }
}
