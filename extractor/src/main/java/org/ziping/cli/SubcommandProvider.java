package org.ziping.cli;

import java.util.List;

/** Lets other modules add subcommands (picocli command objects) to {@code ziping}. Registered in
 * {@code META-INF/services/org.ziping.cli.SubcommandProvider}. */
public interface SubcommandProvider {
  List<Object> subcommands();

  /**
   * Called before the command line is built, with the subcommand the first argument names (or
   * null) and the raw arguments (the subcommand's name first; empty when the command line is
   * built without them): a provider may start the slow loading that subcommand will need on a
   * background thread, so that it overlaps picocli's building of the command model. Returns at
   * once; what it starts must leave every error to the command (the arguments are not parsed).
   */
  default void prepare(String invoked, List<String> args) {}
}
