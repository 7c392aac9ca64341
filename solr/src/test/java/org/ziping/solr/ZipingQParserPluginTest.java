package org.ziping.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.index.IndexSchema;
import org.ziping.index.ReportQueries;
import org.ziping.index.SearchFilters;
import org.ziping.index.region.RegionResolver;
import org.ziping.report.ReportJson;

/**
 * The filters travel as JSON to the query parser on each shard: what the client writes reads back
 * to the same query, and a JSON that leaves lists out (another client) reads as no filter on them.
 */
class ZipingQParserPluginTest {
  @Test
  void filtersReadBackToTheSameQuery() throws Exception {
    SearchFilters f = SearchFilters.builder().regions(List.of("广东")).years(List.of(2023))
        .rules(List.of("EXEC_RATE_OVER_100")).score(new BigDecimal("95"), null).build();
    SearchFilters back = ZipingQParserPlugin.complete(
        ReportJson.mapper().readValue(IndexSchema.compactJson(f), SearchFilters.class));
    assertEquals(f, back);
    RegionResolver regions = RegionResolver.standard();
    assertEquals(ReportQueries.query("养老保险 unit:湛江", f, IndexSchema.analyzer(), regions),
        ReportQueries.query("养老保险 unit:湛江", back, IndexSchema.analyzer(), regions));
  }

  @Test
  void missingListsAreNoFilter() throws Exception {
    SearchFilters partial = ZipingQParserPlugin.complete(
        ReportJson.mapper().readValue("{\"regions\":[\"广东\"]}", SearchFilters.class));
    assertEquals(SearchFilters.builder().regions(List.of("广东")).build(), partial);
  }
}
