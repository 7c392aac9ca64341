package org.ziping.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
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

  /**
   * The contract of the prefilter: on random text built from name parts, words of sentences,
   * digits and punctuation, whenever some substring is a valid name, {@code mayHoldName} says so.
   */
  @Test
  void mayHoldNameNeverRejectsTextHoldingAName() {
    String[] parts = {"乐昌市", "广东省", "社会保险", "基金", "管理", "中心", "局", "人民政府", "办公室", "委员会",
        "学校", "公司", "站", "部", "处", "所", "院", "的", "是", "资金", "使用", "率", "达到", "100%", "万元",
        "社会", "部门", "XX", "协", "学", "合", "大", "小", "党", "研究", "办事", "主要", "负责", "所属",
        "，", "。", "（", "）", "2022年", "绩效", "目标", "完成", "情况", "良好", "台", "场", "社", "队"};
    Random random = new Random(20261201L);
    int withName = 0;
    int rejected = 0;
    for (int round = 0; round < 3000; round++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(8); n >= 0; n--) {
        b.append(parts[random.nextInt(parts.length)]);
      }
      String text = b.toString();
      boolean holdsName = false;
      for (int i = 0; i < text.length() && !holdsName; i++) {
        for (int j = i + 3; j <= Math.min(text.length(), i + 40) && !holdsName; j++) {
          holdsName = UnitNames.valid(text.substring(i, j));
        }
      }
      if (holdsName) {
        withName++;
        assertTrue(UnitNames.mayHoldName(text), text);
      }
      if (!UnitNames.mayHoldName(text)) {
        rejected++;
      }
    }
    assertTrue(withName > 100 && rejected > 100, withName + " with a name, " + rejected + " rejected");
  }

  @Test
  void mayHoldNameRejectsTextWithoutAnInstitutionWord() {
    assertFalse(UnitNames.mayHoldName("资金使用率达到100%，绩效目标完成情况良好"));
    assertFalse(UnitNames.mayHoldName(""));
    assertTrue(UnitNames.mayHoldName("乐昌市社会保险基金管理中心"));
    assertTrue(UnitNames.mayHoldName("由财政局拨付"));
    assertFalse(UnitNames.mayHoldName("社会保险基金的主要负责"));
    assertFalse(UnitNames.mayHoldName("局"));
  }
}
