package org.ziping.index.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.ziping.index.ReportSearch;
import org.ziping.index.ReportSearcher;
import org.ziping.index.cluster.ClusterOptions;
import org.ziping.index.web.WebServer;
import org.ziping.cli.ConsoleCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ziping serve --index DIR [--port N] [--host ADDR] [--result-cache N]}: the search web
 * page ({@link WebServer}). Binds the loopback address unless told otherwise; runs until
 * interrupted. Repeated searches are answered from a result cache (see
 * {@code org.ziping.index.ResultCache}).
 */
@Command(name = "serve",
    description = "Serve the search web page for an index (on 127.0.0.1 unless --host is given).")
public final class ServeCommand extends ConsoleCommand {
  @Option(names = "--index", paramLabel = "DIR",
      description = "the index folder written by 'ziping index'") Path index;
  @Mixin ClusterOptions cluster = new ClusterOptions();
  @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
      description = "port, 0 for any free one (default ${DEFAULT-VALUE})") int port;
  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR",
      description = "address to bind (default ${DEFAULT-VALUE})") String host;

  @Option(names = "--result-cache", paramLabel = "N",
      description = "pages of results kept for repeated searches, weighed as one per page plus "
          + "one per hit; 0 turns the cache off (default ${DEFAULT-VALUE})")
  long resultCache = ReportSearcher.DEFAULT_CACHED_HITS;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = err();
    if (!cluster.namesOneIndex(index, err, "serve: ")) {
      return 2;
    }
    ReportSearch searcher;
    try {
      searcher = cluster.given() ? cluster.backend().searcher(cluster.target())
          : new ReportSearcher(index, resultCache);
    } catch (IOException e) {
      err.println("serve: " + e.getMessage());
      return 1;
    }
    WebServer server = new WebServer(searcher);
    int bound = server.start(host, port);
    err.println("serve: http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound
        + "/ (Ctrl-C to stop)");
    err.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      try {
        searcher.close();
      } catch (IOException ignored) {
        // the process is ending
      }
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }
}
