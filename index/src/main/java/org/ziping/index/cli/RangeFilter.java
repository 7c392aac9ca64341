package org.ziping.index.cli;

import java.math.BigDecimal;
import java.util.Locale;
import org.ziping.index.SearchFilters;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The numeric range filters of {@code ziping search}, one row each: the two options
 * {@code --min-<row>} and {@code --max-<row>} (inclusive bounds; the row's name in lower case,
 * {@code -} for {@code _}) and their parameter label. The options' help texts are in the
 * command's resource bundle ({@code SearchCommand.properties}), keyed by the option name without
 * its dashes.
 *
 * <p>{@link Options} adds both options of every row to the command's model (picocli's model
 * transformer), so a range is declared once; {@link #set} reads the values given back from that
 * model into the row's range of {@link SearchFilters.Builder}. A bound not given is null: that
 * side of the range is open.
 */
enum RangeFilter {
  SCORE("N"), EXEC_RATE("PERCENT"), BUDGET("YUAN"), ACTUAL("YUAN");

  private final String paramLabel;

  RangeFilter(String paramLabel) {
    this.paramLabel = paramLabel;
  }

  private String stem() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private String minName() {
    return "--min-" + stem();
  }

  private String maxName() {
    return "--max-" + stem();
  }

  private OptionSpec option(String name) {
    return OptionSpec.builder(name).paramLabel(paramLabel).type(BigDecimal.class)
        .descriptionKey(name.substring(2)).build();
  }

  /** Sets this range on {@code b} from the options given to the parsed command {@code spec}. */
  SearchFilters.Builder set(SearchFilters.Builder b, CommandSpec spec) {
    BigDecimal min = spec.findOption(minName()).getValue();
    BigDecimal max = spec.findOption(maxName()).getValue();
    return switch (this) {
      case SCORE -> b.score(min, max);
      case EXEC_RATE -> b.execRate(min, max);
      case BUDGET -> b.budgetYuan(min, max);
      case ACTUAL -> b.actualYuan(min, max);
    };
  }

  /** Adds the {@code --min-} and {@code --max-} option of every range to the command's model. */
  static final class Options implements IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      for (RangeFilter r : values()) {
        spec.addOption(r.option(r.minName()));
        spec.addOption(r.option(r.maxName()));
      }
      return spec;
    }
  }
}
