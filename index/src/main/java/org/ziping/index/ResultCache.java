package org.ziping.index;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queryparser.classic.ParseException;

/**
 * The pages of search results already computed on the current index reader, so that a repeated
 * search (the same query, filters and window: a page reloaded, the back button, a popular query,
 * the same page asked by many clients at once) is answered without searching again, as Solr's
 * {@code queryResultCache} does.
 *
 * <p>Algorithm: a Caffeine cache of completed pages keyed by the reader (its
 * {@link IndexReader.CacheKey}), the query text, the filters, the window and the grouping; the
 * first caller of a key computes the page on its own thread while later callers of the same key
 * wait for it (one computation per key, never one per client); a computation that fails (a parse
 * error, the time limit) is not kept, and its waiters get the same failure. Bounded by weight:
 * one unit per page and one per hit on it, least recently and least frequently used pages first
 * out ({@link ReportSearcher#DEFAULT_CACHED_HITS} units by default: a hit holds its report
 * summary and snippet, a few KB, so the default holds some tens of MB at most).
 *
 * <p>Freshness: a key names the reader the page was computed on; when the searcher sees a newer
 * commit ({@link ReportSearcher#refresh()}) the pages of the old reader are dropped and never
 * served again. Limits: pages are cached whole, so another window of the same query (the next
 * page) is a new computation; a size of 0 turns the cache off.
 */
final class ResultCache {
  /** What one page of results depends on. {@code reader} is the reader's cache key. */
  record Key(Object reader, String text, SearchFilters filters, int offset, int limit,
             boolean allFormats) {}

  /** A page computation that may fail as a search does. */
  interface Search {
    SearchResult run() throws ParseException, IOException;
  }

  private final AsyncCache<Key, SearchResult> pages;
  private long version = Long.MIN_VALUE;

  ResultCache(long maxHits) {
    this.pages = maxHits <= 0 ? null : Caffeine.newBuilder()
        .maximumWeight(maxHits)
        .weigher((Key k, SearchResult r) -> 1 + r.hits().size())
        .buildAsync();
  }

  /**
   * The page of {@code key}: from the cache, or computed by {@code search} on this thread (and
   * kept) when no other caller is computing it already.
   */
  SearchResult get(IndexReader current, Key key, Search search)
      throws ParseException, IOException {
    if (pages == null) {
      return search.run();
    }
    forgetOlderReaders(current);
    ConcurrentMap<Key, CompletableFuture<SearchResult>> map = pages.asMap();
    CompletableFuture<SearchResult> mine = new CompletableFuture<>();
    CompletableFuture<SearchResult> prior = map.putIfAbsent(key, mine);
    if (prior == null) {
      try {
        SearchResult r = search.run();
        mine.complete(r);
        return r;
      } catch (ParseException | IOException | RuntimeException | Error e) {
        map.remove(key, mine);
        mine.completeExceptionally(e);
        throw e;
      }
    }
    try {
      return prior.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ParseException p) {
        ParseException copy = new ParseException(p.getMessage());
        copy.initCause(p);
        throw copy;
      }
      if (cause instanceof IOException io) {
        throw new IOException(io.getMessage(), io);
      }
      if (cause instanceof IllegalArgumentException iae) {
        throw new IllegalArgumentException(iae.getMessage(), iae);
      }
      if (cause instanceof UncheckedIOException uio) {
        throw new IOException(uio.getMessage(), uio);
      }
      throw e;
    }
  }

  /**
   * Drops every page once a reader of a newer commit is seen (a search still running on an older
   * reader keeps its own key, so its page is never served for the newer one).
   */
  private synchronized void forgetOlderReaders(IndexReader current) {
    long v = current instanceof DirectoryReader d ? d.getVersion() : Long.MIN_VALUE;
    if (v > version) {
      if (version != Long.MIN_VALUE) {
        pages.synchronous().invalidateAll();
      }
      version = v;
    }
  }

  /** The identity of {@code reader} for cache keys (its cache key, else the reader itself). */
  static Object keyOf(IndexReader reader) {
    IndexReader.CacheHelper h = reader.getReaderCacheHelper();
    return h == null ? reader : h.getKey();
  }

  /** Carries out pending evictions now (they are otherwise done in passing). */
  void cleanUp() {
    if (pages != null) {
      pages.synchronous().cleanUp();
    }
  }

  /** The number of pages held (for tests and the bench). */
  long size() {
    return pages == null ? 0 : pages.synchronous().estimatedSize();
  }
}
