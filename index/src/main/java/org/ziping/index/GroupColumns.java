package org.ziping.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The report groups ({@link ReportGroups}) of one index reader as columns: the group of every
 * document, the live files of every group, and the rank of every document's id. Built once per
 * reader (when a search first sees it) and shared by every search on it, so that
 * {@link GroupCollapse} maps a match to its group and breaks a tie of scores with two array reads.
 *
 * <p>Algorithm: the group keys and the ids are sorted doc values ({@link IndexSchema#GROUP},
 * {@link IndexSchema#ID_SORT}); their segment ordinals are mapped to global ordinals by an
 * {@link OrdinalMap} (the global id ordinal orders ids as the strings do). One pass per segment
 * in document order fills the group and the id rank of each document, the groups numbered in the
 * order of their first document: a search's matches come in document order, so the arrays of a
 * search indexed by group ({@link GroupCollapse}) are then read and written in order, where group
 * numbers in key order (random to the documents) scattered those reads over the arrays.
 * Then the live documents are laid out group by group (counting sort).
 *
 * <p>Data: doc values only (no stored fields). Memory: four int arrays the size of the reader
 * (about 1.6 MB per 100,000 documents). Limits: a document without a group key belongs to no
 * group (every indexed report has one).
 */
final class GroupColumns {
  final IndexReader reader;
  /** The number of distinct group keys (live or not). */
  final int groupCount;
  /** Per global document: its group (numbered in the order of first documents), or -1. */
  private final int[] groupOf;
  /** Per group g: its live files are {@code files[start[g] .. start[g+1])}. */
  private final int[] start;
  /** Live global document ids, group by group, increasing within a group. */
  private final int[] files;
  /** Per global document: the global ordinal of its id (ids in string order), or -1. */
  private final int[] idRank;
  /** Collapse arrays handed back by finished searches ({@link #takeScratch}). */
  private final Queue<GroupCollapse.Scratch> spare = new ConcurrentLinkedQueue<>();
  private static final int SPARE_SCRATCH =
      Math.max(2, Runtime.getRuntime().availableProcessors());

  GroupColumns(IndexReader reader) throws IOException {
    this.reader = reader;
    int leaves = reader.leaves().size();
    SortedDocValues[] keys = new SortedDocValues[leaves];
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues v = leaf.reader().getSortedDocValues(IndexSchema.GROUP);
      keys[leaf.ord] = v == null ? DocValues.emptySorted() : v;
    }
    OrdinalMap groups = leaves == 0 ? null : OrdinalMap.build(null, keys, PackedInts.DEFAULT);
    groupCount = groups == null ? 0 : (int) groups.getValueCount();
    groupOf = new int[reader.maxDoc()];
    Arrays.fill(groupOf, -1);
    // groups numbered in the order of their first document, so that a search's matches, which
    // come in document order, touch the per-group arrays in order (the key order is random)
    int[] number = new int[groupCount];
    Arrays.fill(number, -1);
    int numbered = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues v = leaf.reader().getSortedDocValues(IndexSchema.GROUP);
      if (v == null) {
        continue;
      }
      LongValues global = groups.getGlobalOrds(leaf.ord);
      for (int doc = v.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = v.nextDoc()) {
        int key = (int) global.get(v.ordValue());
        if (number[key] < 0) {
          number[key] = numbered++;
        }
        groupOf[leaf.docBase + doc] = number[key];
      }
    }
    int[] size = new int[groupCount + 1];
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        int g = groupOf[leaf.docBase + doc];
        if (g >= 0 && (live == null || live.get(doc))) {
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
    idRank = idRanks(reader);
  }

  /** The global ordinal of every document's id (ids in string order), or -1 when it has none. */
  private static int[] idRanks(IndexReader reader) throws IOException {
    int[] out = new int[reader.maxDoc()];
    Arrays.fill(out, -1);
    SortedDocValues[] ids = new SortedDocValues[reader.leaves().size()];
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues v = leaf.reader().getSortedDocValues(IndexSchema.ID_SORT);
      ids[leaf.ord] = v == null ? DocValues.emptySorted() : v;
    }
    if (ids.length == 0) {
      return out;
    }
    OrdinalMap map = OrdinalMap.build(null, ids, PackedInts.DEFAULT);
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues v = leaf.reader().getSortedDocValues(IndexSchema.ID_SORT);
      if (v == null) {
        continue;
      }
      LongValues global = map.getGlobalOrds(leaf.ord);
      for (int doc = v.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = v.nextDoc()) {
        out[leaf.docBase + doc] = (int) global.get(v.ordValue());
      }
    }
    return out;
  }

  /** The arrays of a collapse: one a search has handed back, or new ones. */
  GroupCollapse.Scratch takeScratch() {
    GroupCollapse.Scratch s = spare.poll();
    return s != null ? s : new GroupCollapse.Scratch(reader);
  }

  /**
   * Keeps a collapse's arrays (cleared) for the next search, up to one per processor (at most
   * that many searches run at once, {@code ReportSearcher#running}).
   */
  void giveBackScratch(GroupCollapse.Scratch s) {
    if (spare.size() < SPARE_SCRATCH) {
      spare.add(s);
    }
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

  /**
   * The rank of a global document's id among the ids of the reader (the order of the id
   * strings), or -1 when it has none.
   */
  int idRank(int doc) {
    return idRank[doc];
  }
}
