package org.ziping.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.ziping.index.IndexSchema;
import org.ziping.index.ReportGroups;
import org.ziping.index.ReportQueries;
import org.ziping.index.ReportSearch;
import org.ziping.index.ReportSearcher;
import org.ziping.index.ReportSummary;
import org.ziping.index.SearchFilters;
import org.ziping.index.SearchResult;
import org.ziping.index.Snippet;
import org.ziping.report.ReportJson;

/**
 * Searches a SolrCloud collection as {@link ReportSearcher} searches the embedded index.
 *
 * <p>Algorithm: the query is the embedded index's ({@link ZipingQParserPlugin}: {@code
 * q={!ziping v=$zq}} with the filters as JSON), ranked by score and then id, as the embedded
 * searcher ranks. One hit per report: Solr's collapse on {@code group_key} keeps each group's best
 * file (highest score, then smallest id), expand lists the group's other matching files, and the
 * facet counts (province, city, year, kind, grade, rule; top 20 by count, as the embedded index
 * gives them) are taken over the collapsed set, so they count reports. The collection routes
 * documents by {@code group_key} ({@code router.field}), which collapse and expand need: a group's
 * files are on one shard. Scores use the collection's global term statistics
 * ({@code ExactStatsCache} in the configset), so a document scores as it would in one index.
 * Snippets come from Solr's unified highlighter on {@code text}, sentences of about 120
 * characters, two per hit.
 *
 * <p>Limits: snippets mark the query's words where they stand in the word field (the embedded
 * index also marks matches of the bigram field alone); no result cache of its own (Solr caches
 * query results per searcher); Lucene's score of a document may differ in the last digits from the
 * embedded index's (other segment layout), so reports with equal scores may trade places.
 */
final class SolrReportSearch implements ReportSearch {
  private static final String PRE = "\uE000";
  private static final String POST = "\uE001";
  private static final int FACET_TOP = 20;
  private static final int EXPORT_PAGE = 1_000;

  private final SolrCollection solr;

  /** A searcher of {@code solr}, which owns its client: {@link #close} closes it. */
  SolrReportSearch(SolrCollection solr) {
    this.solr = solr;
  }

  @Override
  public void refresh() {
    // Solr opens a new searcher on commit
  }

  /** The query of {@code text} and {@code filters}, without paging, sorting or extras. */
  static SolrQuery query(String text, SearchFilters filters) {
    SolrQuery q = new SolrQuery("{!" + ZipingQParserPlugin.NAME + " v=$zq}");
    q.set("zq", text == null ? "" : text);
    q.set(ZipingQParserPlugin.FILTERS, IndexSchema.compactJson(filters));
    return q;
  }

  @Override
  public SearchResult search(String text, SearchFilters filters, int offset, int limit,
                             boolean allFormats) throws ParseException, IOException {
    ReportQueries.checkWindow(offset, limit);
    SolrQuery q = query(text, filters);
    q.setStart(offset);
    q.setRows(limit);
    q.set("sort", "score desc," + IndexSchema.ID + " asc");
    q.setFields(IndexSchema.ID, "score", IndexSchema.SUMMARY_JSON, IndexSchema.GROUP);
    if (!allFormats) {
      q.addFilterQuery("{!collapse field=" + IndexSchema.GROUP + " sort='score desc,"
          + IndexSchema.ID + " asc'}");
      q.set("expand", true);
      q.set("expand.rows", 1_000);
      q.set("expand.sort", "score desc," + IndexSchema.ID + " asc");
      q.set("expand.fl", IndexSchema.ID + ",score," + IndexSchema.SUMMARY_JSON);
    }
    q.setFacet(true);
    for (String dim : IndexSchema.FACET_DIMS) {
      q.addFacetField(dim);
    }
    q.setFacetLimit(FACET_TOP);
    q.setFacetMinCount(1);
    q.setFacetSort("count");
    q.setHighlight(true);
    q.set("hl.method", "unified");
    q.set("hl.fl", IndexSchema.TEXT);
    q.set("hl.snippets", 2);
    q.set("hl.fragsize", 120);
    q.set("hl.bs.type", "SENTENCE");
    q.set("hl.bs.language", "zh");
    q.set("hl.tag.pre", PRE);
    q.set("hl.tag.post", POST);
    q.set("hl.defaultSummary", true);
    q.set("hl.maxAnalyzedChars", 1_000_000);
    QueryResponse r = query(q);

    Map<String, SolrDocumentList> expanded = allFormats ? Map.of() : r.getExpandedResults();
    Map<String, Map<String, List<String>>> hl = r.getHighlighting();
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (SolrDocument d : r.getResults()) {
      String id = (String) d.getFirstValue(IndexSchema.ID);
      float score = ((Number) d.getFirstValue("score")).floatValue();
      List<Scored> members = new ArrayList<>();
      members.add(new Scored(summary(d), score));
      SolrDocumentList others = expanded == null ? null
          : expanded.get((String) d.getFirstValue(IndexSchema.GROUP));
      if (others != null) {
        for (SolrDocument o : others) {
          members.add(new Scored(summary(o), ((Number) o.getFirstValue("score")).floatValue()));
        }
        members.sort(Comparator.comparing((Scored m) -> -m.score())
            .thenComparing(m -> m.summary().id()));
      }
      List<ReportSummary> sums = members.stream().map(Scored::summary).toList();
      ReportSummary head = sums.get(0);
      List<String> passages = hl == null || hl.get(id) == null ? List.of()
          : hl.get(id).getOrDefault(IndexSchema.TEXT, List.of());
      hits.add(new SearchResult.Hit(head.id(), members.get(0).score(), head, snippet(passages),
          sums.stream().map(SearchResult.Format::of).toList(), ReportGroups.disagreements(sums)));
    }
    List<SearchResult.FacetDim> facets = new ArrayList<>();
    for (String dim : IndexSchema.FACET_DIMS) {
      FacetField f = r.getFacetField(dim);
      List<SearchResult.FacetValue> values = new ArrayList<>();
      if (f != null && f.getValues() != null) {
        for (FacetField.Count c : f.getValues()) {
          if (c.getCount() > 0) {
            values.add(new SearchResult.FacetValue(c.getName(), c.getCount()));
          }
        }
      }
      facets.add(new SearchResult.FacetDim(dim, values));
    }
    return new SearchResult(r.getResults().getNumFound(), hits, facets);
  }

  private record Scored(ReportSummary summary, float score) {}

  /** The highlighter's passages as a {@link Snippet}, as the embedded index's formatter gives it. */
  static Snippet snippet(List<String> passages) {
    Snippet.Builder out = new Snippet.Builder();
    for (String p : passages) {
      if (!out.isEmpty()) {
        out.add(" … ", false);
      }
      int pos = 0;
      while (pos < p.length()) {
        int open = p.indexOf(PRE, pos);
        if (open < 0) {
          out.add(p.substring(pos), false);
          break;
        }
        out.add(p.substring(pos, open), false);
        int close = p.indexOf(POST, open);
        if (close < 0) {
          close = p.length();
        }
        out.add(p.substring(open + PRE.length(), close), true);
        pos = Math.min(p.length(), close + POST.length());
      }
    }
    return out.build();
  }

  @Override
  public long forEach(String text, SearchFilters filters, boolean allFormats,
                      Consumer<ReportSummary> out) throws ParseException, IOException {
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    long count = 0;
    while (true) {
      SolrQuery q = query(text, filters);
      q.setRows(EXPORT_PAGE);
      q.set("sort", IndexSchema.ID + " asc");
      q.setFields(IndexSchema.SUMMARY_JSON);
      if (!allFormats) {
        q.addFilterQuery("{!collapse field=" + IndexSchema.GROUP + " sort='" + IndexSchema.ID
            + " asc'}");
      }
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse r = query(q);
      for (SolrDocument d : r.getResults()) {
        out.accept(summary(d));
        count++;
      }
      String next = r.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return count;
      }
      cursor = next;
    }
  }

  @Override
  public Optional<ReportSearcher.StoredReport> byId(String id) throws IOException {
    SolrQuery q = new SolrQuery("{!term f=" + IndexSchema.ID + " v=$zid}");
    q.set("zid", id);
    q.setRows(1);
    q.setFields(IndexSchema.SUMMARY_JSON, IndexSchema.REPORT_JSON);
    QueryResponse r;
    try {
      r = query(q);
    } catch (ParseException e) {
      throw new IOException(e.getMessage(), e);
    }
    if (r.getResults().isEmpty()) {
      return Optional.empty();
    }
    SolrDocument d = r.getResults().get(0);
    return Optional.of(new ReportSearcher.StoredReport(summary(d),
        (String) d.getFirstValue(IndexSchema.REPORT_JSON)));
  }

  private QueryResponse query(SolrQuery q) throws ParseException, IOException {
    try {
      return solr.query("search " + solr.name(), q, SolrRequest.METHOD.POST);
    } catch (IOException e) {
      SolrException remote = Retry.remote(e);
      if (remote != null && remote.code() == 400) {
        throw new ParseException(cleanMessage(remote));
      }
      throw e;
    }
  }

  /** Solr's message of a rejected query without its class-name prefixes. */
  static String cleanMessage(SolrException e) {
    String m = Retry.firstLine(e);
    int i = m.lastIndexOf("SyntaxError: ");
    if (i >= 0) {
      m = m.substring(i + "SyntaxError: ".length());
    }
    return m;
  }

  private static ReportSummary summary(SolrDocument d) throws IOException {
    Object json = d.getFirstValue(IndexSchema.SUMMARY_JSON);
    if (json == null) {
      throw new IOException("document " + d.getFirstValue(IndexSchema.ID) + " has no summary");
    }
    return ReportJson.mapper().readValue(json.toString(), ReportSummary.class);
  }

  @Override
  public void close() throws IOException {
    solr.client().close();
  }
}
