package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedPoolTest {

  /** A worker that counts how many are made and whether it was closed. */
  static final class Worker implements AutoCloseable {
    static final AtomicInteger CLOSED = new AtomicInteger();

    String apply(int i) {
      if (i == 7) {
        throw new IllegalStateException("bad input " + i);
      }
      try {
        Thread.sleep((i * 37L) % 11); // uneven cost: later inputs may finish first
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "r" + i;
    }

    @Override
    public void close() {
      CLOSED.incrementAndGet();
    }
  }

  private static List<String> run(int threads, int n) throws Exception {
    List<String> out = new ArrayList<>();
    new OrderedPool<Worker, Integer, String>(threads, Worker::new, Worker::apply,
        (i, e) -> "failed " + i + ": " + e.getMessage())
        .run(IntStream.range(0, n).boxed().toList(), (i, r) -> out.add(i + "=" + r));
    return out;
  }

  @Test
  void resultsComeInInputOrderWithFailuresInPlace() throws Exception {
    List<String> one = run(1, 40);
    assertEquals("7=failed 7: bad input 7", one.get(7));
    assertEquals("39=r39", one.get(39));
    assertEquals(one, run(2, 40));
    assertEquals(one, run(4, 40));
  }

  @Test
  void workersAreClosed() throws Exception {
    int before = Worker.CLOSED.get();
    run(3, 30);
    int closed = Worker.CLOSED.get() - before;
    assertTrue(closed >= 1 && closed <= 3, "closed " + closed);
  }

  @Test
  void atMostTheWindowIsInFlight() throws Exception {
    AtomicInteger started = new AtomicInteger();
    AtomicInteger maxAhead = new AtomicInteger();
    AtomicInteger delivered = new AtomicInteger();
    new OrderedPool<Object, Integer, Integer>(2, Object::new, (w, i) -> {
      int ahead = started.incrementAndGet() - delivered.get();
      maxAhead.accumulateAndGet(ahead, Math::max);
      return i;
    }, (i, e) -> -1).run(IntStream.range(0, 200).boxed().toList(), (i, r) -> {
      Thread.sleep(1); // a slow sink: the pool must not run far ahead of it
      delivered.incrementAndGet();
    });
    assertEquals(200, delivered.get());
    assertTrue(maxAhead.get() <= 5, "started ahead of the sink: " + maxAhead.get());
  }

  @Test
  void aFailingSinkEndsTheBatch() {
    List<Integer> seen = new ArrayList<>();
    Exception e = assertThrows(java.io.IOException.class, () ->
        new OrderedPool<Object, Integer, Integer>(2, Object::new, (w, i) -> i, (i, t) -> -1)
            .run(IntStream.range(0, 50).boxed().toList(), (i, r) -> {
              if (i == 3) {
                throw new java.io.IOException("disk full");
              }
              seen.add(r);
            }));
    assertEquals("disk full", e.getMessage());
    assertEquals(List.of(0, 1, 2), seen);
  }

  @Test
  void zeroThreadsIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new OrderedPool<Object, Integer, Integer>(0, Object::new, (w, i) -> i, (i, t) -> -1));
  }
}
