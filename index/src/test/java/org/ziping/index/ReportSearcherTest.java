package org.ziping.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.queryparser.classic.ParseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The searches of the issue on the fixture reports, each against the seed facts. */
class ReportSearcherTest {
  @TempDir static Path work;
  static ReportSearcher searcher;

  @BeforeAll
  static void build() throws Exception {
    searcher = new ReportSearcher(Fixtures.buildIndex(work));
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  /** The ids of all matches, as "000", "003-2" (seed number, report number when not 1). */
  static Set<String> seeds(String q, SearchFilters f) throws Exception {
    SearchResult r = searcher.search(q, f, 0, 100);
    assertEquals(r.total(), r.hits().size());
    return r.hits().stream().map(h -> seed(h.id())).collect(Collectors.toCollection(TreeSet::new));
  }

  static String seed(String id) {
    String sha = id.substring(0, id.lastIndexOf('-'));
    String no = id.substring(id.lastIndexOf('-') + 1);
    String s = sha.equals(Fixtures.SHA_000) ? "000" : sha.equals(Fixtures.SHA_001) ? "001"
        : sha.equals(Fixtures.SHA_002) ? "002" : sha.equals(Fixtures.SHA_003) ? "003"
        : sha.equals(Fixtures.SHA_004) ? "004" : sha;
    return no.equals("1") ? s : s + "-" + no;
  }

  @Test
  void pensionInsuranceHitsEveryReport() throws Exception {
    assertEquals(Set.of("000", "001", "002", "003", "003-2", "004"),
        seeds("养老保险", SearchFilters.NONE));
  }

  @Test
  void unitByAPartOfItsNameAsTyped() throws Exception {
    // 003 and 003-2: 湛江市社会保险基金管理局; 002: 正宁县社会保险局; 000: 乐昌市社会保险基金管理中心
    assertEquals(Set.of("003", "003-2"), seeds("unit:湛江", SearchFilters.NONE));
    assertEquals(Set.of("003", "003-2", "002"), seeds("unit:社保局", SearchFilters.NONE));
    assertEquals(Set.of("000", "001", "002", "003", "003-2"),
        seeds("unit:社会保险", SearchFilters.NONE));
    assertEquals(Set.of("000", "001", "002", "003", "003-2"), seeds("unit:社保", SearchFilters.NONE));
    assertEquals(Set.of("003", "003-2"), seeds("unit:湛江社保", SearchFilters.NONE));
    assertEquals(Set.of("003", "003-2"), seeds("unit:湛江市社会保险基金管理局", SearchFilters.NONE));
    assertEquals(Set.of("000"), seeds("unit:乐昌社保中心", SearchFilters.NONE));
    // the typed order counts, and a part that is not in the name finds nothing
    assertEquals(Set.of(), seeds("unit:社保湛江", SearchFilters.NONE));
    assertEquals(Set.of(), seeds("unit:广州", SearchFilters.NONE));
    // with a region filter
    assertEquals(Set.of("002"), seeds("unit:社保局",
        SearchFilters.builder().regions(List.of("甘肃省")).build()));
  }

  @Test
  void heatingAllowanceOnlyIn002() throws Exception {
    assertEquals(Set.of("002"), seeds("取暖费", SearchFilters.NONE));
  }

  @Test
  void workInjuryPrevention() throws Exception {
    assertEquals(Set.of("002", "004"), seeds("工伤预防", SearchFilters.NONE));
  }

  @Test
  void jobStabilisationRefunds() throws Exception {
    assertEquals(Set.of("002", "003"), seeds("稳岗返还", SearchFilters.NONE));
  }

  @Test
  void ruleFilters() throws Exception {
    assertEquals(Set.of("002"),
        seeds("", SearchFilters.builder().rules(List.of("EXEC_RATE_OVER_100")).build()));
    assertEquals(Set.of("000"),
        seeds("", SearchFilters.builder().rules(List.of("SCORE_SUM_MISMATCH")).build()));
    assertEquals(Set.of("002"), seeds("rule:EXEC_RATE_OVER_100", SearchFilters.NONE));
  }

  @Test
  void minimumScore() throws Exception {
    assertEquals(Set.of("001", "002"),
        seeds("", SearchFilters.builder().score(new BigDecimal("99.5"), null).build()));
    assertEquals(Set.of("001", "002"), seeds("score:[99.5 TO *]", SearchFilters.NONE));
  }

  @Test
  void regionFilterByProvinceFullOrShortName() throws Exception {
    Set<String> guangdong = Set.of("000", "003", "003-2");
    assertEquals(guangdong, seeds("", SearchFilters.builder().regions(List.of("广东省")).build()));
    assertEquals(guangdong, seeds("", SearchFilters.builder().regions(List.of("广东")).build()));
    assertEquals(Set.of("001", "004"),
        seeds("", SearchFilters.builder().regions(List.of("湖南省")).build()));
    assertEquals(Set.of("000"), seeds("", SearchFilters.builder().regions(List.of("韶关市")).build()));
  }

  @Test
  void yearKindAndCombinedFilters() throws Exception {
    assertEquals(Set.of("000", "004"),
        seeds("", SearchFilters.builder().years(List.of(2022)).build()));
    assertEquals(Set.of("000", "004"), seeds("year:2022", SearchFilters.NONE));
    assertEquals(Set.of("003-2"),
        seeds("养老保险", SearchFilters.builder().kinds(List.of("project")).build()));
    assertEquals(Set.of("002"), seeds("养老保险", SearchFilters.builder().years(List.of(2023))
        .rules(List.of("EXEC_RATE_OVER_100")).score(new BigDecimal("95"), null)
        .regions(List.of("甘肃省")).build()));
  }

  @Test
  void executionRateAndAmountRanges() throws Exception {
    assertEquals(Set.of("003"),
        seeds("", SearchFilters.builder().execRate(null, new BigDecimal("50")).build()));
    // 002 declares 104.97 but its figures give 100.00: the filter uses the audit's overall rate
    assertEquals(Set.of(),
        seeds("", SearchFilters.builder().execRate(new BigDecimal("100.01"), null).build()));
    assertTrue(seeds("", SearchFilters.builder().execRate(new BigDecimal("100.00"),
        new BigDecimal("100.00")).build()).contains("002"));
    // 002: full-year budget 18577.58 万元 = 185775800 元
    assertEquals(Set.of("000", "002", "003"), seeds("",
        SearchFilters.builder().budgetYuan(new BigDecimal("100000000"), null).build()));
    assertEquals(Set.of("004"), seeds("",
        SearchFilters.builder().actualYuan(null, new BigDecimal("3000000")).build()));
  }

  /** The fixture reports whose text holds {@code term} as a plain substring. */
  static Set<String> containing(String term) throws Exception {
    Set<String> out = new TreeSet<>();
    for (Path f : Fixtures.files()) {
      org.ziping.report.ExtractedDocument d = org.ziping.report.ReportJson.mapper().readValue(f.toFile(),
          org.ziping.report.ExtractedDocument.class);
      for (int i = 0; i < d.reports().size(); i++) {
        if (ReportText.fullText(d.reports().get(i)).contains(term)) {
          out.add(seed(d.source().sha256() + "-" + (i + 1)));
        }
      }
    }
    return out;
  }

  @Test
  void compoundsSplitByTheSegmenterStillHit() throws Exception {
    for (String term : List.of("养老保险", "社保基金", "执行率", "养老保险金", "社会保险")) {
      Set<String> expected = containing(term);
      assertFalse(expected.isEmpty(), term);
      assertEquals(expected, seeds(term, SearchFilters.NONE), term);
    }
  }

  @Test
  void wordMatchesRankAboveBigramOnlyMatches() throws Exception {
    // 管理 is a word of its own (dictionary segmenter of the text field) in two fixture reports and
    // only inside longer dictionary words in the three others
    SearchResult r = searcher.search("管理", SearchFilters.NONE, 0, 10);
    assertEquals(containing("管理").size(), r.total());
    SearchResult wordOnly = searcher.search("text:管理", SearchFilters.NONE, 0, 10);
    Set<String> wordHits = wordOnly.hits().stream().map(SearchResult.Hit::id)
        .collect(Collectors.toSet());
    assertTrue(!wordHits.isEmpty() && wordHits.size() < r.total(),
        "some reports hold 社会 only inside a longer word: " + wordHits);
    for (int i = 0; i < wordHits.size(); i++) {
      assertTrue(wordHits.contains(r.hits().get(i).id()), "word matches first: " + r.hits());
    }
  }

  @Test
  void snippetsHighlightTheMatchedCharacters() throws Exception {
    SearchResult r = searcher.search("取暖费", SearchFilters.NONE, 0, 10);
    Snippet s = r.hits().get(0).snippet();
    List<String> hits = s.fragments().stream().filter(Snippet.Fragment::hit)
        .map(Snippet.Fragment::text).toList();
    assertEquals(List.of("取暖费"), hits);
    assertTrue(s.text().contains("代发机关事业单位退休职工取暖费"), s.text());

    SearchResult p = searcher.search("养老保险金", SearchFilters.NONE, 0, 10);
    List<String> marked = p.hits().get(0).snippet().fragments().stream()
        .filter(Snippet.Fragment::hit).map(Snippet.Fragment::text).toList();
    assertEquals(List.of("养老保险金"), marked, "bigram-only match highlighted through the mask");
  }

  @Test
  void wordsAndPhrasesAreHighlightedByTermsAutomataThroughWeightMatches() throws Exception {
    org.apache.lucene.analysis.Analyzer a = IndexSchema.analyzer();
    for (String byTerms : List.of("取暖费", "养老保险金", "\"养老 保险\"", "养老 OR 取暖费",
        "养老 -取暖费", "title:养老")) {
      assertFalse(ReportSearcher.needsWeightMatches(ReportQueryParser.parse(byTerms, a)), byTerms);
    }
    for (String byMatches : List.of("取暖*", "取暖费~1", "year:2023", "*:*", "text:*")) {
      assertTrue(ReportSearcher.needsWeightMatches(ReportQueryParser.parse(byMatches, a)),
          byMatches);
    }
    // a wildcard still gets its snippet from the postings, what it matched marked
    SearchResult w = searcher.search("取暖*", SearchFilters.NONE, 0, 10);
    List<String> marked = w.hits().get(0).snippet().fragments().stream()
        .filter(Snippet.Fragment::hit).map(Snippet.Fragment::text).toList();
    assertTrue(!marked.isEmpty() && marked.stream().allMatch(m -> m.startsWith("取暖")),
        marked.toString());
  }

  @Test
  void resultsCarryTheStructuredFields() throws Exception {
    SearchResult r = searcher.search("取暖费", SearchFilters.NONE, 0, 10);
    ReportSummary s = r.hits().get(0).report();
    assertEquals("正宁县社会保险局", s.unit());
    assertEquals(2023, s.year());
    assertEquals(0, new BigDecimal("99.5").compareTo(s.declaredScore()));
    assertEquals("甘肃省", s.region().province());
    assertEquals("庆阳市", s.region().city());
    assertEquals("正宁县", s.region().county());
    assertEquals(0, new BigDecimal("100.00").compareTo(s.execRate()));
    assertEquals(0, new BigDecimal("185775800").compareTo(s.budgetYuan()));
    assertEquals(new ReportSummary.FindingCounts(2, 2, 0, 4), s.findingCounts());
    assertEquals(List.of("EXEC_RATE_MISMATCH", "EXEC_RATE_OVER_100", "FULL_SCORE_TARGET_MISSED",
        "MAX_SUM_NOT_100"), s.rules());
  }

  @Test
  void facetsCountAllMatches() throws Exception {
    SearchResult r = searcher.search("养老保险", SearchFilters.NONE, 0, 1);
    assertEquals(1, r.hits().size());
    SearchResult.FacetDim province = r.facets().stream().filter(f -> f.dim().equals("province"))
        .findFirst().orElseThrow();
    assertEquals(List.of(new SearchResult.FacetValue("广东省", 3),
        new SearchResult.FacetValue("湖南省", 2), new SearchResult.FacetValue("甘肃省", 1)),
        province.values());
    SearchResult.FacetDim rule = r.facets().stream().filter(f -> f.dim().equals("rule"))
        .findFirst().orElseThrow();
    assertTrue(rule.values().contains(new SearchResult.FacetValue("VALUE_CONFLICT", 2)));
  }

  @Test
  void pagingAndBadSyntax() throws Exception {
    SearchResult all = searcher.search("", SearchFilters.NONE, 0, 10);
    SearchResult second = searcher.search("", SearchFilters.NONE, 2, 2);
    assertEquals(6, second.total());
    assertEquals(all.hits().subList(2, 4).stream().map(SearchResult.Hit::id).toList(),
        second.hits().stream().map(SearchResult.Hit::id).toList());
    assertThrows(ParseException.class, () -> searcher.search("养老 AND (", SearchFilters.NONE, 0, 5));
    assertThrows(ParseException.class, () -> searcher.search("year:二〇二二", SearchFilters.NONE, 0, 5));
    // a leading wildcard on the text would scan every term; on a keyword field it is allowed
    ParseException leading = assertThrows(ParseException.class,
        () -> searcher.search("*保险", SearchFilters.NONE, 0, 5));
    assertTrue(leading.getMessage().contains("社会*"), leading.getMessage());
    assertTrue(searcher.search("社会保险*", SearchFilters.NONE, 0, 10).total() > 0);
    assertTrue(searcher.search("source:*.json", SearchFilters.NONE, 0, 10).total() >= 0);
    assertFalse(searcher.byId("nope-1").isPresent());
  }
}
