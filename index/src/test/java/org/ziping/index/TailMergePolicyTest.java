package org.ziping.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The end-of-run merge of the small segments: which segments it takes, and what it leaves. */
class TailMergePolicyTest {
  @TempDir Path work;

  /**
   * Lucene's policy without its own merges (Lucene's {@code NoMergePolicy} also reports every
   * segment as infinitely large, which would hide the sizes the tail merge reads).
   */
  private static final TieredMergePolicy NO_MERGES = new TieredMergePolicy() {
    @Override
    public MergeSpecification findMerges(MergeTrigger trigger, SegmentInfos infos,
                                         MergeContext context) {
      return null;
    }
  };

  /** Segments of {@code docs[i]} documents each, one commit per segment, no other merging. */
  private static IndexWriter writer(Directory d, TailMergePolicy policy, int... docs)
      throws Exception {
    IndexWriterConfig cfg = new IndexWriterConfig().setMergePolicy(policy)
        .setUseCompoundFile(false);
    IndexWriter w = new IndexWriter(d, cfg);
    int n = 0;
    for (int count : docs) {
      for (int i = 0; i < count; i++, n++) {
        Document doc = new Document();
        doc.add(new TextField("t", "报告 第" + n + "号 项目 资金 执行率 " + (n * 7919L), Field.Store.YES));
        w.addDocument(doc);
      }
      w.commit();
    }
    return w;
  }

  private static List<Integer> segmentDocs(Directory d) throws Exception {
    List<Integer> out = new ArrayList<>();
    for (SegmentCommitInfo info : SegmentInfos.readLatestCommit(d)) {
      out.add(info.info.maxDoc());
    }
    out.sort(null);
    return out;
  }

  @Test
  void theSmallSegmentsBecomeOneAndTheLargeOnesStay() throws Exception {
    try (Directory d = new ByteBuffersDirectory()) {
      TailMergePolicy p = new TailMergePolicy(NO_MERGES, 1, Long.MAX_VALUE);
      try (IndexWriter w = writer(d, p, 4000, 3000, 20, 10, 30, 5)) {
        w.forceMerge(Integer.MAX_VALUE);
        w.commit();
        TailMergePolicy.Tail tail = p.takeLast();
        assertEquals(4, tail.segments());
        assertTrue(tail.bytes() > 0);
      }
      // the two large segments untouched; 20 + 10 + 30 + 5 documents in one
      assertEquals(List.of(65, 3000, 4000), segmentDocs(d));
    }
  }

  @Test
  void aSingleSmallSegmentIsLeftAsItIs() throws Exception {
    try (Directory d = new ByteBuffersDirectory()) {
      TailMergePolicy p = new TailMergePolicy(NO_MERGES, 1, Long.MAX_VALUE);
      try (IndexWriter w = writer(d, p, 4000, 3000, 10)) {
        w.forceMerge(Integer.MAX_VALUE);
        assertEquals(0, p.takeLast().segments());
      }
      assertEquals(List.of(10, 3000, 4000), segmentDocs(d));
    }
  }

  @Test
  void theTailIsBoundedAndTakenFromTheSmallestUp() throws Exception {
    try (Directory d = new ByteBuffersDirectory()) {
      long[] sizes = new long[1];
      TailMergePolicy probe = new TailMergePolicy(NO_MERGES, 1, Long.MAX_VALUE);
      try (IndexWriter w = writer(d, probe, 4000, 40, 10, 5)) {
        for (SegmentCommitInfo info : SegmentInfos.readLatestCommit(d)) {
          if (info.info.maxDoc() == 10 || info.info.maxDoc() == 5) {
            sizes[0] += info.sizeInBytes();
          }
        }
      }
      // room for the 5- and 10-document segments, not for the 40-document one as well
      try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setMergePolicy(
          new TailMergePolicy(NO_MERGES, 1, sizes[0])))) {
        w.forceMerge(Integer.MAX_VALUE);
        w.commit();
      }
      assertEquals(List.of(15, 40, 4000), segmentDocs(d));
    }
  }

  @Test
  void anIndexRunEndsWithOneSegmentForItsFlushes() throws Exception {
    StringWriter log = new StringWriter();
    Path idx = work.resolve("index");
    try (ReportIndexer ix = new ReportIndexer(idx, Optional.empty(), new PrintWriter(log, true))) {
      assertEquals(5, ix.commitEvery(Duration.ZERO).index(Fixtures.files()).indexed());
    }
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(idx))) {
      assertEquals(1, r.leaves().size(), "segments");
      int docs = 0;
      for (LeafReaderContext leaf : r.leaves()) {
        docs += leaf.reader().numDocs();
      }
      assertEquals(6, docs);
    }
    assertTrue(log.toString().contains("index: merged 5 small segments"), log.toString());

    // the same files with the segments kept apart: the same answers
    Path apart = work.resolve("apart");
    try (ReportIndexer ix = new ReportIndexer(apart, Optional.empty(),
        new PrintWriter(new StringWriter()))) {
      ix.commitEvery(Duration.ZERO).mergeTail(false).index(Fixtures.files());
    }
    try (ReportSearcher a = new ReportSearcher(idx, 0); ReportSearcher b = new ReportSearcher(apart, 0)) {
      for (String q : List.of("养老保险", "", "执行率", "unit:湛江", "year:2021")) {
        assertEquals(ids(b.search(q, SearchFilters.NONE, 0, 100)),
            ids(a.search(q, SearchFilters.NONE, 0, 100)), q);
      }
    }
  }

  private static List<String> ids(SearchResult r) {
    List<String> out = new ArrayList<>();
    r.hits().forEach(h -> out.add(h.id() + " " + h.relevance() + " " + h.snippet()));
    out.add("total " + r.total() + " facets " + r.facets());
    return out;
  }
}
