package org.ziping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line builds only the invoked subcommand's model, and that model is the one the full
 * command line has: the same usage text; help, version and unknown names get every subcommand.
 */
class LazySubcommandsTest {
  @Test
  void anInvokedSubcommandAloneHasTheFullModelsUsage() {
    CommandLine full = Main.commandLine();
    for (String name : List.of("extract", "audit", "blocks")) {
      CommandLine alone = Main.commandLine(name);
      assertEquals(Set.of(name), alone.getSubcommands().keySet());
      assertEquals(full.getSubcommands().get(name).getUsageMessage(),
          alone.getSubcommands().get(name).getUsageMessage(), name);
    }
  }

  @Test
  void helpVersionAndUnknownNamesGetEverySubcommand() {
    Set<String> all = Main.commandLine().getSubcommands().keySet();
    assertTrue(all.containsAll(List.of("extract", "audit", "blocks", "help")), "" + all);
    for (String first : new String[] {null, "help", "--help", "--version", "extrakt"}) {
      assertEquals(all, Main.commandLine(first).getSubcommands().keySet(), first);
    }
  }
}
