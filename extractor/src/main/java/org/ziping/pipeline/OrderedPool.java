package org.ziping.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A pool of N workers that maps a batch of inputs and hands the results to a sink in input order,
 * on the calling thread: the output of N threads is the output of one, byte for byte.
 *
 * <p>Algorithm: each pool thread makes its own worker on first use ({@code perThread}; an
 * {@link Extraction} per thread, so no parser state is shared), inputs are submitted in order,
 * and at most {@code window} of them (2 N) are in flight or waiting for the sink; when the window
 * is full the caller waits for the oldest one and hands it to the sink. Memory is therefore bounded
 * by the window whatever the batch size. A task that throws (even an {@link OutOfMemoryError})
 * fails its input only: {@code onFailure} turns the throwable into that input's result. With one
 * thread the inputs run on the calling thread, without a pool.
 *
 * <p>Limits: the slowest input in the window holds the sink back (head-of-line blocking); with
 * inputs of very uneven cost a larger window hides more of it at the price of memory. Workers that
 * are {@link AutoCloseable} (a {@code ForkedExtraction}) are closed when the batch ends, once per
 * thread: a worker the threads share ({@code perThread} handing out one instance) is closed as
 * many times, so its {@code close} must be idempotent.
 */
public final class OrderedPool<W, I, R> {
  /** Receives the results in input order; may throw to end the batch (the rest is cancelled). */
  public interface Sink<I, R> {
    void accept(I input, R result) throws Exception;
  }

  private final int threads;
  private final int window;
  private final Supplier<? extends W> perThread;
  private final BiFunction<W, I, R> task;
  private final BiFunction<I, Throwable, R> onFailure;

  /**
   * @param threads   the number of workers (at least 1)
   * @param perThread makes one worker (called once per pool thread)
   * @param task      the work of one input on the thread's worker
   * @param onFailure the result of an input whose task threw
   */
  public OrderedPool(int threads, Supplier<? extends W> perThread, BiFunction<W, I, R> task,
      BiFunction<I, Throwable, R> onFailure) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.threads = threads;
    this.window = 2 * threads;
    this.perThread = perThread;
    this.task = task;
    this.onFailure = onFailure;
  }

  /** The number of processors this JVM may use: the default thread count of batch commands. */
  public static int defaultThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Maps every input and hands each result to {@code sink} in input order; {@code inputs} is
   * iterated once, on the calling thread, no further ahead than the window (a lazy source stays
   * lazy).
   */
  public void run(Iterable<I> inputs, Sink<I, R> sink) throws Exception {
    List<W> made = Collections.synchronizedList(new ArrayList<>());
    try {
      if (threads == 1) {
        W worker = perThread.get();
        made.add(worker);
        for (I in : inputs) {
          sink.accept(in, apply(worker, in));
        }
        return;
      }
      runPooled(inputs, sink, made);
    } finally {
      closeAll(made);
    }
  }

  private void runPooled(Iterable<I> inputs, Sink<I, R> sink, List<W> made)
      throws Exception {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "ziping-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    ThreadLocal<W> worker = ThreadLocal.withInitial(() -> {
      W w = perThread.get();
      made.add(w);
      return w;
    });
    Deque<Pending<I, R>> inFlight = new ArrayDeque<>();
    try {
      for (I in : inputs) {
        if (inFlight.size() >= window) {
          deliver(inFlight.removeFirst(), sink);
        }
        inFlight.addLast(new Pending<>(in, pool.submit(() -> apply(worker.get(), in))));
      }
      while (!inFlight.isEmpty()) {
        deliver(inFlight.removeFirst(), sink);
      }
    } finally {
      for (Pending<I, R> p : inFlight) {
        p.future().cancel(true);
      }
      pool.shutdownNow();
    }
  }

  private record Pending<I, R>(I input, Future<R> future) {}

  private void deliver(Pending<I, R> p, Sink<I, R> sink) throws Exception {
    R r;
    try {
      r = p.future().get();
    } catch (ExecutionException e) {
      r = onFailure.apply(p.input(), e.getCause());
    }
    sink.accept(p.input(), r);
  }

  private R apply(W worker, I in) {
    try {
      return task.apply(worker, in);
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      return onFailure.apply(in, e);
    }
  }

  private static void closeAll(List<?> workers) throws Exception {
    Exception first = null;
    synchronized (workers) {
      for (Object w : workers) {
        if (w instanceof AutoCloseable c) {
          try {
            c.close();
          } catch (Exception e) {
            first = first == null ? e : first;
          }
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
