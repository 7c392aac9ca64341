package org.ziping.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * One pass over every match of a query that keeps, per report group ({@link ReportGroups}), its
 * best file: the highest score, ties broken by the smaller id (the rank order of
 * {@link ReportSearcher}). Gives the number of groups, the groups of one page in rank order, and
 * the best files as facet input.
 *
 * <p>Algorithm: the group key and the id are sorted doc values ({@link IndexSchema#GROUP},
 * {@link IndexSchema#ID_SORT}); their segment ordinals are mapped to global ordinals (an
 * {@link OrdinalMap} per reader, built once per searcher by {@link Ordinals}), so a match costs
 * two doc-value reads and an array update; the global id ordinal orders ids as the strings do.
 * Memory: three arrays the size of the number of groups per search. Nothing is read from stored
 * fields.
 */
final class GroupCollapse {

  /** The global ordinals of one reader: built once and shared by every search on it. */
  static final class Ordinals {
    final IndexReader reader;
    final OrdinalMap groups;
    final OrdinalMap ids;
    final int groupCount;

    Ordinals(IndexReader reader) throws IOException {
      this.reader = reader;
      this.groups = map(reader, IndexSchema.GROUP);
      this.ids = map(reader, IndexSchema.ID_SORT);
      this.groupCount = groups == null ? 0 : (int) groups.getValueCount();
    }

    private static OrdinalMap map(IndexReader reader, String field) throws IOException {
      SortedDocValues[] values = new SortedDocValues[reader.leaves().size()];
      for (LeafReaderContext leaf : reader.leaves()) {
        SortedDocValues v = leaf.reader().getSortedDocValues(field);
        values[leaf.ord] = v == null ? emptySorted() : v;
      }
      return values.length == 0 ? null
          : OrdinalMap.build(null, values, org.apache.lucene.util.packed.PackedInts.DEFAULT);
    }

    private static SortedDocValues emptySorted() {
      return org.apache.lucene.index.DocValues.emptySorted();
    }
  }

  private final Ordinals ords;
  private final float[] bestScore;
  private final int[] bestDoc;
  private final long[] bestId;
  /** Per group: more than one of its files matched (only then has a hit more than one format). */
  private final java.util.BitSet several;
  private int count;

  private GroupCollapse(Ordinals ords) {
    this.ords = ords;
    this.bestScore = new float[ords.groupCount];
    this.bestDoc = new int[ords.groupCount];
    this.bestId = new long[ords.groupCount];
    this.several = new java.util.BitSet(ords.groupCount);
    Arrays.fill(bestDoc, -1);
  }

  /** Runs {@code q} on {@code s} (a searcher on {@code ords.reader}) and collapses its matches. */
  static GroupCollapse run(IndexSearcher s, Query q, Ordinals ords) throws IOException {
    GroupCollapse c = new GroupCollapse(ords);
    if (ords.groupCount > 0) {
      s.search(q, c.new Collector());
    }
    return c;
  }

  private final class Collector extends SimpleCollector {
    private Scorable scorer;
    private SortedDocValues group;
    private SortedDocValues id;
    private LongValues groupGlobal;
    private LongValues idGlobal;
    private int docBase;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      docBase = context.docBase;
      group = context.reader().getSortedDocValues(IndexSchema.GROUP);
      id = context.reader().getSortedDocValues(IndexSchema.ID_SORT);
      groupGlobal = ords.groups.getGlobalOrds(context.ord);
      idGlobal = ords.ids.getGlobalOrds(context.ord);
    }

    @Override
    public void setScorer(Scorable scorer) {
      this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
      if (group == null || !group.advanceExact(doc)) {
        return; // every document has a key; one without cannot be ranked in a group
      }
      int g = (int) groupGlobal.get(group.ordValue());
      long idOrd = id != null && id.advanceExact(doc) ? idGlobal.get(id.ordValue()) : Long.MAX_VALUE;
      float score = scorer.score();
      if (bestDoc[g] < 0) {
        count++;
      } else {
        several.set(g);
        if (score < bestScore[g] || (score == bestScore[g] && idOrd >= bestId[g])) {
          return;
        }
      }
      bestScore[g] = score;
      bestDoc[g] = docBase + doc;
      bestId[g] = idOrd;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }
  }

  /** The number of groups with a match. */
  int groups() {
    return count;
  }

  /** Rank order: higher score first, then the smaller id. */
  private int compare(int a, int b) {
    int c = Float.compare(bestScore[b], bestScore[a]);
    return c != 0 ? c : Long.compare(bestId[a], bestId[b]);
  }

  /** The global group ordinals of ranks {@code offset .. offset+limit}, in rank order. */
  int[] page(int offset, int limit) {
    int n = (int) Math.min(count, (long) offset + limit);
    if (n <= 0) {
      return new int[0];
    }
    // a bounded heap of the n best groups, worst on top
    java.util.PriorityQueue<Integer> heap = new java.util.PriorityQueue<>(n + 1,
        (a, b) -> compare(b, a));
    for (int g = 0; g < bestDoc.length; g++) {
      if (bestDoc[g] < 0) {
        continue;
      }
      if (heap.size() < n) {
        heap.add(g);
      } else if (compare(g, heap.peek()) < 0) {
        heap.poll();
        heap.add(g);
      }
    }
    List<Integer> ranked = new ArrayList<>(heap);
    ranked.sort(this::compare);
    return ranked.subList(Math.min(offset, ranked.size()), ranked.size()).stream()
        .mapToInt(Integer::intValue).toArray();
  }

  /** The key of a global group ordinal. */
  BytesRef key(int g) throws IOException {
    int leaf = ords.groups.getFirstSegmentNumber(g);
    long segOrd = ords.groups.getFirstSegmentOrd(g);
    SortedDocValues v = ords.reader.leaves().get(leaf).reader()
        .getSortedDocValues(IndexSchema.GROUP);
    return BytesRef.deepCopyOf(v.lookupOrd((int) segOrd));
  }

  /** Whether more than one file of group {@code g} matched. */
  boolean several(int g) {
    return several.get(g);
  }

  /** The best file of a group (global doc id). */
  int bestDoc(int g) {
    return bestDoc[g];
  }

  /** The score of a group's best file. */
  float bestScore(int g) {
    return bestScore[g];
  }

  /**
   * A facets collector holding the best file of every group, for facet counting: one entry per
   * segment, empty ones included (Lucene's sorted-set facet counts map a segment's ordinals to the
   * index's only when they are given more than one segment; given only the one segment that holds
   * every best file of a narrow search, they read its ordinals as the index's and count wrong
   * labels).
   */
  FacetsCollector bestFiles() {
    List<LeafReaderContext> leaves = ords.reader.leaves();
    FixedBitSet[] bits = new FixedBitSet[leaves.size()];
    int[] cards = new int[leaves.size()];
    for (int doc : bestDoc) {
      if (doc < 0) {
        continue;
      }
      int leaf = org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves);
      LeafReaderContext ctx = leaves.get(leaf);
      if (bits[leaf] == null) {
        bits[leaf] = new FixedBitSet(ctx.reader().maxDoc());
      }
      bits[leaf].set(doc - ctx.docBase);
      cards[leaf]++;
    }
    List<FacetsCollector.MatchingDocs> docs = new ArrayList<>();
    for (int i = 0; i < leaves.size(); i++) {
      docs.add(new FacetsCollector.MatchingDocs(leaves.get(i), bits[i] == null
          ? org.apache.lucene.search.DocIdSet.EMPTY : new BitDocIdSet(bits[i], cards[i]),
          cards[i], null));
    }
    return new FacetsCollector() {
      @Override
      public List<MatchingDocs> getMatchingDocs() {
        return docs;
      }
    };
  }
}
