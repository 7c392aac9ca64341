package org.ziping.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The files in flight on one worker JVM ({@link WorkerProcess}): each file sent gets an id and an
 * {@link InFlightFile}; one thread reads the worker's frames and hands each to its file. When the
 * worker's output ends, every file still in flight is told how: {@link InFlightFile#aborted()}
 * when the supervisor killed the worker ({@link #kill()}, for a file over its time budget), else
 * {@link InFlightFile#died} with the worker's {@link WorkerDeath} and whether the file was the
 * only one the worker had taken (the culprit is then known; with several it is not); a file still
 * queued in the worker (not taken) is aborted, to run again.
 *
 * <p>A session that was killed or has ended takes no more files ({@link #usable()}); a file
 * submitted then is aborted at once, so its caller runs it in a fresh session.
 */
final class WorkerSession {
  private static final AtomicInteger IDS = new AtomicInteger();

  private final WorkerChannel process;
  private final Map<Integer, InFlightFile> inFlight = new HashMap<>();
  private boolean killed;
  private boolean ended;

  private WorkerSession(WorkerChannel process) {
    this.process = process;
  }

  static WorkerSession start(WorkerCommand command) throws IOException {
    return open(WorkerProcess.start(command));
  }

  /** A session over a worker already started (a kept worker, {@link KeptWorkers}). */
  static WorkerSession open(WorkerChannel channel) {
    WorkerSession s = new WorkerSession(channel);
    Thread reader = new Thread(s::readAnswers, "ziping-worker-" + s.process.pid() + "-out");
    reader.setDaemon(true);
    reader.start();
    return s;
  }

  synchronized boolean usable() {
    return !killed && !ended;
  }

  /**
   * Sends {@code file} to the worker, which writes its JSON to {@code output} (null: answers with
   * it); the returned file tells how it ended.
   */
  InFlightFile submit(Path file, Path output) {
    InFlightFile f = new InFlightFile(IDS.incrementAndGet(), file);
    synchronized (this) {
      if (killed || ended) {
        f.aborted();
        return f;
      }
      inFlight.put(f.id(), f);
    }
    try {
      process.send(f.id(), file, output);
    } catch (IOException e) {
      // the worker has gone: the end of its output tells this file how
    }
    return f;
  }

  /** Kills the worker; the other files in flight are aborted (to run again elsewhere). */
  void kill() {
    synchronized (this) {
      if (killed) {
        return;
      }
      killed = true;
    }
    process.kill();
  }

  /** Ends the worker's input; it returns once its files are answered. */
  void close() {
    synchronized (this) {
      if (killed) {
        return;
      }
    }
    process.close();
  }

  private void readAnswers() {
    try {
      process.awaitHello();
      while (true) {
        WorkerProtocol.Frame frame = process.read();
        InFlightFile f;
        synchronized (this) {
          f = frame.type() == WorkerProtocol.RESULT || frame.type() == WorkerProtocol.WRITTEN
              ? inFlight.remove(frame.id()) : inFlight.get(frame.id());
        }
        if (f != null) {
          f.frame(frame);
        }
      }
    } catch (IOException | RuntimeException | Error e) {
      ended(); // the files in flight must hear of it, whatever ended the stream
    }
  }

  private void ended() {
    List<InFlightFile> left;
    boolean wasKilled;
    synchronized (this) {
      ended = true;
      wasKilled = killed;
      left = new ArrayList<>(inFlight.values());
      inFlight.clear();
    }
    if (wasKilled) {
      left.forEach(InFlightFile::aborted);
      return;
    }
    if (left.isEmpty()) {
      return;
    }
    // a file still queued in the worker never ran: it is no suspect and runs again; the culprit
    // is among the files taken, and known when one alone was
    List<InFlightFile> taken = left.stream().filter(InFlightFile::taken).toList();
    left.stream().filter(f -> !f.taken()).forEach(InFlightFile::aborted);
    WorkerDeath death = process.death();
    for (InFlightFile f : taken) {
      f.died(death, taken.size() == 1);
    }
  }
}
