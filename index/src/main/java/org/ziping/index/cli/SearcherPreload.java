package org.ziping.index.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.ziping.index.ReportSearcher;

/**
 * Opens the index a cold {@code search} names while picocli is still building its command line:
 * the folder after {@code --index} is read from the raw arguments, a {@link ReportSearcher} (no
 * result cache, as {@code search} opens it) is opened on a daemon thread, and the command takes
 * it ({@link #take}) if it names the same folder once its options are parsed. Anything else (no
 * {@code --index}, a cluster instead, another folder, a failed open) leaves the command to open
 * the index itself, so that every error is the command's own; an unused searcher is closed.
 *
 * <p>Opening a searcher reads the last commit and every segment's metadata and starts Lucene's
 * readers (about 0.05 s of a cold search on the corpus index, docs/speed.md "Cold search").
 */
final class SearcherPreload {
  private record Pending(Path dir, CompletableFuture<ReportSearcher> searcher) {}

  private static Pending pending;

  private SearcherPreload() {}

  /** Starts opening the index named by {@code --index} in {@code args} (a search's arguments). */
  static void start(List<String> args) {
    Path dir = indexArgument(args);
    if (dir == null) {
      return;
    }
    CompletableFuture<ReportSearcher> f = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        f.complete(new ReportSearcher(dir, 0));
      } catch (IOException | RuntimeException e) {
        f.completeExceptionally(e); // the command opens it again and reports what failed
      }
    }, "ziping-index-open");
    t.setDaemon(true);
    replace(new Pending(dir, f));
    t.start();
  }

  /**
   * The searcher opened in the background on {@code dir}, or null (none started, another folder,
   * the open failed): the caller owns and closes what it gets.
   */
  static ReportSearcher take(Path dir) {
    Pending p = replace(null);
    if (p == null) {
      return null;
    }
    if (!p.dir().toAbsolutePath().normalize().equals(dir.toAbsolutePath().normalize())) {
      discard(p);
      return null;
    }
    try {
      return p.searcher().get();
    } catch (ExecutionException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      discard(p);
      return null;
    }
  }

  private static synchronized Pending replace(Pending next) {
    Pending old = pending;
    pending = next;
    if (old != null && next != null) {
      discard(old);
    }
    return old;
  }

  private static void discard(Pending p) {
    p.searcher().thenAccept(s -> {
      try {
        s.close();
      } catch (IOException e) {
        // nothing was read through it
      }
    });
  }

  /**
   * The last value of {@code --index} before a {@code --} (picocli's reading of a single-valued
   * option), or null; null too when the arguments name a cluster ({@code --solr}), whose search
   * does not open a folder.
   */
  static Path indexArgument(List<String> args) {
    String value = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--")) {
        break;
      }
      if (a.equals("--solr") || a.startsWith("--solr=")) {
        return null;
      }
      if (a.equals("--index") && i + 1 < args.size()) {
        value = args.get(++i);
      } else if (a.startsWith("--index=")) {
        value = a.substring("--index=".length());
      }
    }
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return Path.of(value);
    } catch (RuntimeException e) { // InvalidPathException: picocli reports it
      return null;
    }
  }
}
