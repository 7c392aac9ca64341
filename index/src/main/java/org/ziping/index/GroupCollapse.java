package org.ziping.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The matches of a query collapsed to report groups ({@link ReportGroups}): the number of groups,
 * the ranked groups of one page with their matching files, and the files that stand for the
 * groups in the facet counts: each group's best file (the highest score, ties broken by the
 * smaller id: the rank order of {@link ReportSearcher}). With all formats apart, every file is a
 * group of its own.
 *
 * <p>Algorithm: one pass over every match with its score, in which a match costs two array reads
 * ({@link GroupColumns}: its group and the rank of its id) and the update of its group's best
 * file (and, for a group of several files, the keeping of the match's score); then a bounded heap
 * of the page's groups over the matched groups, and for the page's groups of which several files
 * matched, those files in rank order. Every match is scored: ranking needs the score of each
 * group's best file, and on a corpus of one genre Lucene's skipping of documents that cannot
 * compete (block-max scores) skips almost nothing while costing more per document than the
 * scores do (measured: docs/speed.md, issue 21). Nothing is read from stored fields.
 *
 * <p>Memory: a bit per document, a float, an int and a bit per group, and a float per document
 * once a group of several files matches (about 1.3 MB at 100,000 reports), in arrays kept by the
 * reader's columns from one search to the next ({@link Scratch}; a collapse must be closed to
 * hand them back). Limits: a document without a group key is not counted (every indexed report
 * has one).
 */
final class GroupCollapse implements AutoCloseable {

  /** A searcher of one search, with its time limit, that runs a given weight. */
  static final class Searcher extends IndexSearcher {
    Searcher(IndexReader reader, long timeoutMillis) {
      super(reader);
      setTimeout(new QueryTimeoutImpl(timeoutMillis));
    }

    /**
     * Collects the matches of {@code w} over every segment (within the time limit), by iterating
     * each segment's scorer: Lucene's bulk scorer of a disjunction ({@code BooleanScorer}) scores
     * windows of 2,048 documents through as many bucket objects it allocates per segment (1.4 MB
     * per search at 100,000 reports, in 28 segments), and costs no less CPU than the iteration.
     * The score of a document is the same: both add the clause scores as doubles and round the
     * sum to a float, and a double holds the sum of float scores within a factor 2^29 of each
     * other exactly, so the order of the clauses does not change it.
     */
    void collect(Weight w, Collector c) throws IOException {
      search(getIndexReader().leaves(), new FilterWeight(w) {}, c);
    }
  }

  /**
   * The arrays of one collapse on one reader, sized by it (about 1.3 MB at 100,000 reports): kept
   * by the reader's columns for the next search ({@link GroupColumns#takeScratch}) instead of
   * allocated and zeroed by every search, and handed back with only the entries a search set
   * cleared ({@link #close}).
   */
  static final class Scratch {
    /** Per segment, the matching documents (segment doc ids). */
    final FixedBitSet[] matched;
    /** Per group (per document with all formats apart): the best file's score and global id. */
    final float[] bestScore;
    /** -1 for a group without a match. */
    final int[] bestDoc;
    /** Groups of which more than one file matched. */
    final FixedBitSet several;
    /**
     * The score of every matching file of a group of several live files (by global doc id; null
     * until the first such file matches): the page lists the matching files of its groups in rank
     * order. Read only for files this search matched, so never cleared.
     */
    float[] fileScore;
    /** The groups with a match, in the order first seen. */
    int[] seen = new int[64];

    Scratch(IndexReader reader) {
      List<LeafReaderContext> leaves = reader.leaves();
      matched = new FixedBitSet[leaves.size()];
      for (LeafReaderContext leaf : leaves) {
        matched[leaf.ord] = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
      }
      int units = Math.max(1, reader.maxDoc()); // groups are at most the documents
      bestScore = new float[units];
      bestDoc = new int[units];
      Arrays.fill(bestDoc, -1);
      several = new FixedBitSet(units);
    }
  }

  private final GroupColumns columns;
  private final boolean allFormats;
  private final List<LeafReaderContext> leaves;
  private Scratch scratch;
  private final FixedBitSet[] matched;
  private final float[] bestScore;
  private final int[] bestDoc;
  private final FixedBitSet several;
  private int[] seen;
  private int count;

  private GroupCollapse(GroupColumns columns, boolean allFormats) {
    this.columns = columns;
    this.allFormats = allFormats;
    this.leaves = columns.reader.leaves();
    this.scratch = columns.takeScratch();
    this.matched = scratch.matched;
    this.bestScore = scratch.bestScore;
    this.bestDoc = scratch.bestDoc;
    this.several = scratch.several;
    this.seen = scratch.seen;
  }

  /**
   * Runs {@code q} on {@code s} (a searcher on {@code columns.reader}) and collapses its matches;
   * with {@code allFormats}, every file is a hit of its own. The caller closes the collapse.
   */
  static GroupCollapse run(Searcher s, Query q, GroupColumns columns, boolean allFormats)
      throws IOException {
    Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE, 1f);
    GroupCollapse c = new GroupCollapse(columns, allFormats);
    try {
      s.collect(w, c.new Collapse());
    } catch (IOException | RuntimeException e) {
      c.close();
      throw e;
    }
    return c;
  }

  private final class Collapse extends SimpleCollector {
    private Scorable scorer;
    private FixedBitSet leafMatches;
    private int docBase;

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      docBase = context.docBase;
      leafMatches = matched[context.ord];
    }

    @Override
    public void setScorer(Scorable scorer) {
      this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
      int d = docBase + doc;
      int g = allFormats ? d : columns.groupOf(d);
      if (g < 0) {
        return; // every document has a key; one without cannot be ranked in a group
      }
      leafMatches.set(doc);
      float score = scorer.score();
      if (!allFormats && columns.fileCount(g) > 1) {
        if (scratch.fileScore == null) {
          scratch.fileScore = new float[columns.reader.maxDoc()];
        }
        scratch.fileScore[d] = score;
      }
      int best = bestDoc[g];
      if (best < 0) {
        if (count == seen.length) {
          seen = Arrays.copyOf(seen, 2 * count);
          scratch.seen = seen;
        }
        seen[count++] = g;
      } else {
        several.set(g);
        if (score < bestScore[g] || (score == bestScore[g]
            && columns.idRank(d) >= columns.idRank(best))) {
          return;
        }
      }
      bestScore[g] = score;
      bestDoc[g] = d;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }
  }

  /** The number of hits: groups with a match (matching files with all formats apart). */
  long total() {
    return count;
  }

  /** Rank order of groups: the higher best score first, then the smaller id of the best file. */
  private int compare(int a, int b) {
    int c = Float.compare(bestScore[b], bestScore[a]);
    return c != 0 ? c : Integer.compare(columns.idRank(bestDoc[a]), columns.idRank(bestDoc[b]));
  }

  /**
   * The hits of ranks {@code offset .. offset+limit} in rank order, each as its matching files
   * in rank order (one file, unless several files of the group matched), with their scores.
   */
  List<List<ScoreDoc>> page(int offset, int limit) throws IOException {
    int n = (int) Math.min(count, (long) offset + limit);
    if (n <= offset) {
      return List.of();
    }
    PriorityQueue<Integer> heap = new PriorityQueue<>(n + 1, (a, b) -> compare(b, a));
    for (int i = 0; i < count; i++) { // the n best groups, the worst of them on top
      int g = seen[i];
      if (heap.size() < n) {
        heap.add(g);
      } else if (compare(g, heap.peek()) < 0) {
        heap.poll();
        heap.add(g);
      }
    }
    List<Integer> ranked = new ArrayList<>(heap);
    ranked.sort(this::compare);
    List<List<ScoreDoc>> out = new ArrayList<>();
    for (int g : ranked.subList(offset, ranked.size())) {
      out.add(!allFormats && several.get(g) ? matchingFiles(g)
          : List.of(new ScoreDoc(bestDoc[g], bestScore[g])));
    }
    return out;
  }

  /** The matching files of group {@code g} with their scores, in rank order. */
  private List<ScoreDoc> matchingFiles(int g) {
    List<ScoreDoc> out = new ArrayList<>();
    for (int i = 0; i < columns.fileCount(g); i++) {
      int doc = columns.file(g, i);
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      FixedBitSet m = matched[leaf.ord];
      if (m != null && m.get(doc - leaf.docBase)) {
        out.add(new ScoreDoc(doc, scratch.fileScore[doc]));
      }
    }
    out.sort((a, b) -> {
      int c = Float.compare(b.score, a.score);
      return c != 0 ? c : Integer.compare(columns.idRank(a.doc), columns.idRank(b.doc));
    });
    return out;
  }

  /**
   * Hands the arrays back to the reader's columns for the next search, with the entries this
   * search set cleared; the collapse is not used afterwards (its pages and counted documents are
   * copies).
   */
  @Override
  public void close() {
    if (scratch == null) {
      return;
    }
    for (int i = 0; i < count; i++) {
      int g = seen[i];
      bestDoc[g] = -1;
      several.clear(g);
    }
    for (FixedBitSet m : matched) {
      m.clear(0, m.length());
    }
    columns.giveBackScratch(scratch);
    scratch = null;
  }

  /**
   * The documents the facets count: the best file of every group with a match (global doc ids,
   * in the order the groups were first seen).
   */
  int[] counted() {
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[i] = bestDoc[seen[i]];
    }
    return out;
  }
}
