package org.ziping.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Organisation names accepted as units; sentence fragments and column headers rejected. */
class UnitNamesTest {

  @Test
  void fragmentsHeadersAndPlaceholdersAreNoUnits() {
    for (String bad : new String[] {"备注", "是区级预算主管部门及所", "省党代会部署的开局", "主要原因是新增省委机要局",
        "保中央大政方针和省委部署要求落到实处", "上海市XX局", "××县××局", "韶关市", "项目", "合计",
        "松岗街道", "单位：万元"}) {
      assertNull(UnitNames.accept(bad), bad);
    }
  }

  @Test
  void namesAreCleanedAndAccepted() {
    assertEquals("江苏省人民检察院", UnitNames.accept("江苏省人民检察院"));
    assertEquals("中共上海市普陀区委社会工作部", UnitNames.accept("中共上海市普陀区委社会工作部"));
    assertEquals("深圳市宝安区松岗街道办事处", UnitNames.accept("深圳市宝安区松岗街道办事处（本级）"));
    assertEquals("池州市贵池区棠溪镇人民政府", UnitNames.accept("219001-池州市贵池区棠溪镇人民政府"));
    assertEquals("某某县民政局", UnitNames.accept("某某县民政局（盖章）"));
    assertEquals("江苏省委办公厅", UnitNames.accept("江苏省委办公厅"));
    assertEquals("某某县人力资源和社会保障局", UnitNames.accept("某某县人力资源和社会保障局"));
  }
}
