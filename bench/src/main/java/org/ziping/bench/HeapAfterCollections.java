package org.ziping.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap a bench run kept in use after a garbage collection: the data the run held live
 * (and what a young collection let survive), the figure that says how close a run came to its
 * {@code -Xmx}. The sum of the heap pools' peaks ({@link #poolPeaksBytes}) is only an upper bound
 * (the young and old pools peak at different times; at {@code -Xmx512m} it can exceed 512 MB).
 *
 * <p>Data source: the JVM's collection notifications ({@link GarbageCollectionNotificationInfo},
 * HotSpot's {@code com.sun.management} API): after each collection, the used bytes of the heap
 * pools summed. Limits: a run that never collects reports 0 collections (then the pool peaks are
 * the figure); a concurrent collector's cycle is reported when it ends.
 */
final class HeapAfterCollections implements AutoCloseable {
  private final AtomicLong maxUsed = new AtomicLong();
  private final AtomicInteger collections = new AtomicInteger();
  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
      .collect(Collectors.toUnmodifiableSet());
  private final NotificationListener listener = (n, handback) -> {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    long used = 0;
    for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      MemoryUsage u = e.getValue();
      if (heapPools.contains(e.getKey()) && u != null) {
        used += u.getUsed();
      }
    }
    maxUsed.accumulateAndGet(used, Math::max);
    collections.incrementAndGet();
  };

  /** Starts listening to every collector of this JVM. */
  HeapAfterCollections() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter e) {
        e.addNotificationListener(listener, null, null);
      }
    }
  }

  /** The most heap in use right after a collection so far, in bytes (0 before the first). */
  long maxUsedBytes() {
    return maxUsed.get();
  }

  /** The collections seen so far. */
  int collections() {
    return collections.get();
  }

  /** The sum of the heap pools' peak usage since the JVM started: an upper bound. */
  static long poolPeaksBytes() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /**
   * One line for a bench's output: the most heap in use after a collection, the pools' peaks
   * summed, and the heap's maximum.
   */
  String describe() {
    return String.format(Locale.ROOT, "heap in use after a collection at most %d MB "
        + "(%d collections; the pools' peaks summed %d MB, an upper bound), -Xmx %d MB",
        maxUsedBytes() >> 20, collections(), poolPeaksBytes() >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  @Override
  public void close() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter e) {
        try {
          e.removeNotificationListener(listener);
        } catch (ListenerNotFoundException ignored) {
          // never added to this collector
        }
      }
    }
  }
}
