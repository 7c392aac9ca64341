package org.ziping.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.ziping.index.region.RegionResolver;

/**
 * Searches the report index.
 *
 * <p>Algorithm: the query ({@link ReportQueries}, the construction the Solr backend also runs on
 * each shard): the query text is parsed by {@link ReportQueryParser} (Lucene's classic syntax),
 * each unfielded word looked up as HanLP words in {@code text}, boosted
 * ×{@value ReportQueryParser#WORD_BOOST} so that word matches rank first, or as CJK bigrams in
 * {@code text_bigram}, which keeps recall for compounds the segmenter cuts differently (养老保险,
 * 社保基金, 执行率). The filters ({@link SearchFilters}) are added as
 * non-scoring clauses. The matches are collapsed to reports in one scoring pass over columns
 * read once per index reader ({@link GroupCollapse}, {@link GroupColumns}): the files of one
 * report in several formats are one hit unless all formats are asked for ({@link ReportGroups}).
 * Facets are counted over all matching reports, each by its best file, from the facet values of
 * every document read once per index reader ({@link FacetColumns}).
 * Snippets come from Lucene's unified highlighter on {@code text}, with {@code text_bigram} as a
 * masked field so bigram-only matches are highlighted too, for the hits of the page only, their
 * text read from binary doc values ({@link IndexSchema#TEXT_LZ4}); words and phrases are found
 * in the postings of their terms, wildcard, fuzzy and range terms through weight matches
 * ({@link Highlighters}); passages are sentences
 * ({@link ChineseSentenceBreakIterator}) joined to about {@value #SNIPPET_CHARS} characters. The
 * hits' summaries come from binary doc values too: a search reads no stored field. An empty
 * query matches every report; ties are broken by id. At most one search per processor runs at a
 * time; the others wait their turn ({@link #running}).
 *
 * <p>The searcher follows the index through a {@link SearcherManager}: {@link #refresh()} picks up
 * what a concurrent {@code index} run committed.
 */
public final class ReportSearcher implements ReportSearch {
  static final int SNIPPET_CHARS = 120;
  private static final int FACET_TOP = 20;
  private static final int MAX_HIGHLIGHT_CHARS = 1_000_000;
  private static final Sort BY_ID = new Sort(new SortField(IndexSchema.ID_SORT,
      SortField.Type.STRING));

  private final Directory dir;
  private final SearcherManager manager;
  private final Analyzer analyzer = IndexSchema.analyzer();
  private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
  private IndexReader facetReader;
  private FacetColumns facetColumns;
  private GroupColumns columns;
  private Highlighters highlighters;
  private IndexSearcher highlighterSearcher;
  private final ResultCache results;
  /** The last commit generation {@link #refresh()} made the searcher see. */
  private volatile long seenGeneration = -1;
  /** The folder's modification time and the time of the last listing ({@link #refresh()}). */
  private volatile FileTime seenModified;
  private volatile long lastListed;
  /** At most this long between listings of the folder when its modification time is unchanged. */
  static final long FULL_CHECK_MILLIS = 1_000;
  private final Path indexDir;

  /**
   * Searches computed at the same time: at most one per processor, the others wait in arrival
   * order. A search is CPU work from start to end (the index is in the page cache), so more of
   * them at once only share the cores: with 16 clients on 2 cores each search took 8 times its
   * CPU time; in turn, a search waits for those ahead of it and then runs at full speed, which
   * keeps the slowest searches (the 95th and 99th percentiles) shorter for the same throughput.
   */
  private final Semaphore running = new Semaphore(
      Math.max(2, Runtime.getRuntime().availableProcessors()), true);

  /** The default bound of the result cache ({@link ResultCache}): pages plus their hits. */
  public static final long DEFAULT_CACHED_HITS = 10_000;

  /** A searcher with the default result cache ({@value #DEFAULT_CACHED_HITS} units). */
  public ReportSearcher(Path indexDir) throws IOException {
    this(indexDir, DEFAULT_CACHED_HITS);
  }

  /**
   * A searcher on {@code indexDir} whose result cache ({@link ResultCache}) holds pages up to
   * {@code cachedHits} units (one per page and one per hit); 0 turns it off.
   */
  public ReportSearcher(Path indexDir, long cachedHits) throws IOException {
    this.results = new ResultCache(cachedHits);
    if (!Files.isDirectory(indexDir)) {
      throw new IOException("no index at " + indexDir + " (build one with `ziping index`)");
    }
    Directory d = FSDirectory.open(indexDir);
    if (!DirectoryReader.indexExists(d)) {
      d.close();
      throw new IOException("no index at " + indexDir + " (build one with `ziping index`)");
    }
    try {
      IndexSchema.checkFormat(SegmentInfos.readLatestCommit(d).getUserData(), indexDir);
    } catch (IOException e) {
      d.close();
      throw e;
    }
    this.dir = d;
    this.indexDir = indexDir;
    this.manager = new SearcherManager(dir, null);
  }

  /**
   * Sees the latest commit of the index. Cheap when nothing was committed: a commit adds a file to
   * the folder, so an unchanged modification time of the folder means no new commit, and only a
   * changed one (or, for file systems with a coarse clock, a check more than
   * {@value #FULL_CHECK_MILLIS} ms after the last) lists the folder for the last commit's
   * generation; only a new generation opens a reader. (Lucene's own check parses every segment's
   * info, and the folder of a large index holds hundreds of files: the web page paid either on
   * every request.)
   */
  public void refresh() throws IOException {
    long now = System.nanoTime();
    FileTime modified = Files.getLastModifiedTime(indexDir);
    if (modified.equals(seenModified) && now - lastListed < FULL_CHECK_MILLIS * 1_000_000L) {
      return;
    }
    seenModified = modified; // read before the listing: a later commit changes it again
    lastListed = now;
    long generation = SegmentInfos.getLastCommitGeneration(dir);
    if (generation != seenGeneration) {
      manager.maybeRefreshBlocking(); // opens at least the generation just listed
      seenGeneration = generation;
    }
  }

  /** The query text and filters as one Lucene query ({@link ReportQueries#query}). */
  public Query query(String text, SearchFilters f) throws ParseException {
    // the divisions table is read only for a region filter (a cold `search` needs it rarely)
    return ReportQueries.query(text, f, analyzer,
        f.regions().isEmpty() ? null : RegionResolver.standard());
  }

  /** Ranked reports {@code offset .. offset+limit}, one hit per report with all its formats. */
  @Override
  public SearchResult search(String text, SearchFilters filters, int offset, int limit)
      throws ParseException, IOException {
    return search(text, filters, offset, limit, false);
  }

  /**
   * Ranked hits {@code offset .. offset+limit}, snippets and facet counts. Unless
   * {@code allFormats}, the files of one report ({@link ReportGroups}) are one hit, ranked where
   * its best file ranks, and the facets count reports: every matching document is scored once
   * and mapped to its group ({@link GroupCollapse}), and the facets are counted over the best
   * file of each group. A hit's relevance is the score of its best file.
   */
  public SearchResult search(String text, SearchFilters filters, int offset, int limit,
                             boolean allFormats) throws ParseException, IOException {
    QueryLimits.checkWindow(offset, limit);
    IndexSearcher s = manager.acquire();
    try {
      IndexReader reader = s.getIndexReader();
      ResultCache.Key key = new ResultCache.Key(ResultCache.keyOf(reader),
          text == null ? "" : text, filters, offset, limit, allFormats);
      return results.get(reader, key, () -> {
        running.acquireUninterruptibly();
        try {
          return search(s, text, filters, offset, limit, allFormats);
        } finally {
          running.release();
        }
      });
    } finally {
      manager.release(s);
    }
  }

  /** {@link #search(String, SearchFilters, int, int, boolean)} on {@code s}, uncached. */
  private SearchResult search(IndexSearcher s, String text, SearchFilters filters, int offset,
                              int limit, boolean allFormats) throws ParseException, IOException {
    Query q = query(text, filters);
    IndexReader reader = s.getIndexReader();
    // a searcher of its own for the time limit (the shared one serves other threads)
    GroupCollapse.Searcher timed = new GroupCollapse.Searcher(reader, QueryLimits.TIMEOUT_MILLIS);
    List<List<ScoreDoc>> page;
    long total;
    int[] counted;
    try (GroupCollapse c = GroupCollapse.run(timed, q, columns(reader), allFormats)) {
      if (timed.timedOut()) {
        throw new ParseException("the search took longer than " + QueryLimits.TIMEOUT_MILLIS
            + " ms; make the query narrower");
      }
      page = c.page(offset, limit);
      total = c.total();
      counted = c.counted();
    } catch (IndexSearcher.TooManyClauses e) {
      throw new ParseException("the query expands to more than "
          + IndexSearcher.getMaxClauseCount() + " terms; make it narrower");
    }
    List<SearchResult.FacetDim> facets = facets(reader, counted);
    int[] docIds = new int[page.size()];
    for (int i = 0; i < page.size(); i++) {
      docIds[i] = page.get(i).get(0).doc;
    }
    Query textPart = ReportQueries.textPart(q);
    Object[] snippets = page.isEmpty() ? new Object[0]
        : highlighter(s, textPart).snippets(IndexSchema.TEXT, textPart, docIds, 2);
    Map<Integer, ReportSummary> summaries = summaries(reader, page.stream()
        .flatMap(List::stream).mapToInt(sd -> sd.doc).toArray());
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      List<ReportSummary> members = new ArrayList<>();
      for (ScoreDoc sd : page.get(i)) {
        members.add(summaries.get(sd.doc));
      }
      Snippet snippet = snippets[i] instanceof Snippet sn ? sn : new Snippet(List.of());
      ReportSummary head = members.get(0);
      hits.add(new SearchResult.Hit(head.id(), page.get(i).get(0).score, head, snippet,
          members.stream().map(SearchResult.Format::of).toList(),
          ReportGroups.disagreements(members)));
    }
    return new SearchResult(total, hits, facets);
  }

  private static BytesRef groupKey(IndexReader reader, int doc) throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    SortedDocValues v = leaf.reader().getSortedDocValues(IndexSchema.GROUP);
    return v != null && v.advanceExact(doc - leaf.docBase) ? BytesRef.deepCopyOf(v.lookupOrd(
        v.ordValue())) : null;
  }

  /**
   * The summaries of documents (global doc ids, any order): read segment by segment in doc order,
   * one doc-values reader per segment (each allocates a buffer the size of the longest value).
   */
  static Map<Integer, ReportSummary> summaries(IndexReader reader, int[] docs)
      throws IOException {
    int[] sorted = docs.clone();
    Arrays.sort(sorted);
    Map<Integer, ReportSummary> out = new HashMap<>();
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = null;
    BinaryDocValues v = null;
    for (int doc : sorted) {
      if (out.containsKey(doc)) {
        continue;
      }
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        v = leaf.reader().getBinaryDocValues(IndexSchema.SUMMARY_JSON);
      }
      if (v == null || !v.advanceExact(doc - leaf.docBase)) {
        throw new IOException("document " + doc + " has no summary");
      }
      out.put(doc, SummaryJson.read(v.binaryValue()));
    }
    return out;
  }

  /** The stored summary of a document (global doc id), from its binary doc values. */
  static ReportSummary summary(IndexReader reader, int doc) throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    BinaryDocValues v = leaf.reader().getBinaryDocValues(IndexSchema.SUMMARY_JSON);
    if (v == null || !v.advanceExact(doc - leaf.docBase)) {
      throw new IOException("document " + doc + " has no summary");
    }
    return SummaryJson.read(v.binaryValue());
  }

  /** Every matching report, in id order (for exports), one per report. Returns the count. */
  public long forEach(String text, SearchFilters filters, Consumer<ReportSummary> out)
      throws ParseException, IOException {
    return forEach(text, filters, false, out);
  }

  /**
   * Every matching report in id order (for exports); unless {@code allFormats}, only the first
   * file (in id order) of each report ({@link ReportGroups}). Returns the count.
   */
  public long forEach(String text, SearchFilters filters, boolean allFormats,
                      Consumer<ReportSummary> out) throws ParseException, IOException {
    Query q = query(text, filters);
    IndexSearcher s = manager.acquire();
    try {
      int n = Math.max(1, s.getIndexReader().maxDoc());
      TopDocs top;
      try {
        top = s.search(q, n, BY_ID);
      } catch (IndexSearcher.TooManyClauses e) {
        throw new ParseException("the query expands to more than "
            + IndexSearcher.getMaxClauseCount() + " terms; make it narrower");
      }
      Set<BytesRef> seen = new HashSet<>();
      long count = 0;
      for (ScoreDoc sd : top.scoreDocs) {
        BytesRef group = allFormats ? null : groupKey(s.getIndexReader(), sd.doc);
        if (group != null && !seen.add(group)) {
          continue;
        }
        out.accept(summary(s.getIndexReader(), sd.doc));
        count++;
      }
      return count;
    } finally {
      manager.release(s);
    }
  }

  /** A stored report: its summary and the report JSON as extracted. */
  public record StoredReport(ReportSummary summary, String reportJson) {}

  public Optional<StoredReport> byId(String id) throws IOException {
    IndexSearcher s = manager.acquire();
    try {
      TopDocs top = s.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      int doc = top.scoreDocs[0].doc;
      Document d = s.storedFields().document(doc, Set.of(IndexSchema.REPORT_JSON));
      return Optional.of(new StoredReport(summary(s.getIndexReader(), doc),
          CompressedText.decode(d.getBinaryValue(IndexSchema.REPORT_JSON))));
    } finally {
      manager.release(s);
    }
  }

  /** Exposes the highlighter's object-valued results (the formatter gives {@link Snippet}s). */
  private static final class SnippetHighlighter extends UnifiedHighlighter {
    /** Decoders keep their buffers only up to this size when handed back. */
    private static final long POOLED_DECODER_BYTES = 8L << 20;
    /**
     * Decoders for the searches to come: one per search at a time, so about as many as searches
     * run at once ({@link #running}); each keeps its buffers from one search to the next.
     */
    private final Queue<CompressedText.Decoder> decoders = new ConcurrentLinkedQueue<>();

    SnippetHighlighter(Builder b) {
      super(b);
    }

    /**
     * Offsets come from the postings of both text fields, never from re-analysing the stored
     * text: Lucene falls back to analysis for wildcard, fuzzy and other multi-term queries, but
     * with weight matches (the highlighter of such queries, {@link Highlighters}) the postings
     * serve every query.
     */
    @Override
    protected OffsetSource getOptimizedOffsetSource(UHComponents c) {
      OffsetSource o = super.getOptimizedOffsetSource(c);
      boolean text = c.getField().equals(IndexSchema.TEXT)
          || c.getField().equals(IndexSchema.TEXT_BIGRAM);
      return o == OffsetSource.ANALYSIS && text
          && c.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES) ? OffsetSource.POSTINGS : o;
    }

    /**
     * The text of each document from {@link IndexSchema#TEXT_LZ4} (binary doc values,
     * {@link CompressedText}) instead of a stored field, cut to the highlighter's maximum length
     * as the stored-field reading cuts it; as many documents as the stored-field reading takes
     * per call (until {@code cacheCharsThreshold} characters, or one when it is 0).
     */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                   int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> out = new ArrayList<>();
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      LeafReaderContext leaf = null;
      BinaryDocValues v = null; // one per segment: each allocates a buffer of the longest text
      CompressedText.Decoder pooled = decoders.poll();
      CompressedText.Decoder decoder = pooled != null ? pooled : new CompressedText.Decoder();
      int sumChars = 0;
      do {
        int doc = docIter.nextDoc();
        if (doc == DocIdSetIterator.NO_MORE_DOCS) {
          break;
        }
        if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) { // docs increase
          leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
          v = leaf.reader().getBinaryDocValues(IndexSchema.TEXT_LZ4);
        }
        CharSequence[] values = new CharSequence[fields.length];
        for (int i = 0; i < fields.length; i++) {
          if (fields[i].equals(IndexSchema.TEXT)) {
            if (v != null && v.advanceExact(doc - leaf.docBase)) {
              String text = decoder.decodeUtf16(v.binaryValue());
              values[i] = text.substring(0, Math.min(MAX_HIGHLIGHT_CHARS, text.length()));
              sumChars += values[i].length();
            }
          }
        }
        out.add(values);
      } while (sumChars <= cacheCharsThreshold && cacheCharsThreshold != 0);
      if (decoder.bufferBytes() <= POOLED_DECODER_BYTES) {
        decoders.add(decoder);
      }
      return out;
    }

    Object[] snippets(String field, Query q, int[] docIds, int passages) throws IOException {
      return highlightFieldsAsObjects(new String[] {field}, q, docIds, new int[] {passages})
          .get(field);
    }
  }

  /**
   * The two highlighters of one searcher. Words and phrases are highlighted from their terms'
   * postings ({@code byTerms}); a query with a wildcard, prefix, fuzzy or range term, or any
   * other leaf that names no terms, through weight matches ({@code byMatches}), since the
   * highlighter would otherwise analyse each hit's whole text again (HanLP) to find what such a
   * term matched. Weight matches cost a query rewrite, a weight (term lookups in every segment)
   * and its matches per hit: highlighting by terms took ×0.84–0.90 of the CPU of a new query at
   * 100,000 reports and ×0.74 of its allocation (docs/speed.md, third session); the passages
   * chosen can differ, since the two count matches differently.
   */
  private record Highlighters(SnippetHighlighter byTerms, SnippetHighlighter byMatches) {
    SnippetHighlighter of(Query textPart) {
      return needsWeightMatches(textPart) ? byMatches : byTerms;
    }
  }

  /**
   * Whether {@code q} holds a term that matches by automaton (wildcard, prefix, regular
   * expression, fuzzy, range) or a leaf that names no terms (points, {@code field:*}, all
   * documents): the queries the highlighter reads through weight matches.
   */
  static boolean needsWeightMatches(Query q) {
    boolean[] needs = {false};
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTermsMatching(Query query, String field,
                                       Supplier<ByteRunAutomaton> automaton) {
        needs[0] = true;
      }

      @Override
      public void visitLeaf(Query query) {
        needs[0] = true;
      }
    });
    return needs[0];
  }

  /**
   * The highlighter of {@code s} for {@code textPart} ({@link Highlighters}): built once per
   * searcher (a highlighter reads the index's merged field infos once, on first use) and shared
   * by every search on it.
   */
  private synchronized SnippetHighlighter highlighter(IndexSearcher s, Query textPart) {
    if (highlighters == null || highlighterSearcher != s) {
      highlighters = new Highlighters(newHighlighter(s, false), newHighlighter(s, true));
      highlighterSearcher = s;
    }
    return highlighters.of(textPart);
  }

  private SnippetHighlighter newHighlighter(IndexSearcher s, boolean weightMatches) {
    return new SnippetHighlighter(UnifiedHighlighter.builder(s, analyzer)
        .withMaskedFieldsFunc(f -> f.equals(IndexSchema.TEXT)
            ? Set.of(IndexSchema.TEXT_BIGRAM) : Set.of())
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            new ChineseSentenceBreakIterator(), SNIPPET_CHARS, 0.5f))
        .withFormatter(new SnippetFormatter())
        .withScorer(new SnippetPassageScorer())
        .withMaxLength(MAX_HIGHLIGHT_CHARS)
        .withWeightMatches(weightMatches));
  }

  /** The facet columns of {@code reader}: built once per reader ({@link FacetColumns}). */
  private synchronized FacetColumns facetColumns(IndexReader reader) throws IOException {
    if (facetReader != reader) {
      facetColumns = FacetColumns.of(reader, facetsConfig);
      facetReader = reader;
    }
    return facetColumns;
  }

  /** The group columns of {@code reader}: built once per reader ({@link GroupColumns}). */
  private synchronized GroupColumns columns(IndexReader reader) throws IOException {
    if (columns == null || columns.reader != reader) {
      columns = new GroupColumns(reader);
    }
    return columns;
  }

  /**
   * The facet counts of the counted documents (global doc ids, one per hit): each dimension of
   * {@link IndexSchema#FACET_DIMS} with its top {@value #FACET_TOP} values, none before the index
   * holds a facet value.
   */
  private List<SearchResult.FacetDim> facets(IndexReader reader, int[] counted)
      throws IOException {
    FacetColumns columns = facetColumns(reader);
    return columns == null ? new ArrayList<>() : columns.count(counted, FACET_TOP);
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
    } finally {
      dir.close();
    }
  }
}
