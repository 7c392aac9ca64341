package org.ziping.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every option and positional parameter of every subcommand (those of this module joined through
 * the provider included) says what it does in {@code --help}.
 */
class HelpDescriptionsTest {

  @Test
  void everyOptionAndParameterHasADescription() {
    CommandLine root = Main.commandLine();
    assertTrue(root.getSubcommands().keySet().containsAll(List.of("extract", "audit", "blocks",
        "bench", "bench-index", "index", "search", "serve")), root.getSubcommands().keySet().toString());
    List<String> missing = new ArrayList<>();
    walk(root.getCommandSpec(), missing);
    assertEquals(List.of(), missing, "options without a description in --help");
  }

  private static void walk(CommandSpec spec, List<String> missing) {
    List<ArgSpec> args = new ArrayList<>(spec.options());
    args.addAll(spec.positionalParameters());
    for (ArgSpec a : args) {
      String d = String.join(" ", a.description()).trim();
      if (d.isEmpty()) {
        missing.add(spec.qualifiedName() + " " + (a.isOption()
            ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel()));
      }
    }
    for (CommandLine sub : spec.subcommands().values()) {
      if (sub.getCommandSpec().parent() == spec) {
        walk(sub.getCommandSpec(), missing);
      }
    }
  }
}
