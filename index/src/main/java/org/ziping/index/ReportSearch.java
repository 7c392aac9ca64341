package org.ziping.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.queryparser.classic.ParseException;

/**
 * What the search command, the exports and the web page ask of an index: ranked hits with facets,
 * every matching report, one stored report. Two implementations: {@link ReportSearcher} over the
 * embedded Lucene index (the default), and the cluster backends of {@code org.ziping.index.cluster}
 * (Solr, module {@code solr/}), which build the same query ({@link ReportQueries}) and give the
 * same hits, grouping and facet counts.
 */
public interface ReportSearch extends Closeable {

  /** Sees what was committed since the last call (a no-op where the engine does it itself). */
  void refresh() throws IOException;

  /**
   * Ranked hits {@code offset .. offset+limit} with snippets and facet counts over every match;
   * unless {@code allFormats}, the files of one report ({@link ReportGroups}) are one hit and the
   * total and the facets count reports.
   */
  SearchResult search(String text, SearchFilters filters, int offset, int limit,
                      boolean allFormats) throws ParseException, IOException;

  /** {@link #search(String, SearchFilters, int, int, boolean)}, one hit per report. */
  default SearchResult search(String text, SearchFilters filters, int offset, int limit)
      throws ParseException, IOException {
    return search(text, filters, offset, limit, false);
  }

  /**
   * Every matching report in id order (for exports); unless {@code allFormats}, only the first
   * file (in id order) of each report. Returns the count.
   */
  long forEach(String text, SearchFilters filters, boolean allFormats,
               Consumer<ReportSummary> out) throws ParseException, IOException;

  /** {@link #forEach(String, SearchFilters, boolean, Consumer)}, one per report. */
  default long forEach(String text, SearchFilters filters, Consumer<ReportSummary> out)
      throws ParseException, IOException {
    return forEach(text, filters, false, out);
  }

  /** The stored report of an id: its summary and the report JSON as extracted. */
  Optional<ReportSearcher.StoredReport> byId(String id) throws IOException;
}
