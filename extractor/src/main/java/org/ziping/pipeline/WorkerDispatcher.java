package org.ziping.pipeline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.ziping.report.ErrorEntry;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.SourceRef;

/**
 * The worker side of {@link WorkerProtocol}: reads requests and runs up to N files at once, each
 * on a thread of its own with that thread's own extraction (parser state is never shared; the
 * JIT-compiled code, the loaded classes and dictionaries and the heap are), and writes each
 * file's frames tagged with its id.
 *
 * <p>Algorithm: the calling thread reads requests and hands them to a fixed pool of N threads; a
 * thread sends a {@link WorkerProtocol#STAGE} frame as its file enters each stage (flushed at
 * once: the supervisor's clock and its error messages depend on it), then serialises the document,
 * writes it to the request's output file if it names one, and writes the summary and the result
 * (the JSON, or {@link WorkerProtocol#WRITTEN}) under the output's lock, so frames of different
 * files interleave but never mix. A {@link RuntimeException} or {@link StackOverflowError} of a file is
 * that file's error (as in one thread); any other {@link Error} leaves the JVM in a state no catch
 * repairs, so the worker ends with {@link #ERROR_EXIT} and the supervisor treats it as a worker
 * death (an {@link OutOfMemoryError} ends it through {@code -XX:+ExitOnOutOfMemoryError} before
 * it is thrown).
 *
 * <p>Limits: the supervisor sends up to 2N files at a time ({@link ForkedExtraction#callers()});
 * those beyond the N running wait in the pool's queue, and a file's first stage frame tells the
 * supervisor when a thread took it (its clock starts then). At
 * the end of input the files still running get {@link #GRACE_SECONDS} to finish (none are left
 * when the supervisor ends a batch normally; some are when it has gone), then the worker returns.
 */
final class WorkerDispatcher {
  /** The exit status of a worker ended by an unexpected {@link Error} in a file's thread. */
  static final int ERROR_EXIT = 70;
  private static final int GRACE_SECONDS = 10;

  private final int threads;
  private final Supplier<StagedExtraction> perThread;
  private final DataOutputStream out;
  private final Path base;

  /** The supervisor no longer reads the answers. */
  private static final class SupervisorGone extends RuntimeException {
    SupervisorGone(IOException cause) {
      super(cause);
    }
  }

  WorkerDispatcher(int threads, Supplier<StagedExtraction> perThread, DataOutputStream out) {
    this(threads, perThread, out, null);
  }

  /**
   * A dispatcher that reads relative paths against {@code base} (the caller's folder, for a kept
   * worker) and reports them as given; null reads them against this JVM's folder.
   */
  WorkerDispatcher(int threads, Supplier<StagedExtraction> perThread, DataOutputStream out,
                   Path base) {
    this.threads = threads;
    this.perThread = perThread;
    this.out = out;
    this.base = base;
  }

  /**
   * Answers the requests of {@code in} until its end, then waits for the files in flight; false
   * when a file was still running after {@link #GRACE_SECONDS}.
   */
  boolean serve(DataInputStream in) throws IOException {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "ziping-file-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    ThreadLocal<StagedExtraction> extraction = ThreadLocal.withInitial(perThread);
    try {
      while (true) {
        WorkerProtocol.Request r;
        try {
          r = WorkerProtocol.readRequest(in);
        } catch (EOFException e) {
          break;
        }
        pool.execute(() -> answer(extraction.get(), r));
      }
    } finally {
      pool.shutdown();
    }
    try {
      return pool.awaitTermination(GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void answer(StagedExtraction extraction, WorkerProtocol.Request r) {
    String[] stage = {"ingest"};
    ExtractedDocument d;
    try {
      try {
        Path read = base == null ? Path.of(r.path()) : base.resolve(r.path());
        d = extraction.extract(read, s -> {
          stage[0] = s;
          send(r.id(), s);
        });
        if (!read.toString().equals(r.path())) {
          d = d.readAs(read.toString(), r.path());
        }
      } catch (SupervisorGone e) {
        return;
      } catch (RuntimeException | StackOverflowError e) {
        d = new ExtractedDocument(ExtractedDocument.SCHEMA_VERSION,
            new SourceRef(r.path(), null, null, null), List.of(),
            List.of(new ErrorEntry(r.path(), stage[0], e.toString())));
      }
      // the JSON as extract writes it, and what the supervisor needs to know without reading it
      SerializedDocument json = SerializedDocument.of(d);
      byte[] summary = WorkerProtocol.summary(json.summary());
      boolean written = !r.output().isEmpty() && written(json, Path.of(r.output()));
      synchronized (out) {
        WorkerProtocol.writeFrame(out, WorkerProtocol.SUMMARY, r.id(), summary);
        WorkerProtocol.writeFrame(out, written ? WorkerProtocol.WRITTEN : WorkerProtocol.RESULT,
            r.id(), written ? new byte[0] : json.utf8());
        out.flush();
      }
    } catch (IOException e) {
      // the supervisor has gone; its end of input ends this worker
    } catch (Error e) {
      e.printStackTrace(); // stderr: the supervisor logs it and names the exit code
      System.err.flush();
      Runtime.getRuntime().halt(ERROR_EXIT);
    }
  }

  /**
   * Writes the document to the output file of its request; false when that fails (a full disk, a
   * folder it may not write to), and the answer then carries the JSON for the supervisor to write
   * or report.
   */
  private static boolean written(SerializedDocument json, Path output) {
    try {
      json.writeTo(output);
      return true;
    } catch (IOException | RuntimeException e) {
      System.err.println("ziping worker: cannot write " + output + " (" + e
          + "); the JSON goes to the supervisor");
      return false;
    }
  }

  private void send(int id, String stage) {
    try {
      synchronized (out) {
        WorkerProtocol.writeFrame(out, WorkerProtocol.STAGE, id, stage);
        out.flush();
      }
    } catch (IOException e) {
      throw new SupervisorGone(e);
    }
  }
}
