package org.ziping.solr;

import java.io.IOException;
import java.util.Set;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;

/**
 * Retries a request to SolrCloud that failed because a node was busy or away: an I/O error, a
 * client-side server error (no live node, a connection refused), or an answer of 429 (too many
 * requests), 500, 502, 503 or 504. Waits {@code firstWaitMillis}, then twice as long each time, up
 * to {@code attempts} tries in all; any other answer (400: a bad query or document) fails at
 * once. The client already moves to another replica when one does not answer; this covers a
 * shard whose leader is being elected or a node that sheds load.
 */
final class Retry {
  private static final Set<Integer> BUSY = Set.of(429, 500, 502, 503, 504);

  interface Call<T> {
    T call() throws SolrServerException, IOException;
  }

  interface Run {
    void run() throws SolrServerException, IOException;
  }

  private final int attempts;
  private final long firstWaitMillis;

  Retry(int attempts, long firstWaitMillis) {
    this.attempts = attempts;
    this.firstWaitMillis = firstWaitMillis;
  }

  static Retry standard() {
    return new Retry(6, 500);
  }

  void run(String what, Run r) throws IOException {
    call(what, () -> {
      r.run();
      return null;
    });
  }

  <T> T call(String what, Call<T> c) throws IOException {
    long wait = firstWaitMillis;
    for (int i = 1; ; i++) {
      try {
        return c.call();
      } catch (SolrException e) {
        if (!BUSY.contains(e.code()) || i >= attempts) {
          throw new IOException(what + ": " + firstLine(e), e);
        }
      } catch (SolrServerException | IOException e) {
        SolrException remote = remote(e);
        if (remote != null && !BUSY.contains(remote.code())) {
          throw new IOException(what + ": " + firstLine(remote), e);
        }
        if (i >= attempts) {
          throw new IOException(what + ": " + firstLine(e) + " (after " + i + " tries)", e);
        }
      }
      try {
        Thread.sleep(wait);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        throw new IOException(what + ": interrupted", ie);
      }
      wait *= 2;
    }
  }

  /** The server's answer inside a client exception, if there is one. */
  static SolrException remote(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SolrException s) {
        return s;
      }
    }
    return null;
  }

  static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}
