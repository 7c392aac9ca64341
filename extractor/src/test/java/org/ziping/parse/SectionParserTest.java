package org.ziping.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ziping.model.DocumentModel;
import org.ziping.report.Section;
import org.ziping.testing.Docs;

class SectionParserTest {

  private static List<Section> sections(String text) {
    DocumentModel d = Docs.of(text);
    return new SectionParser().parse(ReportScope.whole(d), Set.of());
  }

  @Test
  void levelsFollowTheOrderNumberingStylesAppearIn() {
    List<Section> s = sections("""
        一、基本情况
        （一）单位职能
        1、主要职责
        正文，说明职责范围。
        （1）经办服务
        ① 窗口
        2、机构设置
        （二）预算情况
        二、绩效分析
        """);
    assertEquals(2, s.size());
    Section one = s.get(0);
    assertEquals("基本情况", one.title());
    assertEquals("cn", one.style());
    assertEquals("单位职能", one.children().get(0).title());
    Section duty = one.children().get(0).children().get(0);
    assertEquals("主要职责", duty.title());
    assertEquals("1", duty.number());
    assertEquals(3, duty.level());
    assertEquals("经办服务", duty.children().get(0).title());
    assertEquals("窗口", duty.children().get(0).children().get(0).title());
    assertEquals("机构设置", one.children().get(0).children().get(1).title());
    assertEquals("预算情况", one.children().get(1).title());
    assertEquals("二", s.get(1).number());
  }

  @Test
  void fullWidthAndHalfWidthNumberingAreTheSameStyle() {
    List<Section> s = sections("一．概况\n(一)职能\n（二）人员\n二、结论\n");
    assertEquals(2, s.get(0).children().size());
  }

  @Test
  void longNumberedSentencesAndMidParagraphNumbersAreNotHeadings() {
    List<Section> s = sections("""
        一、工作开展情况
        1. 聚焦基金提升行动，严格按照省市县要求，深入开展专项行动，进一步加强社会保险基金管理体系建设。
        全年完成1.一般公共预算财政拨款收入31536.34万元。
        二、存在问题
        """);
    assertEquals(2, s.size());
    assertTrue(s.get(0).children().isEmpty());
  }

  @Test
  void runInHeadingTakesTheTextUpToTheFirstStop() {
    List<Section> s = sections("一、评价情况\n（一）评价目的。确保在职职工工资正常发放，确保单位正常运转。\n");
    Section c = s.get(0).children().get(0);
    assertEquals("评价目的", c.title());
  }

  @Test
  void unnumberedTitleBeforeADeeperNumberedHeadingIsTopLevel() {
    List<Section> s = sections("""
        一、部门概况
        （一）职责
        二、评价结论
        综合得分90分。
        绩效分析
        （一）预算编制情况（30分）
        四、问题
        """);
    assertEquals(List.of("部门概况", "评价结论", "绩效分析", "问题"),
        s.stream().map(Section::title).toList());
    assertNull(s.get(2).number());
    assertEquals("预算编制情况（30分）", s.get(2).children().get(0).title());
    assertEquals("四", s.get(3).number(), "a numbering gap is kept as written");
  }

  @Test
  void tableCellsAreNeverHeadings() {
    List<Section> s = sections("一、概况\n一、指标\t分值\n1.投入\t20\n二、结论\n");
    assertEquals(List.of("概况", "结论"), s.stream().map(Section::title).toList());
  }
}
