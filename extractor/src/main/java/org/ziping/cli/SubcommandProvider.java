package org.ziping.cli;

import java.util.List;

/** Lets other modules add subcommands (picocli command objects) to {@code ziping}. Registered in
 * {@code META-INF/services/org.ziping.cli.SubcommandProvider}. */
public interface SubcommandProvider {
  List<Object> subcommands();

  /**
   * Called before the command line is built, with the subcommand the first argument names (or
   * null): a provider may start the slow loading that subcommand will need on a background
   * thread, so that it overlaps picocli's building of the command model. Returns at once.
   */
  default void prepare(String invoked) {}
}
