package org.ziping.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The matches of a query collapsed to report groups ({@link ReportGroups}): the number of groups,
 * the ranked groups of one page with their matching files, and for the facet counts one file per
 * group, the group's best file (the highest score, ties broken by the smaller id: the rank order
 * of {@link ReportSearcher}).
 *
 * <p>Algorithm, two passes over the index instead of scoring every match:
 * <ol>
 *   <li>count: every match without scores (a phrase stops at its first occurrence in a
 *       document, a disjunction at its first matching clause), marking the matching documents
 *       and their groups ({@link GroupColumns}: one array read per match);</li>
 *   <li>rank: the top documents in rank order (score, then id) with Lucene's skipping of
 *       documents that cannot compete (block-max scores, {@link ScoreMode#TOP_SCORES}); the
 *       groups of the page are the first distinct groups of that list (a group ranks where its
 *       best file ranks), and the list is made four times longer until it holds them;</li>
 *   <li>score only where the result needs it: the matching files of the page's groups of
 *       several matching files (to list them in rank order), and of the groups whose files
 *       differ in their facet values (to count the best one); any other group is counted by its
 *       first matching file, whose facet values are those of every file of the group.</li>
 * </ol>
 * With all formats apart, every document is its own group.
 *
 * <p>Memory per search: a bit per document and two bits per group. Nothing is read from stored
 * fields. Limits: a document without a group key is not counted (every indexed report has one).
 */
final class GroupCollapse {
  /** Rank order: score, then id; the sort of every ranked list of {@link ReportSearcher}. */
  static final Sort RANK = new Sort(org.apache.lucene.search.SortField.FIELD_SCORE,
      new org.apache.lucene.search.SortField(IndexSchema.ID_SORT,
          org.apache.lucene.search.SortField.Type.STRING));

  /** A searcher of one search, with its time limit, that runs a given weight. */
  static final class Searcher extends IndexSearcher {
    Searcher(IndexReader reader, long timeoutMillis) {
      super(reader);
      setTimeout(new QueryTimeoutImpl(timeoutMillis));
    }

    /** Collects the matches of {@code w} over every segment (within the time limit). */
    void collect(Weight w, Collector c) throws IOException {
      search(getIndexReader().leaves(), w, c);
    }
  }

  private final Searcher searcher;
  private final GroupColumns columns;
  private final boolean allFormats;
  private final Query rewritten;
  private final List<LeafReaderContext> leaves;
  /** Per segment, the matching documents (segment doc ids). */
  private final FixedBitSet[] matched;
  private final FixedBitSet seenGroups;
  /** Groups of which more than one file matched. */
  private final FixedBitSet several;
  private long docs;
  private long groups;
  private Weight ranking;

  private GroupCollapse(Searcher s, Query rewritten, GroupColumns columns, boolean allFormats) {
    this.searcher = s;
    this.rewritten = rewritten;
    this.columns = columns;
    this.allFormats = allFormats;
    this.leaves = s.getIndexReader().leaves();
    this.matched = new FixedBitSet[leaves.size()];
    this.seenGroups = new FixedBitSet(Math.max(1, columns.groupCount));
    this.several = new FixedBitSet(Math.max(1, columns.groupCount));
  }

  /**
   * The counting pass of {@code q} on {@code s} (a searcher on {@code columns.reader}); with
   * {@code allFormats}, every file is a hit of its own.
   */
  static GroupCollapse run(Searcher s, Query q, GroupColumns columns, boolean allFormats)
      throws IOException {
    GroupCollapse c = new GroupCollapse(s, s.rewrite(q), columns, allFormats);
    s.collect(s.createWeight(c.rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f), c.new Count());
    return c;
  }

  private final class Count extends SimpleCollector {
    private FixedBitSet leafMatches;
    private int docBase;

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      docBase = context.docBase;
      leafMatches = new FixedBitSet(context.reader().maxDoc());
      matched[context.ord] = leafMatches;
    }

    @Override
    public void collect(int doc) {
      leafMatches.set(doc);
      docs++;
      int g = columns.groupOf(docBase + doc);
      if (g < 0) {
        return;
      }
      if (seenGroups.getAndSet(g)) {
        several.set(g);
      } else {
        groups++;
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /** The number of hits: groups with a match, or matching files with all formats apart. */
  long total() {
    return allFormats ? docs : groups;
  }

  /**
   * The hits of ranks {@code offset .. offset+limit} in rank order, each as its matching files
   * in rank order (one file, unless several files of the group matched), with their scores.
   */
  List<List<ScoreDoc>> page(int offset, int limit) throws IOException {
    int need = (int) Math.min(total(), (long) offset + limit);
    if (need <= offset) {
      return List.of();
    }
    List<List<ScoreDoc>> out = new ArrayList<>();
    if (allFormats) {
      ScoreDoc[] top = top(need);
      for (int i = offset; i < top.length; i++) {
        out.add(List.of(top[i]));
      }
      return out;
    }
    Map<Integer, ScoreDoc> best = new LinkedHashMap<>(); // group -> best file, in rank order
    for (int m = (int) Math.min(docs, Math.max(2L * need, need + 16L)); ; ) {
      best.clear();
      for (ScoreDoc sd : top(m)) {
        int g = columns.groupOf(sd.doc);
        if (g >= 0) {
          best.putIfAbsent(g, sd);
        }
      }
      if (best.size() >= need || m >= docs) {
        break;
      }
      m = (int) Math.min(docs, 4L * m);
    }
    List<Map.Entry<Integer, ScoreDoc>> ranked = new ArrayList<>(best.entrySet());
    for (int i = offset; i < Math.min(need, ranked.size()); i++) {
      int g = ranked.get(i).getKey();
      out.add(several.get(g) ? inRankOrder(matchingFiles(g)) : List.of(ranked.get(i).getValue()));
    }
    return out;
  }

  /** The {@code n} best matching documents in rank order, with their scores. */
  private ScoreDoc[] top(int n) throws IOException {
    TopFieldCollector c = TopFieldCollector.create(RANK, n, n);
    searcher.collect(ranking(), c);
    ScoreDoc[] top = c.topDocs().scoreDocs;
    for (ScoreDoc sd : top) {
      sd.score = (Float) ((FieldDoc) sd).fields[0];
    }
    return top;
  }

  private Weight ranking() throws IOException {
    if (ranking == null) {
      ranking = searcher.createWeight(rewritten, ScoreMode.TOP_SCORES, 1f);
    }
    return ranking;
  }

  /** The matching files of group {@code g} (global doc ids, increasing). */
  private int[] matchingFiles(int g) {
    int[] out = new int[columns.fileCount(g)];
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      int doc = columns.file(g, i);
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      FixedBitSet m = matched[leaf.ord];
      if (m != null && m.get(doc - leaf.docBase)) {
        out[n++] = doc;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** {@code docs} (increasing global ids, all matching) with their scores, in rank order. */
  private List<ScoreDoc> inRankOrder(int[] docs) throws IOException {
    List<ScoreDoc> out = scored(docs);
    List<BytesRef> ids = new ArrayList<>();
    for (ScoreDoc sd : out) {
      ids.add(id(sd.doc));
    }
    Integer[] order = new Integer[out.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> {
      int c = Float.compare(out.get(b).score, out.get(a).score);
      return c != 0 ? c : ids.get(a).compareTo(ids.get(b));
    });
    List<ScoreDoc> ranked = new ArrayList<>();
    for (int i : order) {
      ranked.add(out.get(i));
    }
    return ranked;
  }

  /** The scores of matching documents (increasing global ids), by the ranking weight. */
  private List<ScoreDoc> scored(int[] docs) throws IOException {
    List<ScoreDoc> out = new ArrayList<>();
    Scorer scorer = null;
    DocIdSetIterator it = null;
    LeafReaderContext leaf = null;
    for (int doc : docs) {
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        scorer = ranking().scorer(leaf);
        it = scorer == null ? null : scorer.iterator();
      }
      int target = doc - leaf.docBase;
      if (it != null && it.docID() < target) {
        it.advance(target);
      }
      if (it == null || it.docID() != target) {
        throw new IllegalStateException("document " + doc + " matched the query when counted "
            + "but not when scored");
      }
      out.add(new ScoreDoc(doc, scorer.score()));
    }
    return out;
  }

  /**
   * The best matching file of each of {@code groups} (the highest score, then the smaller id):
   * their matching files scored in one sweep over the segments.
   */
  private int[] bestFiles(List<Integer> groups) throws IOException {
    List<int[]> files = new ArrayList<>();
    int n = 0;
    for (int g : groups) {
      int[] f = matchingFiles(g);
      files.add(f);
      n += f.length;
    }
    int[] all = new int[n];
    n = 0;
    for (int[] f : files) {
      System.arraycopy(f, 0, all, n, f.length);
      n += f.length;
    }
    Arrays.sort(all);
    Map<Integer, ScoreDoc> byDoc = new java.util.HashMap<>();
    for (ScoreDoc sd : scored(all)) {
      byDoc.put(sd.doc, sd);
    }
    int[] out = new int[groups.size()];
    for (int i = 0; i < out.length; i++) {
      ScoreDoc best = null;
      for (int doc : files.get(i)) {
        ScoreDoc sd = byDoc.get(doc);
        int c = best == null ? 1 : Float.compare(sd.score, best.score);
        if (c > 0 || (c == 0 && id(doc).compareTo(id(best.doc)) < 0)) {
          best = sd;
        }
      }
      out[i] = best.doc;
    }
    return out;
  }

  /** The id (sorted doc values) of a global document. */
  private BytesRef id(int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues v = leaf.reader().getSortedDocValues(IndexSchema.ID_SORT);
    return v != null && v.advanceExact(doc - leaf.docBase)
        ? BytesRef.deepCopyOf(v.lookupOrd(v.ordValue())) : new BytesRef();
  }

  /**
   * The facet input: one file per group, the group's best (every matching file with all formats
   * apart), as a facets collector with an entry per segment, empty ones included (Lucene's
   * sorted-set facet counts map a segment's ordinals to the index's only when they are given more
   * than one segment; given only the one segment that holds every counted file of a narrow
   * search, they read its ordinals as the index's and count wrong labels).
   */
  FacetsCollector facetInput() throws IOException {
    FixedBitSet[] counted = new FixedBitSet[leaves.size()];
    if (allFormats) {
      counted = matched;
    } else {
      FixedBitSet done = new FixedBitSet(Math.max(1, columns.groupCount));
      List<Integer> mixed = new ArrayList<>();
      for (LeafReaderContext leaf : leaves) {
        FixedBitSet m = matched[leaf.ord];
        if (m == null) {
          continue;
        }
        FixedBitSet c = new FixedBitSet(m.length());
        counted[leaf.ord] = c;
        for (int d = m.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
             d = d + 1 < m.length() ? m.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
          int g = columns.groupOf(leaf.docBase + d);
          if (g < 0 || done.getAndSet(g)) {
            continue;
          }
          if (several.get(g) && columns.mixedFacets(g)) {
            mixed.add(g);
          } else {
            c.set(d);
          }
        }
      }
      for (int doc : bestFiles(mixed)) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        counted[leaf.ord].set(doc - leaf.docBase);
      }
    }
    List<FacetsCollector.MatchingDocs> out = new ArrayList<>();
    for (LeafReaderContext leaf : leaves) {
      FixedBitSet c = counted[leaf.ord];
      int n = c == null ? 0 : c.cardinality();
      out.add(new FacetsCollector.MatchingDocs(leaf, n == 0 ? DocIdSet.EMPTY
          : new BitDocIdSet(c, n), n, null));
    }
    return new FacetsCollector() {
      @Override
      public List<MatchingDocs> getMatchingDocs() {
        return out;
      }
    };
  }
}
