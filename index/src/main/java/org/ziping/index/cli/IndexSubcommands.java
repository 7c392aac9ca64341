package org.ziping.index.cli;

import java.util.List;
import org.ziping.cli.SubcommandProvider;

/** Adds {@code index}, {@code search} and {@code serve} to {@code ziping}. */
public final class IndexSubcommands implements SubcommandProvider {
  @Override
  public List<Object> subcommands() {
    return List.of(new IndexCommand(), new SearchCommand(), new ServeCommand());
  }
}
