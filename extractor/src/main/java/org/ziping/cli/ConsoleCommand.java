package org.ziping.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The shared base of the {@code ziping} subcommands (here and in the modules that add their own,
 * {@link SubcommandProvider}): the standard help options ({@code --help}, {@code --version}, which
 * picocli adds to every command whose class or superclass asks for them) and the command's spec,
 * whose writers a command prints to ({@link #out()}, {@link #err()}: the console, or what a test
 * sets on the {@code CommandLine}).
 */
@Command(mixinStandardHelpOptions = true)
public abstract class ConsoleCommand implements Callable<Integer> {
  /** The running command, set by picocli. */
  @Spec
  protected CommandSpec spec;

  /** Where the command's results go. */
  protected final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Where the command's errors, warnings and progress go. */
  protected final PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
