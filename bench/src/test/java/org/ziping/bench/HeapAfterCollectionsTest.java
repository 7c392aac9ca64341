package org.ziping.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeapAfterCollectionsTest {

  @Test
  void dataHeldLiveThroughACollectionIsCountedAndTheUpperBoundIsNoLower() throws Exception {
    try (HeapAfterCollections heap = new HeapAfterCollections()) {
      byte[][] held = new byte[64][];
      for (int i = 0; i < held.length; i++) {
        held[i] = new byte[1 << 20]; // 64 MB live across the collection
      }
      System.gc();
      // notifications come on the JVM's notification thread, after the collection
      for (int i = 0; i < 200 && heap.collections() == 0; i++) {
        Thread.sleep(10);
      }
      assertTrue(heap.collections() > 0, "a collection was reported");
      assertTrue(heap.maxUsedBytes() >= 64L << 20,
          "64 MB held live, reported " + (heap.maxUsedBytes() >> 20) + " MB");
      assertTrue(HeapAfterCollections.poolPeaksBytes() >= heap.maxUsedBytes(),
          "the pools' peaks summed bound the heap after a collection");
      assertTrue(heap.describe().contains("after a collection at most"), heap.describe());
      assertTrue(held[63].length == 1 << 20); // held until here
    }
  }
}
