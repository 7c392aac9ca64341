package org.ziping.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one action over every input file of a batch: a failure is reported on stderr with the file
 * and the reason, the batch goes on, and the exit code says whether anything failed.
 */
final class BatchRunner {

  /** The work for one file; throws with a message that names the file. */
  interface FileAction {
    void run(Path file) throws Exception;
  }

  private final PrintWriter err;
  private final List<String> failures = new ArrayList<>();
  private int done;

  /** A runner that reports failures on {@code err}. */
  BatchRunner(PrintWriter err) {
    this.err = err;
  }

  int run(List<Path> files, FileAction action) {
    for (Path f : files) {
      try {
        action.run(f);
        done++;
      } catch (Exception | OutOfMemoryError | StackOverflowError e) {
        // an error of one file (even running out of heap on it) fails that file only
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        if (e instanceof Error) {
          m = e.toString();
        }
        if (!m.startsWith(f.toString())) {
          m = f + ": " + m;
        }
        failures.add(m);
        err.println("ziping: error: " + m);
        err.flush();
      }
    }
    return failures.isEmpty() ? Main.EXIT_OK : Main.EXIT_INPUT_FAILED;
  }

  List<String> failures() {
    return failures;
  }

  int succeeded() {
    return done;
  }
}
