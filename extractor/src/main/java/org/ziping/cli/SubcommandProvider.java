package org.ziping.cli;

import java.util.List;

/** Lets other modules add subcommands (picocli command objects) to {@code ziping}. Registered in
 * {@code META-INF/services/org.ziping.cli.SubcommandProvider}. */
public interface SubcommandProvider {
  List<Object> subcommands();
}
