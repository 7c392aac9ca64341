package org.ziping.bench;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The scenarios {@code ziping bench} runs instead of its default (ingest and extraction against
 * the bare libraries, {@link BareBench}), one row each, chosen by a flag named after the row
 * ({@code --linearity}, {@code --stages}, {@code --throughput}, {@code --workers}). The flags' help
 * texts are in the command's resource bundle ({@code BenchCommand.properties}), keyed by the flag
 * without its dashes.
 *
 * <p>{@link Options} adds the flag of every row to the command's model (picocli's model
 * transformer), so a scenario is declared once; {@link #given} reads back which flags were given.
 * {@code --linearity} runs alone; the others may be combined.
 */
enum Scenario {
  LINEARITY, STAGES, THROUGHPUT, WORKERS;

  /** The flag: {@code --} and the row's name in lower case. */
  String flag() {
    return "--" + name().toLowerCase(Locale.ROOT);
  }

  /** The scenarios whose flag was given to the parsed command {@code spec}. */
  static Set<Scenario> given(CommandSpec spec) {
    Set<Scenario> out = EnumSet.noneOf(Scenario.class);
    for (Scenario s : values()) {
      if (spec.findOption(s.flag()).<Boolean>getValue()) {
        out.add(s);
      }
    }
    return out;
  }

  /** Adds the flag of every scenario to the command's model. */
  static final class Options implements IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      for (Scenario s : values()) {
        spec.addOption(OptionSpec.builder(s.flag()).arity("0").type(boolean.class)
            .initialValue(false).descriptionKey(s.flag().substring(2)).build());
      }
      return spec;
    }
  }
}
