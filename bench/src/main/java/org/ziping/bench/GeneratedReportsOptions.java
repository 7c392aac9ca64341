package org.ziping.bench;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of the benches that run on a generated corpus: how many reports to generate from
 * the inputs ({@code --reports N}) and where they are kept between runs ({@code --cache DIR}).
 * Used as a picocli mixin by {@code bench} ({@link ScaledCorpus}: text reports) and
 * {@code bench-index} (extracted report JSON).
 */
public final class GeneratedReportsOptions {
  @Option(names = "--reports", paramLabel = "N", description = "run on N reports generated from "
      + "the inputs (other places, years, figures, wording order), written once under --cache")
  public Integer reports;

  @Option(names = "--cache", paramLabel = "DIR", description = "where --reports keeps its "
      + "generated reports (default ${DEFAULT-VALUE})")
  public Path cache = Path.of("target", "bench-corpus");
}
