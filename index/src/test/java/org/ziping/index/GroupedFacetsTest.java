package org.ziping.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facet counts of a search with one hit per report are the counts of its hits' own values,
 * on an index of several segments, whatever segments the hits' files lie in. (Lucene's sorted-set
 * facet counting maps segment ordinals to the index's only when it is given more than one
 * segment's matches; the best files of a narrow search may all lie in one segment.)
 */
class GroupedFacetsTest {
  @TempDir static Path work;
  static Path index;

  @BeforeAll
  static void oneSegmentPerFile() throws Exception {
    Path in = Files.createDirectories(work.resolve("in"));
    for (Path f : Fixtures.files()) {
      Files.copy(f, in.resolve(f.getFileName()));
    }
    index = work.resolve("index");
    try (ReportIndexer ix = new ReportIndexer(index, Optional.empty(),
        new PrintWriter(new StringWriter()))) {
      ix.commitEvery(Duration.ZERO).mergeTail(false).index(Fixtures.files(in));
    }
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      assertTrue(r.leaves().size() > 2, "segments: " + r.leaves().size());
    }
  }

  @Test
  void facetsCountTheHitsValues() throws Exception {
    try (ReportSearcher s = new ReportSearcher(index, 0)) {
      for (String q : List.of("取暖费", "unit:湛江", "工伤预防", "稳岗返还", "养老保险", "",
          "year:2021", "kind:special", "score:[99.5 TO *]")) {
        SearchResult r = s.search(q, SearchFilters.NONE, 0, 100);
        assertTrue(r.total() > 0, q);
        assertEquals(r.total(), r.hits().size(), q);
        Map<String, Map<String, Long>> expected = new TreeMap<>();
        tally(expected, r, "province", h -> List.of(nn(h.region().province())));
        tally(expected, r, "city", h -> List.of(nn(h.region().city())));
        tally(expected, r, "year", h -> List.of(h.year() == null ? "" : h.year().toString()));
        tally(expected, r, "kind", h -> List.of(nn(h.kind())));
        tally(expected, r, "grade", h -> List.of(nn(h.grade())));
        tally(expected, r, "rule", ReportSummary::rules);
        Map<String, Map<String, Long>> actual = new TreeMap<>();
        for (SearchResult.FacetDim d : r.facets()) {
          Map<String, Long> counts = new TreeMap<>();
          d.values().forEach(v -> counts.put(v.label(), v.count()));
          actual.put(d.dim(), counts);
        }
        assertEquals(expected, actual, q);
      }
    }
  }

  private static String nn(String s) {
    return s == null ? "" : s;
  }

  private static void tally(Map<String, Map<String, Long>> out, SearchResult r, String dim,
                            Function<ReportSummary, List<String>> values) {
    Map<String, Long> counts = out.computeIfAbsent(dim, k -> new TreeMap<>());
    for (SearchResult.Hit h : r.hits()) {
      for (String v : values.apply(h.report())) {
        if (!v.isBlank()) {
          counts.merge(v, 1L, Long::sum);
        }
      }
    }
  }
}
