package org.ziping.index;

import java.util.Arrays;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the unified highlighter's passages into a {@link Snippet}. Match ranges of the word field
 * and of the bigram field overlap (养老 and 老保 in 养老保险); they are merged into one hit.
 */
final class SnippetFormatter extends PassageFormatter {
  @Override
  public Object format(Passage[] passages, String content) {
    Snippet.Builder out = new Snippet.Builder();
    Passage[] sorted = passages.clone();
    Arrays.sort(sorted, (a, b) -> Integer.compare(a.getStartOffset(), b.getStartOffset()));
    int prevEnd = -1;
    for (Passage p : sorted) {
      if (prevEnd >= 0) {
        out.add(p.getStartOffset() == prevEnd ? " " : " … ", false);
      }
      int n = p.getNumMatches();
      int[][] ranges = new int[n][];
      for (int i = 0; i < n; i++) {
        ranges[i] = new int[] {p.getMatchStarts()[i], p.getMatchEnds()[i]};
      }
      Arrays.sort(ranges, (a, b) -> Integer.compare(a[0], b[0]));
      int pos = p.getStartOffset();
      int i = 0;
      while (i < n) {
        int s = Math.max(ranges[i][0], pos);
        int e = ranges[i][1];
        i++;
        while (i < n && ranges[i][0] <= e) {
          e = Math.max(e, ranges[i][1]);
          i++;
        }
        e = Math.min(e, p.getEndOffset());
        if (e <= s) {
          continue;
        }
        out.add(content.substring(pos, s), false);
        out.add(content.substring(s, e), true);
        pos = e;
      }
      out.add(content.substring(pos, p.getEndOffset()), false);
      prevEnd = p.getEndOffset();
    }
    return out.build();
  }
}
