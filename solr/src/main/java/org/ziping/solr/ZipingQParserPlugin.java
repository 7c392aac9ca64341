package org.ziping.solr;

import java.io.IOException;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import org.ziping.index.ReportQueries;
import org.ziping.index.SearchFilters;
import org.ziping.index.region.RegionResolver;
import org.ziping.report.ReportJson;

/**
 * {@code q={!ziping v=$zq}}: the query of the embedded index ({@link ReportQueries#query}) built
 * on each shard, so SolrCloud runs the very query the embedded searcher runs: the text parsed
 * against the word and bigram fields (word parse boosted), {@code unit:} as span queries over the
 * unit's characters, numeric fields as point queries, and the filters as non-scoring clauses.
 * The filters travel as the JSON of {@link SearchFilters} in the request parameter
 * {@value #FILTERS}. Analysis is the collection schema's query analysis (the field types of
 * {@code solr/configset}, which cut as the embedded analyzers do).
 *
 * <p>Registered in the configset's solrconfig.xml as {@code <queryParser name="ziping" .../>}.
 * A query that does not parse, or breaks a limit of {@code QueryLimits}, is a syntax error
 * (HTTP 400) with the embedded index's message.
 */
public class ZipingQParserPlugin extends QParserPlugin {
  public static final String NAME = "ziping";
  /** The request parameter holding the filters as JSON. */
  public static final String FILTERS = "ziping.filters";

  private static volatile RegionResolver regions;

  private static RegionResolver regions() {
    RegionResolver r = regions;
    if (r == null) {
      synchronized (ZipingQParserPlugin.class) {
        if (regions == null) {
          regions = RegionResolver.standard();
        }
        r = regions;
      }
    }
    return r;
  }

  /** The filters with every list present (a JSON that leaves a list out gives null). */
  public static SearchFilters complete(SearchFilters f) {
    return SearchFilters.builder().years(f.years()).rules(f.rules()).regions(f.regions())
        .provinces(f.provinces()).cities(f.cities()).kinds(f.kinds()).grades(f.grades())
        .severities(f.severities()).score(f.minScore(), f.maxScore())
        .execRate(f.minExecRate(), f.maxExecRate()).budgetYuan(f.minBudgetYuan(), f.maxBudgetYuan())
        .actualYuan(f.minActualYuan(), f.maxActualYuan()).build();
  }

  @Override
  public QParser createParser(String qstr, SolrParams localParams, SolrParams params,
                              SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() throws SyntaxError {
        SearchFilters filters = SearchFilters.NONE;
        String json = params == null ? null : params.get(FILTERS);
        if (json != null && !json.isBlank()) {
          try {
            filters = complete(ReportJson.mapper().readValue(json, SearchFilters.class));
          } catch (IOException e) {
            throw new SyntaxError("unreadable " + FILTERS + ": " + e.getMessage(), e);
          }
        }
        try {
          return ReportQueries.query(qstr == null ? "" : qstr, filters,
              req.getSchema().getQueryAnalyzer(), regions());
        } catch (ParseException e) {
          throw new SyntaxError(e.getMessage(), e);
        } catch (RuntimeException e) { // a limit of the parser (too many clauses, a bad regexp)
          throw new SyntaxError(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
      }
    };
  }
}
