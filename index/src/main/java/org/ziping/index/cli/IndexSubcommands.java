package org.ziping.index.cli;

import java.util.List;
import org.ziping.cli.SubcommandProvider;
import org.ziping.index.ReportQueries;

/**
 * Adds {@code index}, {@code search} and {@code serve} to {@code ziping}. For {@code search}, the
 * query's analysis starts loading (HanLP's dictionaries, the query parser) while the command line
 * is built ({@link ReportQueries#loadInBackground()}), and the index it names opens on a second
 * thread ({@link SearcherPreload}): a cold search waits for each after the other otherwise.
 */
public final class IndexSubcommands implements SubcommandProvider {
  @Override
  public List<Object> subcommands() {
    return List.of(new IndexCommand(), new SearchCommand(), new ServeCommand());
  }

  @Override
  public void prepare(String invoked, List<String> args) {
    if ("search".equals(invoked)) {
      ReportQueries.loadInBackground();
      SearcherPreload.start(args);
    }
  }
}
