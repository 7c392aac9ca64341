package org.ziping.index;

import java.math.BigDecimal;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.ziping.index.region.RegionResolver;

/**
 * The Lucene query of a search: one construction for every engine. {@link ReportSearcher} runs it
 * on the embedded index; the Solr plugin's query parser ({@code org.ziping.solr.ZipingQParserPlugin},
 * module {@code solr/}) runs the same on each shard of a SolrCloud collection, whose fields have
 * the same names, analysis and point encodings, so both find the same documents.
 *
 * <p>Depends only on Lucene, the analysis ({@code org.ziping.index.analysis}), the query parser and
 * {@link RegionResolver}: the Solr plugin jar carries these classes and nothing of the extraction.
 */
public final class ReportQueries {
  private ReportQueries() {}

  /**
   * The query text and filters as one Lucene query: the text parsed by {@link ReportQueryParser}
   * (each unfielded word as words or bigrams, the words boosted ×{@value
   * ReportQueryParser#WORD_BOOST}), an empty text matching every report; the filters as non-scoring
   * clauses, the region filter normalised by {@code regions} (广东 = 广东省; may be null when
   * {@code f} has no region filter).
   */
  public static Query query(String text, SearchFilters f, Analyzer analyzer,
                            RegionResolver regions) throws ParseException {
    Query main;
    if (text == null || text.isBlank()) {
      main = new MatchAllDocsQuery();
    } else {
      main = ReportQueryParser.parse(text, analyzer);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, BooleanClause.Occur.MUST);
    if (!f.years().isEmpty()) {
      b.add(IntPoint.newSetQuery(IndexSchema.YEAR, f.years()), BooleanClause.Occur.FILTER);
    }
    anyOf(b, IndexSchema.RULE, f.rules());
    if (!f.regions().isEmpty()) {
      anyOf(b, IndexSchema.REGION, f.regions().stream().map(regions::normalise).toList());
    }
    anyOf(b, IndexSchema.PROVINCE, f.provinces());
    anyOf(b, IndexSchema.CITY, f.cities());
    anyOf(b, IndexSchema.KIND, f.kinds());
    anyOf(b, IndexSchema.GRADE, f.grades());
    anyOf(b, IndexSchema.SEVERITY, f.severities());
    range(b, IndexSchema.SCORE, f.minScore(), f.maxScore());
    range(b, IndexSchema.EXEC_RATE, f.minExecRate(), f.maxExecRate());
    range(b, IndexSchema.BUDGET_YUAN, f.minBudgetYuan(), f.maxBudgetYuan());
    range(b, IndexSchema.ACTUAL_YUAN, f.minActualYuan(), f.maxActualYuan());
    return b.build();
  }

  /**
   * The query of the text alone within a query built by {@link #query} (its first clause, before
   * the filters): what the highlighter needs, since a filter's matches are on other fields than
   * the text and every hit passes the filters anyway. Each word's two forms are given as their
   * disjunction ({@link PreferredFormQuery#asDisjunctions}), the query classes the highlighter's
   * phrase extraction knows.
   */
  static Query textPart(Query built) {
    return PreferredFormQuery.asDisjunctions(built instanceof BooleanQuery b
        && !b.clauses().isEmpty() && b.clauses().get(0).getOccur() == BooleanClause.Occur.MUST
        ? b.clauses().get(0).getQuery() : built);
  }

  private static void anyOf(BooleanQuery.Builder b, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    BooleanQuery.Builder or = new BooleanQuery.Builder();
    for (String v : values) {
      or.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD);
    }
    b.add(or.build(), BooleanClause.Occur.FILTER);
  }

  private static void range(BooleanQuery.Builder b, String field, BigDecimal min, BigDecimal max) {
    if (min == null && max == null) {
      return;
    }
    double lo = min == null ? Double.NEGATIVE_INFINITY : min.doubleValue();
    double hi = max == null ? Double.POSITIVE_INFINITY : max.doubleValue();
    b.add(DoublePoint.newRangeQuery(field, lo, hi), BooleanClause.Occur.FILTER);
  }

  /**
   * Starts loading what a query's construction needs (the query parser's classes, the analyzers,
   * HanLP's dictionary tries) on a daemon thread and returns at once: a cold {@code search} calls
   * it while its command line is still being built, so that the two share the machine's cores
   * instead of running one after the other. What the thread has not finished loading when the
   * query is built is waited for (class and dictionary loading are locked), never loaded twice.
   */
  public static void loadInBackground() {
    Thread t = new Thread(() -> {
      try {
        query("养老保险 AND 执行率", SearchFilters.NONE, IndexSchema.analyzer(), null);
      } catch (ParseException | RuntimeException e) {
        // the search itself meets and reports any problem of the analysis
      }
    }, "ziping-query-load");
    t.setDaemon(true);
    t.start();
  }

  /** Refuses a paging window beyond {@link QueryLimits#MAX_WINDOW} or negative. */
  public static void checkWindow(int offset, int limit) {
    QueryLimits.checkWindow(offset, limit);
  }
}
