package org.ziping.parse.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ziping.report.Measure;

class LabelKeyTest {
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
}
