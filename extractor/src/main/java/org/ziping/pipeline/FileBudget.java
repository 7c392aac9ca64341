package org.ziping.pipeline;

import java.time.Duration;

/**
 * What one input file may cost: the wall time of its whole extraction and the heap of the worker
 * process that extracts it (see {@link ForkedExtraction}).
 *
 * @param timeout wall time from handing the file to the worker until its result
 * @param heapMb  the worker JVM's maximum heap ({@code -Xmx}) in MB
 */
public record FileBudget(Duration timeout, int heapMb) {
  public static final int DEFAULT_TIMEOUT_SECONDS = 60;
  public static final int DEFAULT_HEAP_MB = 2048;

  public FileBudget {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the time budget per file must be positive");
    }
    if (heapMb < 64) {
      throw new IllegalArgumentException("the memory budget per file must be at least 64 MB");
    }
  }

  public static FileBudget defaults() {
    return new FileBudget(Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS), DEFAULT_HEAP_MB);
  }
}
