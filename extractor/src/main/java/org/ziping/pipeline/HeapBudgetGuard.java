package org.ziping.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import javax.management.NotificationEmitter;

/**
 * The per-file memory budget inside a worker JVM that runs several files at once: its heap is
 * sized for all of them (N times the budget), so one file could use the room the others leave and
 * succeed where, alone in a heap of its budget, it would run out of memory. The guard ends the
 * worker with {@link #EXIT} as soon as the heap's old generation holds more than it could in a
 * heap of one budget; the supervisor then runs each file that was in flight alone, in a worker
 * with the budget as its heap, where the budget holds exactly as it did with a worker per file.
 *
 * <p>Algorithm: on each heap pool that supports a usage threshold and has a maximum (the old
 * generation; the JVM checks the threshold after each collection), a threshold of the budget
 * times that pool's share of the whole heap (with the serial collector's default ratio, two
 * thirds: the most the old generation of a heap of one budget holds), and a listener on the JVM's
 * memory notifications that halts the process. Limits: the usage counts garbage not yet collected
 * as well as live data, so the guard may end a worker that would have been fine (that costs the
 * single-file runs, never a wrong result); live data still in the young generation is not
 * counted, so a file just over its budget may finish in the shared worker.
 */
final class HeapBudgetGuard {
  /** The exit status of a worker ended by the guard. */
  static final int EXIT = 71;

  private HeapBudgetGuard() {}

  /**
   * Ends this JVM when the old generation holds more than its share of {@code budgetMb} MB.
   * Nothing is watched when the heap is not larger than the budget.
   */
  static void install(int budgetMb) {
    long budget = budgetMb * 1024L * 1024L;
    long heap = Runtime.getRuntime().maxMemory();
    boolean watched = false;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      long max = p.getUsage().getMax();
      if (p.getType() == MemoryType.HEAP && p.isUsageThresholdSupported() && max > 0
          && heap > budget) {
        p.setUsageThreshold((long) (budget * ((double) max / heap)));
        watched = true;
      }
    }
    if (!watched) {
      return;
    }
    ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener(
        (notification, handback) -> {
          if (MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED.equals(notification.getType())) {
            System.err.println("ziping worker: the heap holds more than one file's budget ("
                + budgetMb + " MB); ending so that each file runs alone");
            System.err.flush();
            Runtime.getRuntime().halt(EXIT);
          }
        }, null, null);
  }
}
