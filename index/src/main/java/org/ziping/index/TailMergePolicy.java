package org.ziping.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;

/**
 * The index's merge policy (Lucene's {@link org.apache.lucene.index.TieredMergePolicy} as it is)
 * with one more merge for the end of an {@code index} run: the tail of small segments merged into
 * one.
 *
 * <p>Why: the tiered policy lets each size tier hold ten segments, so a run leaves, besides its
 * large merged segments, up to ten or twenty small ones: the flushes of the last minutes (every
 * commit flushes each indexing thread's buffer) and their first merges. A search pays for every
 * segment (each query term looked up in each segment's term dictionary, a scorer and its inputs
 * set up per segment): at 100,000 reports the index had 24 segments of which 13 held 7 % of the
 * reports; merged into one (9 s) they cut a new query's CPU to ×0.94 (docs/speed.md, issue 21).
 *
 * <p>Algorithm ({@link #findForcedMerges}, so {@link org.apache.lucene.index.IndexWriter#forceMerge}
 * on a writer with this policy does the tail merge and nothing else; {@link ReportIndexer} calls it
 * after its last commit): a segment is small when it is below the size of a flush of the
 * writer's buffer ({@link ReportIndexer#RAM_BUFFER_MB}, {@value #FLUSH_MB} MB) or below a quarter of the
 * largest segment; the small segments not being merged already, from the smallest up and while
 * their sum stays within {@value #MAX_TAIL_MB} MB (a bound on the work at the end of a run, about
 * 7 s here), are merged into one when there are at least two. A run that adds one file to a large
 * index merges at most the few small segments the earlier runs left.
 *
 * <p>Limits: the tail merge waits at the end of the run (it is not overlapped with indexing);
 * the large segments are left to the tiered policy, which keeps about ten per tier.
 */
final class TailMergePolicy extends FilterMergePolicy {
  /** Below this a segment is one flush of the writer's buffer (or a few merged). */
  static final long FLUSH_MB = (long) ReportIndexer.RAM_BUFFER_MB;
  /** At most this much is merged at the end of a run. */
  static final long MAX_TAIL_MB = 512;

  private volatile Tail last = new Tail(0, 0);

  /** What the last tail merge took: the number of segments and their size. */
  record Tail(int segments, long bytes) {}

  private final long flushBytes;
  private final long maxTailBytes;

  TailMergePolicy(MergePolicy in) {
    this(in, FLUSH_MB << 20, MAX_TAIL_MB << 20);
  }

  /** With other bounds than {@link #FLUSH_MB} and {@value #MAX_TAIL_MB} MB (tests). */
  TailMergePolicy(MergePolicy in, long flushBytes, long maxTailBytes) {
    super(in);
    this.flushBytes = flushBytes;
    this.maxTailBytes = maxTailBytes;
  }

  /** The tail merge: the small segments into one (see the class comment); null if fewer than 2. */
  @Override
  public MergeSpecification findForcedMerges(SegmentInfos infos, int maxSegmentCount,
      Map<SegmentCommitInfo, Boolean> segmentsToMerge, MergeContext context) throws IOException {
    record Sized(SegmentCommitInfo info, long bytes) {}
    List<Sized> sized = new ArrayList<>();
    long largest = 0;
    for (SegmentCommitInfo info : infos) {
      Sized s = new Sized(info, size(info, context));
      sized.add(s);
      largest = Math.max(largest, s.bytes());
    }
    long small = Math.max(flushBytes, largest / 4);
    Set<SegmentCommitInfo> merging = context.getMergingSegments();
    sized.sort(Comparator.comparingLong(Sized::bytes));
    List<SegmentCommitInfo> tail = new ArrayList<>();
    long bytes = 0;
    for (Sized s : sized) {
      if (s.bytes() >= small || bytes + s.bytes() > maxTailBytes) {
        break;
      }
      if (!merging.contains(s.info())) {
        tail.add(s.info());
        bytes += s.bytes();
      }
    }
    if (tail.size() < 2) {
      return null;
    }
    last = new Tail(tail.size(), bytes);
    MergeSpecification spec = new MergeSpecification();
    spec.add(new OneMerge(tail));
    return spec;
  }

  /** The last tail merge found, and forgets it (0 segments when none was). */
  Tail takeLast() {
    Tail t = last;
    last = new Tail(0, 0);
    return t;
  }
}
