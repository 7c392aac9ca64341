package org.ziping.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result cache: one computation per page, failures not kept, never a page of an old commit. */
class ResultCacheTest {
  @TempDir Path work;

  private static SearchResult page(long total) {
    return new SearchResult(total, List.of(), List.of());
  }

  private static DirectoryReader emptyReader() throws Exception {
    ByteBuffersDirectory d = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      w.commit();
    }
    return DirectoryReader.open(d);
  }

  private static ResultCache.Key key(DirectoryReader r, String text) {
    return new ResultCache.Key(ResultCache.keyOf(r), text, SearchFilters.NONE, 0, 10, false);
  }

  @Test
  void aRepeatedPageIsComputedOnce() throws Exception {
    ResultCache cache = new ResultCache(100);
    AtomicInteger runs = new AtomicInteger();
    try (DirectoryReader r = emptyReader()) {
      SearchResult first = cache.get(r, key(r, "养老保险"), () -> page(runs.incrementAndGet()));
      SearchResult again = cache.get(r, key(r, "养老保险"), () -> page(runs.incrementAndGet()));
      assertSame(first, again);
      assertEquals(1, runs.get());
      SearchResult other = cache.get(r, key(r, "预算执行率"), () -> page(runs.incrementAndGet()));
      assertNotSame(first, other);
      assertEquals(2, runs.get());
    }
  }

  @Test
  void concurrentCallersOfOnePageWaitForOneComputation() throws Exception {
    ResultCache cache = new ResultCache(100);
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (DirectoryReader r = emptyReader()) {
      List<Future<SearchResult>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(pool.submit(() -> cache.get(r, key(r, "满意度"), () -> {
          runs.incrementAndGet();
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            throw new java.io.IOException("interrupted", e);
          }
          return page(7);
        })));
      }
      Thread.sleep(200); // let every caller reach the cache while the first one computes
      release.countDown();
      for (Future<SearchResult> f : calls) {
        assertEquals(7, f.get(10, TimeUnit.SECONDS).total());
      }
      assertEquals(1, runs.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedSearchIsNotKept() throws Exception {
    ResultCache cache = new ResultCache(100);
    try (DirectoryReader r = emptyReader()) {
      ParseException e = assertThrows(ParseException.class, () -> cache.get(r, key(r, "a:"),
          () -> {
            throw new ParseException("the search took longer than 5000 ms");
          }));
      assertTrue(e.getMessage().contains("5000 ms"));
      assertEquals(3, cache.get(r, key(r, "a:"), () -> page(3)).total());
      assertEquals(1, cache.size());
    }
  }

  @Test
  void sizeZeroTurnsTheCacheOff() throws Exception {
    ResultCache cache = new ResultCache(0);
    AtomicInteger runs = new AtomicInteger();
    try (DirectoryReader r = emptyReader()) {
      cache.get(r, key(r, "x"), () -> page(runs.incrementAndGet()));
      cache.get(r, key(r, "x"), () -> page(runs.incrementAndGet()));
      assertEquals(2, runs.get());
      assertEquals(0, cache.size());
    }
  }

  @Test
  void theWeightBoundEvictsPages() throws Exception {
    ResultCache cache = new ResultCache(50);
    try (DirectoryReader r = emptyReader()) {
      for (int i = 0; i < 500; i++) {
        cache.get(r, key(r, "q" + i), () -> page(1));
      }
      cache.cleanUp();
      assertTrue(cache.size() <= 50, "pages kept: " + cache.size());
    }
  }

  /** A search after a commit and refresh counts the new report: no page of the old reader. */
  @Test
  void aNewCommitIsSeenAfterRefresh() throws Exception {
    Path in = Files.createDirectories(work.resolve("in"));
    List<Path> fixtures = Fixtures.files();
    Path index = work.resolve("index");
    try (ReportIndexer ix = new ReportIndexer(index, Optional.empty(),
        new PrintWriter(new StringWriter()))) {
      ix.index(List.of(copy(fixtures.get(0), in)));
    }
    try (ReportSearcher s = new ReportSearcher(index)) {
      SearchResult before = s.search("养老保险", SearchFilters.NONE, 0, 10);
      assertSame(before, s.search("养老保险", SearchFilters.NONE, 0, 10), "served from the cache");
      try (ReportIndexer ix = new ReportIndexer(index, Optional.empty(),
          new PrintWriter(new StringWriter()))) {
        ix.index(List.of(copy(fixtures.get(1), in)));
      }
      assertSame(before, s.search("养老保险", SearchFilters.NONE, 0, 10),
          "the searcher's reader is unchanged until refresh");
      s.refresh();
      SearchResult after = s.search("养老保险", SearchFilters.NONE, 0, 10);
      assertTrue(after.total() > before.total(), before.total() + " then " + after.total());
    }
  }

  private static Path copy(Path f, Path dir) throws Exception {
    return Files.copy(f, dir.resolve(f.getFileName()));
  }
}
