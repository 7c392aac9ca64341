package org.ziping.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScaledCorpusTest {
  @Test
  void placeYearsAndFiguresVaryPercentagesStay() {
    ScaledCorpus.Seed seed = new ScaledCorpus.Seed(
        "正宁县社会保险局2023年预算100.00万元，其中基本支出60.50万元，执行率98.50%，共12人。", "正宁县");
    // i = 1: second place, years -3, factor 0.87
    assertEquals("华池县社会保险局2020年预算87.00万元，其中基本支出52.64万元，执行率98.50%，共12人。",
        ScaledCorpus.vary(seed, 1));
    assertEquals(ScaledCorpus.vary(seed, 7), ScaledCorpus.vary(seed, 7));
  }
}
