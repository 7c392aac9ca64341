package org.ziping.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grouped search ({@link GroupCollapse}: a counting pass without scores, a ranking pass that
 * skips what cannot compete, scores only where needed) gives the page that scoring and grouping
 * every match gives ({@link GroupedSearchReference}): the same total, hits, relevance, formats,
 * disagreements and facet counts, on random small indexes of many segments with deleted
 * documents, groups of several files whose facet values differ, and many equal scores.
 */
class GroupCollapseTest {
  @TempDir Path work;

  @Test
  void randomIndexesGiveTheReferencePage() throws Exception {
    int withDeletions = 0;
    for (long seed = 1; seed <= 3; seed++) {
      Path index = RandomReportFiles.index(Files.createDirectories(work.resolve("s" + seed)),
          seed, 24 + (int) (seed * 5));
      Random random = new Random(seed * 31);
      int checked = 0;
      try (ReportSearcher searcher = new ReportSearcher(index, 0);
           DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
        assertTrue(reader.leaves().size() > 1, "segments: " + reader.leaves().size());
        withDeletions += reader.hasDeletions() ? 1 : 0;
        for (String q : queries(random)) {
          for (int[] page : new int[][] {{0, 10}, {0, 100}, {2, 3}, {0, 0}, {7, 4}}) {
            for (boolean allFormats : new boolean[] {false, true}) {
              GroupedSearchReference.assertSame(searcher, reader, q, filters(random), page[0],
                  page[1], allFormats);
              checked++;
            }
          }
        }
      }
      assertTrue(checked > 100);
    }
    assertTrue(withDeletions > 0, "no index with deleted documents");
  }

  /** Words alone, together, OR-ed, negated, as phrases and prefixes; the empty query. */
  private static List<String> queries(Random random) {
    List<String> w = RandomReportFiles.WORDS;
    List<String> out = new ArrayList<>(List.of("", "*:*", "养老保险", "\"资金 预算\"", "社会*",
        "grade:*", "-rule:EXEC_RATE_OVER_100"));
    for (int i = 0; i < 8; i++) {
      String a = w.get(random.nextInt(w.size()));
      String b = w.get(random.nextInt(w.size()));
      out.add(switch (i % 4) {
        case 0 -> a;
        case 1 -> a + " " + b;
        case 2 -> a + " OR " + b;
        default -> a + " -" + b;
      });
    }
    return out;
  }

  /** No filter half the time, else a year, a kind or a grade. */
  private static SearchFilters filters(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> SearchFilters.builder().years(List.of(2020 + random.nextInt(4))).build();
      case 1 -> SearchFilters.builder().kinds(List.of("project")).build();
      case 2 -> SearchFilters.builder().grades(List.of("优", "良")).build();
      default -> SearchFilters.NONE;
    };
  }
}
