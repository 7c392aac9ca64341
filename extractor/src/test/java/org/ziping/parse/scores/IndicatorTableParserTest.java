package org.ziping.parse.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ziping.model.DocumentBuilder.RawCell;
import org.ziping.report.Indicator;
import org.ziping.report.ScoreItem;

class IndicatorTableParserTest {
  private final IndicatorTableParser parser = new IndicatorTableParser();

  private static List<String> scores(List<Indicator> list) {
    return list.stream().map(i -> i.score() == null ? "-" : i.score().toPlainString()).toList();
  }

  private static Indicator find(List<Indicator> list, String level3) {
    return list.stream().filter(i -> i.level3().equals(level3)).findFirst().orElseThrow(
        () -> new AssertionError("no " + level3 + " in " + list));
  }

  @ParameterizedTest
  @EnumSource(TestDocs.Shape.class)
  void seed002IndicatorTable(TestDocs.Shape shape) {
    var scope = TestDocs.create().text(TestDocs.resource("seed002.txt"), shape, 0, 1).scope();
    IndicatorTable t = parser.read(scope);
    List<Indicator> list = t.indicators();
    assertEquals(List.of("4.5", "5", "5", "5", "5", "5", "5", "5", "50", "10"), scores(list));
    assertEquals(new BigDecimal("99.5"), t.declaredTotal());
    Indicator first = list.get(0);
    assertEquals("部门管理", first.level1());
    assertEquals("资金投入", first.level2());
    assertEquals("基本支出预算执行率", first.level3());
    assertEquals("100%", first.target());
    assertEquals("196.62%", first.actual());
    assertEquals("代发机关事业单位退休职工取暖费", first.note());
    assertEquals(0, first.location().table());
    assertEquals(9, first.location().row());
    assertEquals(2, first.location().col());
    assertEquals("资金投入", list.get(2).level2());
    assertEquals("部门管理", list.get(6).level1());
    assertEquals("资产管理", list.get(6).level2());

    Indicator key = find(list, "重点工作管理制度健全性");
    assertEquals("部门管理", key.level1());
    assertEquals("重点工作管理", key.level2());
    assertEquals("按时完成重点工作", key.target());
    assertEquals("100%", key.actual());
    assertEquals(new BigDecimal("5"), key.maxScore());
    assertEquals(new BigDecimal("5"), key.score());

    Indicator sat = find(list, "服务对象的满意度");
    assertEquals("服务对象满意度", sat.level1());
    assertEquals("≥95%", sat.target());
    assertEquals("94.9", sat.actual());
    assertEquals(new BigDecimal("10"), sat.maxScore());
    assertEquals(new BigDecimal("10"), sat.score());
    assertEquals("履职效果", find(list, "按时足额将项保险待遇发放，并确保准确率").level1());
    assertTrue(t.groups().isEmpty());
  }

  private static List<String[]> table001() {
    List<String[]> rows = new ArrayList<>();
    for (String line : TestDocs.resource("table001.tsv").split("\n")) {
      if (!line.isEmpty()) {
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }

  @ParameterizedTest
  @EnumSource(TestDocs.Shape.class)
  void seed001ScoreTableAsText(TestDocs.Shape shape) {
    var scope = TestDocs.create().p("部门整体支出绩效评价评分表").table(table001(), shape, 0, 1).scope();
    check001(parser.read(scope));
  }

  /**
   * The docx shape: the 政府采购执行率 row is split into an empty row of col span 7 and a row put
   * two columns to the left, [政府采购执行率, 标准, 3, 3, "" (col span 3)]. With merged label
   * columns and the shared 15-point cell merged over its three rows, as a pdf reader may give it.
   */
  @ParameterizedTest
  @EnumSource(TestDocs.Shape.class)
  void seed001ScoreTableWithSplitRow(TestDocs.Shape shape) {
    List<String[]> rows = table001();
    List<RawCell> cells = new ArrayList<>();
    int out = 0;
    int[] anchorIndex = new int[7];
    Arrays.fill(anchorIndex, -1);
    for (int i = 0; i < rows.size(); i++, out++) {
      String[] r = rows.get(i);
      if (r[2].startsWith("政府采购")) {
        cells.add(new RawCell(out, 0, 1, 7, "", null));
        out++;
        cells.add(new RawCell(out, 0, 1, 1, r[2].replace("\\n", "\n"), null));
        cells.add(new RawCell(out, 1, 1, 1, r[3], null));
        cells.add(new RawCell(out, 2, 1, 1, r[4], null));
        cells.add(new RawCell(out, 3, 1, 1, r[5], null));
        cells.add(new RawCell(out, 4, 1, 3, "", null));
        Arrays.fill(anchorIndex, -1);
        continue;
      }
      boolean header = r[0].contains("一级指标");
      boolean sharing = r[2].equals("社会效益") || r[2].equals("生态效益");
      for (int c = 0; c < 7; c++) {
        String text = r[c].replace("\\n", "\n");
        boolean merge = shape == TestDocs.Shape.MERGED && !header && text.isBlank() && anchorIndex[c] >= 0
            && (c <= 1 || (sharing && c >= 3 && c <= 5));
        if (merge) {
          RawCell a = cells.get(anchorIndex[c]);
          cells.set(anchorIndex[c], new RawCell(a.row(), a.col(), a.rowSpan() + 1, 1, a.text(), null));
          continue;
        }
        cells.add(new RawCell(out, c, 1, 1, text, null));
        anchorIndex[c] = !header && (c <= 1 || r[2].equals("经济效益")) ? cells.size() - 1 : -1;
      }
    }
    var scope = TestDocs.create().p("部门整体支出绩效评价评分表").raw(cells).scope();
    IndicatorTable t = parser.read(scope);
    check001(t);
    Indicator buy = find(t.indicators(), "政府采购执行率");
    assertEquals("过程（40分）", buy.level1());
    assertEquals("预算管理（15分）", buy.level2());
    assertEquals(new BigDecimal("3"), buy.maxScore());
    assertEquals(new BigDecimal("3"), buy.score());
    assertEquals(0, buy.location().col());
  }

  private static void check001(IndicatorTable t) {
    List<Indicator> list = t.indicators();
    assertEquals(25, list.size(), list::toString);
    BigDecimal maxSum = BigDecimal.ZERO;
    BigDecimal scoreSum = BigDecimal.ZERO;
    for (Indicator i : list) {
      if (i.maxScore() != null) {
        maxSum = maxSum.add(i.maxScore());
        assertEquals(i.maxScore(), i.score(), i::toString);
        scoreSum = scoreSum.add(i.score());
      }
    }
    assertEquals(new BigDecimal("100"), maxSum);
    assertEquals(new BigDecimal("100"), scoreSum);
    assertEquals(new BigDecimal("100"), t.declaredTotal());
    assertEquals(new BigDecimal("100"), t.maxTotal());
    Indicator first = list.get(0);
    assertEquals("投入（15分）", first.level1());
    assertEquals("预算配置（15分）", first.level2());
    assertEquals("财政供养人员控制率", first.level3());
    assertNull(first.target());
    for (String shared : List.of("社会效益", "生态效益")) {
      Indicator s = find(list, shared);
      assertNull(s.maxScore());
      assertNull(s.score());
      assertEquals("shares the score of 经济效益", s.note());
      assertEquals("效果（20分）", s.level1());
    }
    assertEquals(new BigDecimal("15"), find(list, "经济效益").maxScore());
    assertNull(find(list, "社会公众或服务对象满意度").note());
    Indicator asset = find(list, "资产管理安全性");
    assertEquals("过程（40分）", asset.level1());
    assertEquals("资产管理（10分）", asset.level2());
    Indicator card = find(list, "公务卡刷卡率");
    assertEquals("预算管理（15分）", card.level2());

    List<ScoreItem> level1 = t.groups().stream().filter(g -> g.parent() == null).toList();
    assertEquals(List.of("投入", "过程", "产出", "效果"), level1.stream().map(ScoreItem::label).toList());
    assertEquals(List.of(15, 40, 25, 20), level1.stream().map(g -> g.maxScore().intValue()).toList());
    assertTrue(t.groups().stream().allMatch(ScoreItem::group));
    ScoreItem assets = t.groups().stream().filter(g -> g.label().equals("资产管理")).findFirst().orElseThrow();
    assertEquals("过程", assets.parent());
    assertEquals(1, t.groups().stream().filter(g -> g.label().equals("资产管理")).count());
  }

  @Test
  void otherColumnOrderAndWords() {
    String tsv = """
        指标名称\t权重\t目标值\t完成值\t自评分\t备注
        资金到位率\t10\t100%\t100%\t10\t
        预算执行率\t20\t100%\t85.5%\t17.5\t年底资金未拨付
        满意度\t10\t≥90%\t92%\t10\t
        得分合计\t40\t\t\t37.5\t
        """;
    IndicatorTable t = parser.read(TestDocs.create().table(tsv).scope());
    assertEquals(3, t.indicators().size());
    Indicator i = t.indicators().get(1);
    assertNull(i.level1());
    assertNull(i.level2());
    assertEquals("预算执行率", i.level3());
    assertEquals(new BigDecimal("20"), i.maxScore());
    assertEquals(new BigDecimal("17.5"), i.score());
    assertEquals("85.5%", i.actual());
    assertEquals("年底资金未拨付", i.note());
    assertEquals(new BigDecimal("37.5"), t.declaredTotal());
    assertEquals(new BigDecimal("40"), t.maxTotal());
  }

  @Test
  void scoreBeforeTargetAndLabelsResetUnderNewParent() {
    String tsv = """
        一级指标\t二级指标\t三级指标\t分值\t自评得分\t指标值\t实际完成情况\t扣分原因
        产出指标\t数量指标\t参保人数\t10\t9\t≥5000人\t4800人\t未达目标
        \t\t发放人次\t10\t10\t12万人次\t12万人次\t
        \t质量指标\t发放准确率\t10\t10\t100%\t100%\t
        效益指标\t\t社会效益\t20\t20\t有效保障\t达到\t
        合计\t\t\t50\t49\t\t\t
        """;
    IndicatorTable t = parser.read(TestDocs.create().table(tsv).scope());
    List<Indicator> l = t.indicators();
    assertEquals(4, l.size());
    assertEquals("数量指标", l.get(1).level2());
    assertEquals("产出指标", l.get(2).level1());
    assertEquals("质量指标", l.get(2).level2());
    assertEquals("效益指标", l.get(3).level1());
    assertNull(l.get(3).level2());
    assertEquals("≥5000人", l.get(0).target());
    assertEquals("4800人", l.get(0).actual());
    assertEquals(new BigDecimal("9"), l.get(0).score());
    assertEquals(new BigDecimal("49"), t.declaredTotal());
  }

  @Test
  void tableWithoutThirdLevelHeaderGivesNothing() {
    String tsv = """
        项目\t年初预算数\t全年预算数\t执行数
        基本支出\t10\t12\t11
        """;
    assertTrue(parser.parse(TestDocs.create().table(tsv).scope()).isEmpty());
  }
  /** A form's indicator section whose total row is {@code totalRow} (tab-separated). */
  private IndicatorTable formWithTotalRow(String totalRow) {
    return parser.read(TestDocs.create().table(
        "一级指标\t二级指标\t三级指标\t指标值\t完成值\t分值\t得分\t偏差原因\n"
            + "产出指标\t数量指标\t培训人次\t≥200人次\t230人次\t50\t50\t\n"
            + "效益指标\t社会效益指标\t就业率\t≥80%\t76%\t50\t45\t部分学员未就业\n"
            + totalRow).scope());
  }

  @Test
  void totalRowWhoseLabelStatesTheMaximum() {
    IndicatorTable t = formWithTotalRow("总分（100分）\t95");
    assertEquals(new BigDecimal("95"), t.declaredTotal());
    assertEquals(new BigDecimal("100"), t.maxTotal());
    assertEquals(1, t.totalLocation().col(), "the score's own cell");
  }

  @Test
  void totalRowOfMaximumAndScoreLeftOfTheirColumns() {
    IndicatorTable t = formWithTotalRow("合计\t100\t95");
    assertEquals(new BigDecimal("95"), t.declaredTotal());
    assertEquals(new BigDecimal("100"), t.maxTotal());
    assertEquals(2, t.totalLocation().col());
  }

  @Test
  void totalRowWhoseScoreStandsBesideTheGrade() {
    IndicatorTable t = formWithTotalRow("总分（100分）\t95\t自评等级\t优");
    assertEquals(new BigDecimal("95"), t.declaredTotal());
    assertEquals(new BigDecimal("100"), t.maxTotal());
  }

  @Test
  void totalRowInItsColumnsStillWins() {
    IndicatorTable t = formWithTotalRow("总分（100分）\t\t\t\t\t100\t95\t");
    assertEquals(new BigDecimal("95"), t.declaredTotal());
    assertEquals(new BigDecimal("100"), t.maxTotal());
  }

  @Test
  void leftPackedRowsThatDoNotReadAsATotalAreLeftAlone() {
    // a single figure under a label without a maximum may be the maximum of a form not scored yet
    assertNull(formWithTotalRow("合计\t100").declaredTotal());
    // a score above the maximum, or a maximum the label contradicts, is no reading
    assertNull(formWithTotalRow("合计\t95\t100").declaredTotal());
    assertNull(formWithTotalRow("总分（100分）\t90\t85").declaredTotal());
    // the label's maximum still stands as the form's maximum
    assertEquals(new BigDecimal("100"), formWithTotalRow("总分（100分）\t\t\t\t\t\t\t").maxTotal());
  }
}
