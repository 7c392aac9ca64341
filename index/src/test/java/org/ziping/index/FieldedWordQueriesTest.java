package org.ziping.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fielded queries on the title and the section headings (dictionary words since index format 3):
 * the query is cut as the field was, so a word or a run of words of a title or heading finds it.
 */
class FieldedWordQueriesTest {
  private static Set<String> seeds(ReportSearcher s, String q) throws Exception {
    return s.search(q, SearchFilters.NONE, 0, 100).hits().stream()
        .map(h -> ReportSearcherTest.seed(h.id()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void titleAndHeadingWords(@TempDir Path work) throws Exception {
    try (ReportSearcher s = new ReportSearcher(Fixtures.buildIndex(work))) {
      // 怀化市养老和工伤保险服务中心2022年度专项资金绩效自评报告
      assertEquals(Set.of("004"), seeds(s, "title:专项资金"));
      // 湛江市本级机关事业单位养老保险财政补助资金… and 怀化市养老和工伤保险服务中心…
      assertEquals(Set.of("003-2", "004"), seeds(s, "title:养老"));
      assertEquals(Set.of("003-2"), seeds(s, "title:养老保险"));
      // 绩效目标实现情况 (003's second report); 部门目标 (002) does not hold the phrase
      assertEquals(Set.of("003-2"), seeds(s, "sections:绩效目标"));
      // headings on separate lines of one value: 存在问题 … 相关建议, 存在的问题… 有关建议
      assertEquals(Set.of("000", "002"), seeds(s, "sections:建议 AND sections:问题"));
    }
  }
}
