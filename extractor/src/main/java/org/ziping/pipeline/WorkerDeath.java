package org.ziping.pipeline;

import java.util.List;

/**
 * How a worker JVM ended on its own (not killed by its supervisor): its exit code and the last
 * lines of its stderr, and what that says about the file that ended it.
 *
 * @param exitCode the worker's exit status, -1 when it did not end in time to say
 * @param stderrTail the last lines the worker wrote to stderr
 */
record WorkerDeath(int exitCode, List<String> stderrTail) {
  /** The exit status of a JVM ended by {@code -XX:+ExitOnOutOfMemoryError}. */
  static final int OOM_EXIT = 3;
  /**
   * The exit status of a kept worker ({@link KeptWorker}) as its supervisor sees it: the JVM is
   * not this JVM's child, so its status cannot be read.
   */
  static final int NOT_A_CHILD = -2;

  WorkerDeath {
    stderrTail = List.copyOf(stderrTail);
  }

  /** Ended by {@link HeapBudgetGuard}: the files in flight together held more than one budget. */
  boolean overSharedBudget() {
    return exitCode == HeapBudgetGuard.EXIT;
  }

  /**
   * Whether the one file in flight when the worker died is the certain cause: not so after the
   * {@link HeapBudgetGuard} (garbage of earlier files counts in its threshold), and not known for
   * a kept worker, whose exit status and stderr this JVM cannot read (its files run again alone,
   * in a worker of their own, which tells).
   */
  boolean blamesTheFileInFlight() {
    return !overSharedBudget() && exitCode != NOT_A_CHILD;
  }

  /** The error of the file that ended the worker in {@code stage}. */
  String reason(String stage, int fileHeapMb) {
    if (overSharedBudget() || exitCode == OOM_EXIT
        || stderrTail.stream().anyMatch(l -> l.contains("OutOfMemoryError"))) {
      return "needs more than " + fileHeapMb + " MB of memory in " + stage
          + " (the memory budget per file; --file-memory)";
    }
    if (stderrTail.stream().anyMatch(l -> l.contains("StackOverflowError"))) {
      return "nesting too deep to read in " + stage + " (stack overflow)";
    }
    return "the worker process died in " + stage + " (exit code " + exitCode + ")";
  }
}
