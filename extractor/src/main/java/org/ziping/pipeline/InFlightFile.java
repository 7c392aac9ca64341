package org.ziping.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One file sent to a worker ({@link WorkerSession}) and the caller waiting for it: the stage the
 * file is in, when the worker took it, and how it ended. The session's reading thread fills it in
 * from the file's frames; the caller waits in {@link #await} with the file's time budget.
 *
 * <p>The clock starts when the worker takes the file (its first stage frame), not while a worker
 * JVM starts or the file waits in its queue; until then the caller waits at most the start-up
 * allowance and one file's budget.
 */
final class InFlightFile {
  /** How a wait for the file ended. */
  enum Outcome {
    /** The worker answered with the document. */
    ANSWERED,
    /** The file ran longer than its time budget. */
    OVER_TIME,
    /** The worker did not take the file within the start-up allowance. */
    NOT_TAKEN,
    /** The worker was killed for another file: this one must run again in a fresh worker. */
    ABORTED,
    /** The worker ended on its own ({@link #death()}). */
    DIED
  }

  private final int id;
  private final Path file;
  private String stage = "ingest";
  private long takenNanos;
  private boolean taken;
  /** The caller waits past the earliest deadline and must hear when the file is taken. */
  private boolean waitsForTaken;
  private ExtractionSummary summary;
  private Reply reply;
  private Outcome end;
  private WorkerDeath death;
  private boolean alone;

  InFlightFile(int id, Path file) {
    this.id = id;
    this.file = file;
  }

  int id() {
    return id;
  }

  Path file() {
    return file;
  }

  /** Takes one answer frame of this file (the session's reading thread). */
  void frame(WorkerProtocol.Frame f) {
    if (f.type() == WorkerProtocol.STAGE) {
      stage(f.text());
    } else if (f.type() == WorkerProtocol.SUMMARY) {
      ExtractionSummary s;
      try {
        s = WorkerProtocol.readSummary(f.payload());
      } catch (IOException e) {
        s = null; // the document itself is read instead
      }
      synchronized (this) {
        summary = s;
      }
    } else if (f.type() == WorkerProtocol.RESULT || f.type() == WorkerProtocol.WRITTEN) {
      synchronized (this) {
        reply = new Reply(summary, f.type() == WorkerProtocol.RESULT ? f.payload() : null);
        end(Outcome.ANSWERED);
      }
    }
  }

  /**
   * The worker's answer to a file.
   *
   * @param summary the number of reports and the errors, null when its frame was unreadable
   * @param json    the document's JSON in UTF-8, null when the worker wrote it to the output file
   *                the request named ({@link WorkerProtocol#WRITTEN})
   */
  record Reply(ExtractionSummary summary, byte[] json) {
    boolean written() {
      return json == null;
    }
  }

  /** The worker's answer, once {@link Outcome#ANSWERED}. */
  synchronized Reply reply() {
    return reply;
  }

  private synchronized void stage(String s) {
    stage = s;
    if (!taken) { // the caller's deadline moves: from the start-up allowance to the budget
      taken = true;
      takenNanos = System.nanoTime();
      if (waitsForTaken) { // else the caller wakes before any deadline can pass (see await)
        notifyAll();
      }
    } // a later stage changes no deadline: the caller sleeps on
  }

  /** Whether the worker has taken the file (sent its first stage frame). */
  synchronized boolean taken() {
    return taken;
  }

  /** The stage the file was last reported in. */
  synchronized String stage() {
    return stage;
  }

  /** The worker was killed while this file was in flight. */
  synchronized void aborted() {
    end(Outcome.ABORTED);
  }

  /** The worker died while this file was in flight, {@code alone} or with others. */
  synchronized void died(WorkerDeath d, boolean alone) {
    if (end == null) {
      this.death = d;
      this.alone = alone;
    }
    end(Outcome.DIED);
  }

  /** How the worker ended, once {@link Outcome#DIED}. */
  synchronized WorkerDeath death() {
    return death;
  }

  /** Whether this file was the only one in flight when the worker died. */
  synchronized boolean alone() {
    return alone;
  }

  private void end(Outcome o) {
    if (end == null) {
      end = o;
      notifyAll();
    }
  }

  /**
   * Waits until the file ends or runs out of time: {@code budget} from the moment the worker took
   * it, or {@code startup} plus the budget for the worker to take it (a worker's start, then the
   * file it may be queued behind: that one ends within its budget or the worker is killed).
   *
   * <p>No deadline comes sooner than {@code budget} after the file was sent (it is taken after
   * it is sent), so until then the caller sleeps without being told that the file was taken: a
   * file answered within its budget (nearly every file) wakes its caller once, with the answer,
   * not also with its first stage frame. Only a caller still waiting after that asks to be woken
   * when the file is taken, since its deadline then moves sooner than the start-up allowance.
   */
  synchronized Outcome await(Duration budget, Duration startup) throws InterruptedException {
    long sent = System.nanoTime();
    long b = budget.toNanos();
    long allowance = startup.toNanos() + b;
    while (end == null) {
      long now = System.nanoTime();
      long deadline;
      if (taken) {
        deadline = takenNanos + b;
      } else if (now - sent < b) {
        deadline = sent + b; // the earliest any deadline can be: wake then and look again
      } else {
        waitsForTaken = true;
        deadline = sent + allowance;
      }
      long left = deadline - now;
      if (left <= 0) {
        return taken ? Outcome.OVER_TIME : Outcome.NOT_TAKEN;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return end;
  }
}
