package org.ziping.index.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The seeds' units, municipalities, ambiguous county names and user input normalisation. */
class RegionResolverTest {
  private final RegionResolver r = RegionResolver.standard();

  @Test
  void seedUnits() {
    assertEquals(new Region("广东省", "韶关市", "乐昌市", "440281"),
        r.resolve("乐昌市社会保险基金管理中心", ""));
    assertEquals(new Region("湖南省", "岳阳市", "岳阳楼区", "430602"),
        r.resolve("岳阳市岳阳楼区社会保险服务中心", ""));
    assertEquals(new Region("甘肃省", "庆阳市", "正宁县", "621025"), r.resolve("正宁县社会保险局", ""));
    assertEquals(new Region("广东省", "湛江市", null, "4408"), r.resolve("湛江市社会保险基金管理局", ""));
    assertEquals(new Region("湖南省", "怀化市", null, "4312"),
        r.resolve("怀化市养老和工伤保险服务中心", ""));
  }

  @Test
  void municipalityDistrictHasNoCity() {
    assertEquals(new Region("北京市", null, "东城区", "110101"), r.resolve("北京市东城区人力资源和社会保障局", ""));
  }

  @Test
  void ambiguousCountyIsSettledByTheTextOrLeftAtWhatIsShared() {
    // 鼓楼区 exists in 南京市, 徐州市 (江苏省), 福州市 (福建省) and 开封市 (河南省)
    Region fuzhou = r.resolve("鼓楼区社会保险中心", "福建省福州市鼓楼区");
    assertEquals("福建省", fuzhou.province());
    assertEquals("福州市", fuzhou.city());
    assertEquals("鼓楼区", fuzhou.county());
    Region unknown = r.resolve("鼓楼区社会保险中心", "");
    assertEquals(null, unknown.province());
    assertFalse(unknown.isKnown());
  }

  @Test
  void unitWithoutPlaceFallsBackToTheText() {
    assertEquals("湖南省", r.resolve("省人力资源和社会保障厅", "湖南省人力资源和社会保障厅").province());
    assertEquals(Region.UNKNOWN, r.resolve("社会保险中心", "没有地名"));
  }

  @Test
  void userInputIsNormalised() {
    assertEquals("广东省", r.normalise("广东"));
    assertEquals("湛江市", r.normalise("湛江"));
    assertEquals("广东省", r.normalise("广东省"));
    assertEquals("火星", r.normalise("火星"));
  }
}
