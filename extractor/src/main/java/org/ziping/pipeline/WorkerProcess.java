package org.ziping.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker JVM as an operating-system process: started from a {@link WorkerCommand}, its
 * requests written to its stdin, its answer frames read from its stdout (by one thread, the
 * {@link WorkerSession}'s), its stderr logged at debug level ({@code org.ziping.worker}) with the
 * last {@value #STDERR_TAIL} lines kept to say why it died. Ends by {@link #close()} (end of
 * input; the worker returns and may record the class-data archive) or {@link #kill()}.
 */
final class WorkerProcess extends FramedChannel {
  private static final Logger WORKER_LOG = LoggerFactory.getLogger("org.ziping.worker");
  private static final int STDERR_TAIL = 40;

  private final Process process;
  private final WorkerClassData classData;
  private final Deque<String> stderrTail = new ArrayDeque<>();
  private final Thread stderrReader;

  private WorkerProcess(Process process, WorkerClassData classData) {
    super(process.getOutputStream(), process.getInputStream());
    this.process = process;
    this.classData = classData;
    long pid = process.pid();
    this.stderrReader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          WORKER_LOG.debug("worker {}: {}", pid, line);
          synchronized (stderrTail) {
            stderrTail.addLast(line);
            if (stderrTail.size() > STDERR_TAIL) {
              stderrTail.removeFirst();
            }
          }
        }
      } catch (IOException e) {
        // the worker has gone
      }
    }, "ziping-worker-" + pid + "-err");
    stderrReader.setDaemon(true);
    stderrReader.start();
  }

  static WorkerProcess start(WorkerCommand command) throws IOException {
    WorkerClassData classData = WorkerClassData.forNextWorker();
    try {
      List<String> line = command.line(classData.options());
      WorkerProcess w = new WorkerProcess(new ProcessBuilder(line).start(), classData);
      WORKER_LOG.debug("worker {} started at {} ms of this JVM: {}", w.pid(),
          ManagementFactory.getRuntimeMXBean().getUptime(), line);
      return w;
    } catch (IOException | RuntimeException e) {
      classData.finish(false);
      throw e;
    }
  }

  @Override
  public long pid() {
    return process.pid();
  }

  /**
   * Waits for the worker's first bytes of the protocol (one reading thread, before
   * {@link #read()}); what the JVM printed before them goes to the log.
   */
  @Override
  public void awaitHello() throws IOException {
    String before = WorkerProtocol.readHello(answers);
    WORKER_LOG.debug("worker {} answers at {} ms of this JVM", process.pid(),
        ManagementFactory.getRuntimeMXBean().getUptime());
    if (!before.isBlank()) {
      WORKER_LOG.debug("worker {} (stdout): {}", process.pid(), before.strip());
    }
  }

  /** Why the worker ended, once its stdout has closed: its exit code and last stderr lines. */
  @Override
  public WorkerDeath death() {
    int code;
    try {
      process.waitFor(10, TimeUnit.SECONDS);
      code = process.isAlive() ? -1 : process.exitValue();
      stderrReader.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      code = process.isAlive() ? -1 : process.exitValue();
    }
    List<String> tail;
    synchronized (stderrTail) {
      tail = new ArrayList<>(stderrTail);
    }
    kill();
    return new WorkerDeath(code, tail);
  }

  /** Ends the worker at once (a file over its time budget, or a worker that would not start). */
  @Override
  public void kill() {
    classData.finish(false); // a killed worker writes no archive
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Ends the input: the worker finishes and returns (recording the class-data archive if it was
   * asked to: up to a minute), or is killed when it does not.
   */
  @Override
  public void close() {
    try {
      synchronized (requests) {
        requests.close();
      }
      if (!process.waitFor(classData.records() ? 60 : 15, TimeUnit.SECONDS)) {
        kill();
      } else {
        classData.finish(process.exitValue() == 0);
      }
    } catch (IOException e) {
      kill();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
    }
  }
}
