package org.ziping.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facet counts of {@link FacetColumns} are Lucene's ({@link SortedSetDocValuesFacetCounts}
 * over the same documents): the same values in the same order (count, then label) with the same
 * counts, for random sets of live documents of random indexes of several segments, with a
 * multi-valued dimension (rules), and with fewer values kept than a dimension has.
 */
class FacetColumnsTest {
  @TempDir Path work;

  @Test
  void countsAreLucenes() throws Exception {
    FacetsConfig config = IndexSchema.facetsConfig();
    int compared = 0;
    for (long seed = 4; seed <= 5; seed++) {
      Path index = RandomReportFiles.index(Files.createDirectories(work.resolve("s" + seed)),
          seed, 40);
      Random random = new Random(seed);
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
        assertTrue(reader.leaves().size() > 1, "segments: " + reader.leaves().size());
        FacetColumns columns = FacetColumns.of(reader, config);
        DefaultSortedSetDocValuesReaderState state =
            new DefaultSortedSetDocValuesReaderState(reader, config);
        for (int round = 0; round < 40; round++) {
          double share = random.nextDouble();
          List<Integer> docs = new ArrayList<>();
          List<FacetsCollector.MatchingDocs> matching = new ArrayList<>();
          for (LeafReaderContext leaf : reader.leaves()) {
            FixedBitSet bits = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
            int n = 0;
            Bits live = leaf.reader().getLiveDocs();
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
              if ((live == null || live.get(d)) && random.nextDouble() < share) {
                bits.set(d);
                docs.add(leaf.docBase + d);
                n++;
              }
            }
            matching.add(new FacetsCollector.MatchingDocs(leaf,
                n == 0 ? DocIdSet.EMPTY : new BitDocIdSet(bits, n), n, null));
          }
          FacetsCollector fc = new FacetsCollector() {
            @Override
            public List<MatchingDocs> getMatchingDocs() {
              return matching;
            }
          };
          int top = round % 2 == 0 ? 20 : 2;
          SortedSetDocValuesFacetCounts lucene = new SortedSetDocValuesFacetCounts(state, fc);
          List<SearchResult.FacetDim> ours =
              columns.count(docs.stream().mapToInt(Integer::intValue).toArray(), top);
          for (int i = 0; i < IndexSchema.FACET_DIMS.size(); i++) {
            String dim = IndexSchema.FACET_DIMS.get(i);
            FacetResult r = lucene.getTopChildren(top, dim);
            List<SearchResult.FacetValue> expected = new ArrayList<>();
            if (r != null) {
              for (LabelAndValue lv : r.labelValues) {
                expected.add(new SearchResult.FacetValue(lv.label, lv.value.longValue()));
              }
            }
            assertEquals(dim, ours.get(i).dim());
            assertEquals(expected, ours.get(i).values(), dim + ", seed " + seed + ", round "
                + round);
            compared += expected.size();
          }
        }
      }
    }
    assertTrue(compared > 200, "values compared: " + compared);
  }
}
