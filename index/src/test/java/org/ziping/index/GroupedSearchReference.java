package org.ziping.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * A search page computed the plain way, to check {@link ReportSearcher} against: every match
 * scored, its summary read, the matches grouped by {@link ReportGroups#key} in a map, each group's
 * best file (highest score, then smallest id) ranked, the facet values of the best files tallied
 * from their summaries (most frequent first, ties in the byte order of the label, at most
 * {@value #FACET_TOP} per dimension). {@link #assertSame} compares everything of a page but the
 * snippets: total, ids, relevance, the report shown, formats, disagreements and facet counts.
 */
final class GroupedSearchReference {
  private static final int FACET_TOP = 20;

  private GroupedSearchReference() {}

  /** A match with its score and summary. */
  private record Match(int doc, float score, ReportSummary summary) {}

  private static final Comparator<Match> RANK = Comparator.comparing((Match m) -> -m.score())
      .thenComparing(m -> m.summary().id());

  /**
   * Asserts that {@code searcher}'s page ({@code offset}, {@code limit}, with or without all
   * formats apart) for {@code text} and {@code filters} is the reference page on
   * {@code reader} (the index the searcher reads).
   */
  static void assertSame(ReportSearcher searcher, IndexReader reader, String text,
                         SearchFilters filters, int offset, int limit, boolean allFormats)
      throws Exception {
    SearchResult actual = searcher.search(text, filters, offset, limit, allFormats);
    SearchResult expected = reference(reader, searcher.query(text, filters), offset, limit,
        allFormats);
    String what = "'" + text + "' " + filters + " offset " + offset + " limit " + limit
        + (allFormats ? " all formats" : "");
    assertEquals(expected.total(), actual.total(), what + ": total");
    assertEquals(describe(expected), describe(actual), what + ": hits");
    assertEquals(expected.facets(), actual.facets(), what + ": facets");
  }

  private static List<String> describe(SearchResult r) {
    List<String> out = new ArrayList<>();
    for (SearchResult.Hit h : r.hits()) {
      out.add(h.id() + " " + h.relevance() + " " + h.report() + " " + h.formats() + " "
          + h.disagreements());
    }
    return out;
  }

  /** The page computed the plain way (snippets left empty). */
  static SearchResult reference(IndexReader reader, Query q, int offset, int limit,
                                boolean allFormats) throws IOException {
    IndexSearcher s = new IndexSearcher(reader);
    s.setQueryCache(null);
    Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE, 1f);
    List<Match> matches = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Scorer scorer = w.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (live == null || live.get(d)) {
          int doc = leaf.docBase + d;
          matches.add(new Match(doc, scorer.score(), ReportSearcher.summary(reader, doc)));
        }
      }
    }
    Map<String, List<Match>> groups = new LinkedHashMap<>();
    for (Match m : matches) {
      String key = allFormats ? m.summary().id() : ReportGroups.key(m.summary());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }
    List<List<Match>> ranked = new ArrayList<>();
    for (List<Match> g : groups.values()) {
      g.sort(RANK);
      ranked.add(g);
    }
    ranked.sort(Comparator.comparing(g -> g.get(0), RANK));
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (List<Match> g : ranked.subList(Math.min(offset, ranked.size()),
        Math.min(ranked.size(), offset + limit))) {
      List<ReportSummary> members = g.stream().map(Match::summary).toList();
      hits.add(new SearchResult.Hit(members.get(0).id(), g.get(0).score(), members.get(0),
          new Snippet(List.of()), members.stream().map(SearchResult.Format::of).toList(),
          ReportGroups.disagreements(members)));
    }
    List<ReportSummary> best = ranked.stream().map(g -> g.get(0).summary()).toList();
    List<SearchResult.FacetDim> facets = new ArrayList<>();
    if (reader.maxDoc() > 0) {
      facets.add(facet(best, IndexSchema.PROVINCE, s1 -> one(s1.region().province())));
      facets.add(facet(best, IndexSchema.CITY, s1 -> one(s1.region().city())));
      facets.add(facet(best, IndexSchema.YEAR,
          s1 -> s1.year() == null ? List.of() : List.of(s1.year().toString())));
      facets.add(facet(best, IndexSchema.KIND, s1 -> one(s1.kind())));
      facets.add(facet(best, IndexSchema.GRADE, s1 -> one(s1.grade())));
      facets.add(facet(best, IndexSchema.RULE, ReportSummary::rules));
    }
    return new SearchResult(groups.size(), hits, facets);
  }

  private static List<String> one(String v) {
    return v == null || v.isBlank() ? List.of() : List.of(v);
  }

  private static SearchResult.FacetDim facet(List<ReportSummary> counted, String dim,
                                             Function<ReportSummary, List<String>> values) {
    Map<String, Long> counts = new TreeMap<>();
    for (ReportSummary s : counted) {
      for (String v : values.apply(s).stream().distinct().toList()) {
        counts.merge(v, 1L, Long::sum);
      }
    }
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
        .thenComparing(e -> e.getKey().getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned));
    return new SearchResult.FacetDim(dim, sorted.stream().limit(FACET_TOP)
        .map(e -> new SearchResult.FacetValue(e.getKey(), e.getValue())).toList());
  }
}
