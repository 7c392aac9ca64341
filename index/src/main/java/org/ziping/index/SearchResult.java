package org.ziping.index;

import java.util.List;

/**
 * One page of search results: the number of matching reports, the hits in rank order with their
 * snippets, and the facet counts over all matching reports.
 */
public record SearchResult(long total, List<Hit> hits, List<FacetDim> facets) {

  /** A ranked report. {@code relevance} is Lucene's score (word matches weigh more). */
  public record Hit(String id, float relevance, ReportSummary report, Snippet snippet) {}

  /** The values of one facet dimension with their counts, most frequent first. */
  public record FacetDim(String dim, List<FacetValue> values) {}

  public record FacetValue(String label, long count) {}
}
