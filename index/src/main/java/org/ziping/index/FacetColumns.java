package org.ziping.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The facet values of every document of one index reader as columns, so that a search counts its
 * facets with array reads: the global facet ordinals of each document and the label of each
 * ordinal. Built once per reader (when a search first sees it) and shared by every search on it.
 *
 * <p>Algorithm: the facet terms ({@code dim␟value}, Lucene's sorted-set facet field, read through
 * {@link DefaultSortedSetDocValuesReaderState}: global ordinals in term order, one ordinal range
 * per dimension) are read once in document order into a column per single-valued dimension (each
 * document's ordinal) and one column for the multi-valued ones (rules): the number of the
 * document's set of their ordinals, documents with the same rules sharing a set. A search counts
 * column by column, one increment per document in a loop of fixed shape spread over four counter
 * arrays (consecutive documents mostly share a year or a kind, and increments of one counter wait
 * for each other), then adds each counted set's count to its ordinals. Counting every document's
 * ordinals in one loop of varying length per document took 0.31–0.33 ms for a random 5–45 % of
 * 100,000 reports; columns and sets take 0.07–0.10 ms (docs/speed.md). A dimension's top
 * values are the ordinals of its range by count, ties by ordinal (the label's UTF-8 order): the
 * order of Lucene's {@code SortedSetDocValuesFacetCounts.getTopChildren}, which read every counted
 * document's ordinals from the doc values (a packed-ints decode and an ordinal-map lookup per
 * value).
 *
 * <p>Data: doc values only. Memory: an int per document and column (six: province, city, year,
 * kind, grade and the rule set), the sets' ordinals and the labels (about 2.5 MB at 100,000
 * reports); a search allocates a counter array per column, of the values' or the sets' number.
 * Limits: flat dimensions only (the index has no hierarchical one); as many distinct rule sets
 * as documents would make the sets as large as the per-document lists they replace.
 */
final class FacetColumns {
  final IndexReader reader;
  /**
   * Per single-valued dimension of {@link IndexSchema#FACET_DIMS} (in that order, the
   * multi-valued ones left out): per global document, its ordinal plus one (0: no value).
   */
  private final int[][] columns;
  /**
   * Per global document: the number of its set of ordinals of the multi-valued dimensions (0: the
   * empty set); documents with the same rules share a set.
   */
  private final int[] setOf;
  /** Per set k: its ordinals are {@code ords[start[k] .. start[k+1])}. */
  private final int[] start;
  private final int[] ords;
  /** Per global ordinal: the value's label (the path's last component). */
  private final String[] labels;
  /** Per dimension of {@link IndexSchema#FACET_DIMS}: its ordinal range, or null. */
  private final OrdRange[] ranges;

  /** A set of ordinals as a hash key. */
  private record Ords(int[] ords) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Ords other && Arrays.equals(ords, other.ords);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(ords);
    }
  }

  private FacetColumns(IndexReader reader, DefaultSortedSetDocValuesReaderState state,
                       FacetsConfig config) throws IOException {
    this.reader = reader;
    int maxDoc = reader.maxDoc();
    ranges = new OrdRange[IndexSchema.FACET_DIMS.size()];
    for (int i = 0; i < ranges.length; i++) {
      ranges[i] = state.getOrdRange(IndexSchema.FACET_DIMS.get(i));
    }
    // per ordinal: the column of its dimension, or -1 for a multi-valued dimension's
    int[] columnOf = new int[state.getSize()];
    Arrays.fill(columnOf, -1);
    int single = 0;
    for (int i = 0; i < ranges.length; i++) {
      if (!config.getDimConfig(IndexSchema.FACET_DIMS.get(i)).multiValued) {
        if (ranges[i] != null) {
          Arrays.fill(columnOf, ranges[i].start, ranges[i].end + 1, single);
        }
        single++;
      }
    }
    columns = new int[single][maxDoc];
    setOf = new int[maxDoc];
    Map<Ords, Integer> sets = new HashMap<>();
    List<int[]> byNumber = new ArrayList<>();
    byNumber.add(new int[0]);
    sets.put(new Ords(byNumber.get(0)), 0);
    int[] multi = new int[16];
    SortedSetDocValues v = state.getDocValues();
    for (int doc = v.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = v.nextDoc()) {
      int n = 0;
      for (int i = 0; i < v.docValueCount(); i++) {
        int ord = (int) v.nextOrd();
        int column = columnOf[ord];
        if (column >= 0) {
          columns[column][doc] = ord + 1;
        } else {
          if (n == multi.length) {
            multi = Arrays.copyOf(multi, 2 * n);
          }
          multi[n++] = ord;
        }
      }
      if (n > 0) {
        int[] set = Arrays.copyOf(multi, n);
        Integer number = sets.putIfAbsent(new Ords(set), byNumber.size());
        if (number == null) {
          number = byNumber.size();
          byNumber.add(set);
        }
        setOf[doc] = number;
      }
    }
    start = new int[byNumber.size() + 1];
    for (int k = 0; k < byNumber.size(); k++) {
      start[k + 1] = start[k] + byNumber.get(k).length;
    }
    ords = new int[start[byNumber.size()]];
    for (int k = 0; k < byNumber.size(); k++) {
      System.arraycopy(byNumber.get(k), 0, ords, start[k], byNumber.get(k).length);
    }
    SortedSetDocValues terms = state.getDocValues();
    labels = new String[state.getSize()];
    for (int o = 0; o < labels.length; o++) {
      String[] path = FacetsConfig.stringToPath(terms.lookupOrd(o).utf8ToString());
      labels[o] = path[path.length - 1];
    }
  }

  /** The facet columns of {@code reader}, or null when it holds no facet values yet. */
  static FacetColumns of(IndexReader reader, FacetsConfig config) throws IOException {
    DefaultSortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, config);
    } catch (IllegalArgumentException noFacetsYet) {
      return null;
    }
    return new FacetColumns(reader, state, config);
  }

  /**
   * The facet counts of the given documents (global doc ids, each counted once): per dimension of
   * {@link IndexSchema#FACET_DIMS}, its {@code top} values with a count, by count then label.
   */
  List<SearchResult.FacetDim> count(int[] docs, int top) {
    int[] counts = new int[labels.length + 1]; // by ordinal plus one; 0 counts "no value"
    for (int[] column : columns) {
      countInto(counts, column, docs);
    }
    int[] perSet = new int[start.length - 1];
    countInto(perSet, setOf, docs);
    for (int k = 1; k < perSet.length; k++) { // set 0 is the empty one
      int c = perSet[k];
      if (c != 0) {
        for (int i = start[k], end = start[k + 1]; i < end; i++) {
          counts[ords[i] + 1] += c;
        }
      }
    }
    int[] byOrdinal = Arrays.copyOfRange(counts, 1, counts.length);
    List<SearchResult.FacetDim> out = new ArrayList<>();
    for (int i = 0; i < ranges.length; i++) {
      out.add(new SearchResult.FacetDim(IndexSchema.FACET_DIMS.get(i),
          ranges[i] == null ? List.of() : top(byOrdinal, ranges[i], top)));
    }
    return out;
  }

  /**
   * Adds one to {@code counts[values[d]]} for each document d of {@code docs}, through four
   * counter arrays in turn: consecutive documents mostly share a year or a kind, and increments
   * of one counter wait for each other.
   */
  private static void countInto(int[] counts, int[] values, int[] docs) {
    int[] c1 = new int[counts.length];
    int[] c2 = new int[counts.length];
    int[] c3 = new int[counts.length];
    int i = 0;
    for (int end = docs.length - 3; i < end; i += 4) {
      counts[values[docs[i]]]++;
      c1[values[docs[i + 1]]]++;
      c2[values[docs[i + 2]]]++;
      c3[values[docs[i + 3]]]++;
    }
    for (; i < docs.length; i++) {
      counts[values[docs[i]]]++;
    }
    for (int o = 0; o < counts.length; o++) {
      counts[o] += c1[o] + c2[o] + c3[o];
    }
  }

  /** The {@code top} ordinals of {@code range} with a count, by count then ordinal. */
  private List<SearchResult.FacetValue> top(int[] counts, OrdRange range, int top) {
    int[] best = new int[top]; // ordinals, best first (insertion into a short sorted list)
    int size = 0;
    for (int o = range.start; o <= range.end; o++) {
      int c = counts[o];
      if (c == 0 || (size == top && c <= counts[best[size - 1]])) {
        continue; // a later ordinal of an equal count ranks after the ones kept
      }
      int at = size == top ? size - 1 : size++;
      while (at > 0 && counts[best[at - 1]] < c) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = o;
    }
    List<SearchResult.FacetValue> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(new SearchResult.FacetValue(labels[best[i]], counts[best[i]]));
    }
    return out;
  }
}
