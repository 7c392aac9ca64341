package org.ziping.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage scorer (BM25 over the passage's matches, times a norm of its position) with the
 * same arithmetic in the same order, so the same score to the bit, without its per-passage hash.
 *
 * <p>Why: Lucene's {@link PassageScorer#score} builds a {@code BytesRefHash} for every passage
 * with a match to find the passage's distinct terms, which allocates a 32 KB block each time: the
 * snippets of a page of hits allocated more than anything else of a search (docs/speed.md). A
 * passage holds few distinct terms, so a linear search over those seen before finds them; their
 * order (first occurrence) is the hash's order of ids, in which the scores are summed.
 *
 * <p>Limits: the cost is quadratic in the distinct terms of one passage (a handful: the query's).
 */
final class SnippetPassageScorer extends PassageScorer {
  @Override
  public float score(Passage passage, int contentLength) {
    int hits = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] inDoc = passage.getMatchTermFreqsInDoc();
    BytesRef[] distinct = new BytesRef[hits];
    int[] freqInPassage = new int[hits];
    int[] freqInDoc = new int[hits];
    int size = 0;
    for (int i = 0; i < hits; i++) {
      int t = 0;
      while (t < size && !distinct[t].bytesEquals(terms[i])) {
        t++;
      }
      if (t == size) {
        distinct[size] = terms[i];
        freqInDoc[size] = inDoc[i];
        size++;
      }
      freqInPassage[t]++;
    }
    double score = 0d;
    for (int i = 0; i < size; i++) {
      score += tf(freqInPassage[i], passage.getLength()) * weight(contentLength, freqInDoc[i]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
