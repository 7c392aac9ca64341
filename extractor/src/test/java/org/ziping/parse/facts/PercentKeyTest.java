package org.ziping.parse.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PercentKeyTest {
  @Test
  void percentKeysNeedASpecificSubject() {
    assertEquals("服务对象满意度", PercentKey.of("服务对象的满意度"));
    assertNull(PercentKey.of("预算执行率"));
    assertNull(PercentKey.of("满意度"));
    assertNull(PercentKey.of("比上年增长"));
    assertNotNull(PercentKey.of("基本支出预算执行率"));
  }

  @Test
  void itemNamesLoseNumberingAndPunctuation() {
    assertEquals("部门预算资金支出率", PercentKey.item("（3）“部门预算资金支出率”指标"));
  }
}
