package org.ziping.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * per dimension) are read once in document order into two int arrays (a start per document and
 * the ordinals of all documents, a multi-valued dimension's values once per document). Counting
 * adds one per ordinal of each counted document; a dimension's top values are the ordinals of its
 * range by count, ties by ordinal (the label's UTF-8 order): the order of Lucene's
 * {@code SortedSetDocValuesFacetCounts.getTopChildren}, which read every counted document's
 * ordinals from the doc values (a packed-ints decode and an ordinal-map lookup per value, 9 % of
 * a search at 100,000 reports; docs/speed.md).
 *
 * <p>Data: doc values only. Memory: an int per document and per facet value of a document, plus
 * the labels (about 3 MB at 100,000 reports). Limits: flat dimensions only (the index has no
 * hierarchical one).
 */
final class FacetColumns {
  final IndexReader reader;
  /** Per global document d: its facet ordinals are {@code ords[start[d] .. start[d+1])}. */
  private final int[] start;
  private final int[] ords;
  /** Per global ordinal: the value's label (the path's last component). */
  private final String[] labels;
  /** Per dimension of {@link IndexSchema#FACET_DIMS}: its ordinal range, or null. */
  private final OrdRange[] ranges;

  private FacetColumns(IndexReader reader, DefaultSortedSetDocValuesReaderState state)
      throws IOException {
    this.reader = reader;
    start = new int[reader.maxDoc() + 1];
    int[] all = new int[Math.max(16, reader.maxDoc())];
    int n = 0;
    SortedSetDocValues v = state.getDocValues();
    int last = 0; // documents up to last have their start set
    for (int doc = v.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = v.nextDoc()) {
      while (last <= doc) {
        start[last++] = n;
      }
      for (int i = 0; i < v.docValueCount(); i++) {
        if (n == all.length) {
          all = Arrays.copyOf(all, 2 * n);
        }
        all[n++] = (int) v.nextOrd();
      }
    }
    while (last <= reader.maxDoc()) {
      start[last++] = n;
    }
    ords = Arrays.copyOf(all, n);
    SortedSetDocValues terms = state.getDocValues();
    labels = new String[state.getSize()];
    for (int o = 0; o < labels.length; o++) {
      String[] path = FacetsConfig.stringToPath(terms.lookupOrd(o).utf8ToString());
      labels[o] = path[path.length - 1];
    }
    ranges = new OrdRange[IndexSchema.FACET_DIMS.size()];
    for (int i = 0; i < ranges.length; i++) {
      ranges[i] = state.getOrdRange(IndexSchema.FACET_DIMS.get(i));
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
    return new FacetColumns(reader, state);
  }

  /**
   * The facet counts of the given documents (global doc ids, each counted once): per dimension of
   * {@link IndexSchema#FACET_DIMS}, its {@code top} values with a count, by count then label.
   */
  List<SearchResult.FacetDim> count(int[] docs, int top) {
    int[] counts = new int[labels.length];
    for (int d : docs) {
      for (int i = start[d], end = start[d + 1]; i < end; i++) {
        counts[ords[i]]++;
      }
    }
    List<SearchResult.FacetDim> out = new ArrayList<>();
    for (int i = 0; i < ranges.length; i++) {
      out.add(new SearchResult.FacetDim(IndexSchema.FACET_DIMS.get(i),
          ranges[i] == null ? List.of() : top(counts, ranges[i], top)));
    }
    return out;
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
