package org.ziping.bench;

import java.util.List;
import org.ziping.cli.SubcommandProvider;

/** Adds {@code bench} (extraction) and {@code bench-index} (indexing and search) to {@code ziping}. */
public final class BenchSubcommands implements SubcommandProvider {
  @Override
  public List<Object> subcommands() {
    return List.of(new BenchCommand(), new IndexBenchCommand());
  }
}
