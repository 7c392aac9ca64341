package org.ziping.parse.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ziping.report.Measure;

class LabelKeyTest {
  @Test
  void aPassageOfProseIsNoName() {
    // a 测算依据 cell taken whole as the label of the figures inside it
    String passage = "根据本街道一社区一法律顾问服务采购项目，甲包5个社区4.76万元/月，乙包5个社区4.583万元/月，"
        + "丙包3个社区2.574万元/月，全街道13个社区法律顾问服务经费按年度测算，第一期合同签订日期为"
        + "五月下旬，跨年执行，剩余经费在下一年度预算中安排，续签合同的经费按同样的价格测算并列入当年"
        + "预算，使每个社区都有法律顾问提供服务，切实保障基层群众的合法权益。";
    assertTrue(passage.length() > LabelKey.MAX_NAME_CHARS);
    assertTrue(LabelKey.of(passage, 2023).isEmpty());
    // the longest names of the realdocs (a 类/款/项 path with its measure) keep their key
    String path = "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项） · 实际支出数";
    assertEquals(Measure.ACTUAL, LabelKey.of(path, 2024).orElseThrow().measure());
  }

  @Test
  void yearMeasureAndSubjectComeFromTheLabel() {
    LabelKey k = LabelKey.of("社保经办机构工作经费年初预算", 2022).orElseThrow();
    assertEquals(Measure.INITIAL_BUDGET, k.measure());
    assertEquals("社保经办机构工作经费", k.key());
    assertEquals(2022, k.year());
    assertFalse(k.yearStated());

    LabelKey spent = LabelKey.of("2023年当年预算执行数", 2024).orElseThrow();
    assertEquals(Measure.ACTUAL, spent.measure());
    assertEquals(2023, spent.year());
    assertTrue(spent.yearStated());
    assertFalse(spent.comparable(), "no subject, no totality: never compared");

    LabelKey four = LabelKey.of("2022年年初申报4个项目，预算", 2022).orElseThrow();
    assertEquals("4项目", four.count());
    assertTrue(four.comparable());
  }

  @Test
  void aProjectNotNamedInTheLabelIsNoObject() {
    // a budget disclosure repeats "项目总预算" in each project's section: each is another project's
    for (String label : new String[] {"2025年度项目总预算", "本项目预算", "该项目年初预算"}) {
      LabelKey k = LabelKey.of(label, 2025).orElseThrow();
      assertFalse(k.comparable(), label);
    }
    assertTrue(LabelKey.of("项目支出年初预算", 2025).orElseThrow().comparable(), "项目支出 is a budget line");
    assertTrue(LabelKey.of("全年预算合计", 2025).orElseThrow().comparable(), "a totality word stays the whole");
  }

  @Test
  void boundsChangesAndUnitPricesAreNotStatements() {
    assertTrue(LabelKey.of("全年预算数不超过", 2023).isEmpty());
    assertTrue(LabelKey.of("本年数小于上年预算数", 2017).isEmpty());
    assertTrue(LabelKey.of("比上年增加", 2017).isEmpty());
    assertTrue(LabelKey.of("单价", 2023).isEmpty());
  }

  @Test
  void fundNamesAreNotBudgetMeasuresAndTotalRowsAreTheWhole() {
    LabelKey fund = LabelKey.of("一般公共预算财政拨款收入", 2024).orElseThrow();
    assertNull(fund.measure());
    assertTrue(LabelKey.isTotalLabel("全年支出"));
    assertTrue(LabelKey.isTotalLabel("部门整体支出"));
    assertFalse(LabelKey.isTotalLabel("基本支出"));
    assertEquals(Vocabulary.WHOLE, LabelKey.ofRow("合计", Measure.ACTUAL, 2024, null).orElseThrow().key());
  }

  /**
   * Fillers that are also parts of words (共 of 公共, 数 of 数据, 计 of 计划/审计, 为 of 行为, 约 of
   * 公共服务) go only where they stand before the number, at the label's end.
   */
  @Test
  void fillerCharactersGoOnlyAtTheEndSoWordsStayWhole() {
    assertEquals("一般公共服务支出", LabelKey.of("一般公共服务支出决算数", 2024).orElseThrow().subject());
    assertEquals("一般公共财政拨款收入",
        LabelKey.of("一般公共预算财政拨款收入", 2024).orElseThrow().subject());
    assertEquals("养老保险财政补助资金计划",
        LabelKey.of("2024年养老保险财政补助资金预算计划", 2024).orElseThrow().subject());
    assertEquals("数据中心建设经费", LabelKey.of("数据中心建设经费年初预算", 2024).orElseThrow().subject());
    assertEquals("审计费", LabelKey.of("审计费预算", 2024).orElseThrow().subject());
    assertEquals("公共服务平台运维经费", LabelKey.of("公共服务平台运维经费约", 2024).orElseThrow().subject());
    assertEquals("行为规范培训经费",
        LabelKey.of("行为规范培训经费预算为", 2024).orElseThrow().subject());
    // the fillers before the number, and the grammatical ones anywhere
    assertEquals("项目资金", LabelKey.of("项目资金共", 2024).orElseThrow().subject());
    assertEquals("资金到位", LabelKey.of("资金到位数达", 2024).orElseThrow().subject());
    assertEquals("专项资金拨付", LabelKey.of("专项资金已拨付", 2024).orElseThrow().subject());
    assertEquals("", LabelKey.of("全年预算数为", 2024).orElseThrow().subject());
  }
}
