package org.ziping.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ziping} command line: wires the stages together and nothing else. Subcommands of
 * other modules (index, search, serve) join through {@link SubcommandProvider} found by
 * {@link ServiceLoader}. When the first argument names a subcommand, only that subcommand's
 * model is built (picocli reads each command's options by reflection: for all of them this was
 * about half the CPU time of a cold {@code search}); otherwise (help, version, a mistyped name)
 * all of them are. The providers are looked up only until one gives the named subcommand (none
 * for {@code extract}, {@code audit}, {@code blocks}): {@link ServiceLoader} finds them by
 * opening the jars of the class path in turn, and the application's class path holds some 90
 * jars, most of them the extraction's (docs/speed.md, seventh session of issue 21,
 * "Cold search: the jars opened for nothing").
 *
 * <p>Exit codes: 0 success, 1 some input failed (after processing all the others), 2 bad usage.
 */
@Command(name = "ziping", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Reads Chinese performance self-evaluation reports (绩效自评报告) into structured, "
        + "checked, searchable data.")
public final class Main {

  public static final int EXIT_OK = 0;
  public static final int EXIT_INPUT_FAILED = 1;
  public static final int EXIT_USAGE = 2;

  /** picocli's switch that keeps its factory from looking for Groovy's closure class. */
  static final String NO_CLOSURES = "picocli.disable.closures";

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (for tests). */
  public static int run(String... args) {
    return commandLine(args.length == 0 ? null : args[0], Arrays.asList(args)).execute(args);
  }

  /** The command line with every subcommand. */
  public static CommandLine commandLine() {
    return commandLine(null);
  }

  /**
   * The command line with only the subcommand named {@code invoked} when there is one of that
   * name, else with every subcommand (in the order help lists them).
   */
  static CommandLine commandLine(String invoked) {
    return commandLine(invoked, List.of());
  }

  static CommandLine commandLine(String invoked, List<String> args) {
    // picocli's DefaultFactory looks for groovy.lang.Closure when first used unless told not to;
    // the class is nowhere, so the lookup opened every jar of the class path (docs/speed.md,
    // "Cold search: the jars opened for nothing")
    System.setProperty(NO_CLOSURES, "true");
    List<Object> subcommands = new ArrayList<>(List.of(new ExtractCommand(), new AuditCommand(),
        new BlocksCommand(), new CommandLine.HelpCommand()));
    if (named(subcommands, invoked).isEmpty()) {
      Iterator<SubcommandProvider> providers =
          ServiceLoader.load(SubcommandProvider.class).iterator();
      while (providers.hasNext()) {
        SubcommandProvider p = providers.next();
        p.prepare(invoked, args);
        List<Object> provided = p.subcommands();
        subcommands.addAll(provided);
        if (!named(provided, invoked).isEmpty()) {
          break; // the rest of the class path is not searched for providers (see the class doc)
        }
      }
    }
    List<Object> named = named(subcommands, invoked); // none: help lists all of them
    CommandLine cl = new CommandLine(new Main());
    for (Object sub : named.isEmpty() ? subcommands : named) {
      cl.addSubcommand(new CommandLine(sub)); // built on its own: its model transformer applies
    }
    cl.setExitCodeExceptionMapper(e -> EXIT_USAGE);
    cl.setExecutionExceptionHandler((e, cmd, parse) -> {
      cmd.getErr().println("ziping: " + e);
      if (System.getenv("ZIPING_TRACE") != null) { // for developers: where it failed
        e.printStackTrace(cmd.getErr());
      }
      return EXIT_INPUT_FAILED;
    });
    return cl;
  }

  /** The subcommands among {@code commands} named {@code name} (none for null or help). */
  private static List<Object> named(List<Object> commands, String name) {
    return commands.stream().filter(c -> !(c instanceof CommandLine.HelpCommand)
        && c.getClass().getAnnotation(Command.class).name().equals(name)).toList();
  }
}
