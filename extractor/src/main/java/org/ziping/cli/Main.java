package org.ziping.cli;

import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ziping} command line: wires the stages together and nothing else. Subcommands of
 * other modules (index, search, serve) join through {@link SubcommandProvider} found by
 * {@link ServiceLoader}.
 *
 * <p>Exit codes: 0 success, 1 some input failed (after processing all the others), 2 bad usage.
 */
@Command(name = "ziping", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Reads Chinese performance self-evaluation reports (绩效自评报告) into structured, "
        + "checked, searchable data.",
    subcommands = {ExtractCommand.class, AuditCommand.class, BlocksCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  public static final int EXIT_OK = 0;
  public static final int EXIT_INPUT_FAILED = 1;
  public static final int EXIT_USAGE = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (for tests). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    for (SubcommandProvider p : ServiceLoader.load(SubcommandProvider.class)) {
      for (Object sub : p.subcommands()) {
        cl.addSubcommand(sub);
      }
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
}
