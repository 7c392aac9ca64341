package org.ziping.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The report groups ({@link ReportGroups}) of one index reader as columns: the group of every
 * document, the live files of every group, and the groups whose files differ in their facet
 * values. Built once per reader (when a search first sees it) and shared by every search on it,
 * so that {@link GroupCollapse} maps a match to its group with one array read.
 *
 * <p>Algorithm: the group keys are sorted doc values ({@link IndexSchema#GROUP}); their segment
 * ordinals are mapped to global ordinals by an {@link OrdinalMap} (kept, for the keys of a page's
 * groups). One pass per segment in document order fills the group of each document, then the
 * live documents are laid out group by group (counting sort). The facet values of the files of
 * every group with more than one live file are compared (global ordinals of the facet field,
 * through the facet state's ordinal map): a group is "mixed" when any two differ, and only for
 * mixed groups does the file that stands for a group in the facet counts depend on the scores.
 *
 * <p>Data: doc values only (no stored fields). Memory: three int arrays the size of the
 * reader (about 1.2 MB per 100,000 documents), the group ordinal map, a bit per group. Limits: a
 * document without a group key belongs to no group (every indexed report has one).
 */
final class GroupColumns {
  final IndexReader reader;
  /** The number of distinct group keys (live or not). */
  final int groupCount;
  private final OrdinalMap groups;
  /** Per global document: its global group ordinal, or -1. */
  private final int[] groupOf;
  /** Per group g: its live files are {@code files[start[g] .. start[g+1])}. */
  private final int[] start;
  /** Live global document ids, group by group, increasing within a group. */
  private final int[] files;
  /** Groups whose live files differ in their facet values. */
  private final FixedBitSet mixedFacets;

  GroupColumns(IndexReader reader, SortedSetDocValuesReaderState facets) throws IOException {
    this.reader = reader;
    int leaves = reader.leaves().size();
    SortedDocValues[] keys = new SortedDocValues[leaves];
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues v = leaf.reader().getSortedDocValues(IndexSchema.GROUP);
      keys[leaf.ord] = v == null ? DocValues.emptySorted() : v;
    }
    groups = leaves == 0 ? null : OrdinalMap.build(null, keys, PackedInts.DEFAULT);
    groupCount = groups == null ? 0 : (int) groups.getValueCount();
    groupOf = new int[reader.maxDoc()];
    Arrays.fill(groupOf, -1);
    int[] size = new int[groupCount + 1];
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues v = leaf.reader().getSortedDocValues(IndexSchema.GROUP);
      if (v == null) {
        continue;
      }
      LongValues global = groups.getGlobalOrds(leaf.ord);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = v.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = v.nextDoc()) {
        int g = (int) global.get(v.ordValue());
        groupOf[leaf.docBase + doc] = g;
        if (live == null || live.get(doc)) {
          size[g + 1]++;
        }
      }
    }
    start = size; // prefix sums: start[g] is where group g's files begin
    for (int g = 0; g < groupCount; g++) {
      start[g + 1] += start[g];
    }
    files = new int[start[groupCount]];
    int[] next = Arrays.copyOf(start, groupCount);
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      int end = leaf.docBase + leaf.reader().maxDoc();
      for (int doc = leaf.docBase; doc < end; doc++) {
        int g = groupOf[doc];
        if (g >= 0 && (live == null || live.get(doc - leaf.docBase))) {
          files[next[g]++] = doc;
        }
      }
    }
    mixedFacets = mixed(facets);
  }

  /**
   * The groups of more than one live file whose files' facet values (as global ordinals of the
   * facet field, sorted) are not all the same.
   */
  private FixedBitSet mixed(SortedSetDocValuesReaderState facets) throws IOException {
    FixedBitSet out = new FixedBitSet(Math.max(1, groupCount));
    if (facets == null) {
      return out;
    }
    SortedSetDocValues v = facets.getDocValues(); // the whole reader's, in global ordinals
    Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
    Map<Integer, long[]> first = new HashMap<>();
    long[] buf = new long[16];
    for (int doc = 0; doc < groupOf.length; doc++) {
      int g = groupOf[doc];
      if (g < 0 || start[g + 1] - start[g] < 2 || (live != null && !live.get(doc))
          || out.get(g)) {
        continue;
      }
      int n = 0;
      if (v.advanceExact(doc)) {
        n = v.docValueCount();
        if (buf.length < n) {
          buf = new long[n];
        }
        for (int i = 0; i < n; i++) {
          buf[i] = v.nextOrd();
        }
      }
      long[] ords = Arrays.copyOf(buf, n);
      long[] seen = first.putIfAbsent(g, ords);
      if (seen != null && !Arrays.equals(seen, ords)) {
        out.set(g);
      }
    }
    return out;
  }

  /** The global group of a global document id, or -1 when it has no group key. */
  int groupOf(int doc) {
    return groupOf[doc];
  }

  /** The number of live files of group {@code g}. */
  int fileCount(int g) {
    return start[g + 1] - start[g];
  }

  /** The {@code i}-th live file of group {@code g} (global doc id; increasing with i). */
  int file(int g, int i) {
    return files[start[g] + i];
  }

  /** Whether the live files of group {@code g} differ in their facet values. */
  boolean mixedFacets(int g) {
    return mixedFacets.get(g);
  }

  /** The key of a global group ordinal. */
  BytesRef key(int g) throws IOException {
    int leaf = groups.getFirstSegmentNumber(g);
    long segOrd = groups.getFirstSegmentOrd(g);
    SortedDocValues v = reader.leaves().get(leaf).reader().getSortedDocValues(IndexSchema.GROUP);
    return BytesRef.deepCopyOf(v.lookupOrd((int) segOrd));
  }
}
