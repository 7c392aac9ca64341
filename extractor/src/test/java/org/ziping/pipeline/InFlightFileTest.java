package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The deadlines of {@link InFlightFile#await}: a taken file runs out of time one budget after it
 * was taken, whether it was taken before or after one budget had passed since it was sent (the
 * second case is the one where the caller must be woken by the first stage frame); an untaken file
 * waits the start-up allowance plus one budget. The start-up allowance is long (30 s) so that a
 * deadline computed from it instead of from the moment of taking would show as a wait of 30 s, far
 * beyond the bounds asserted here; the bounds are loose, for a loaded machine.
 */
class InFlightFileTest {
  private static final Duration STARTUP = Duration.ofSeconds(30);
  private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stop() {
    worker.shutdownNow();
  }

  private static WorkerProtocol.Frame frame(byte type, String text) {
    return new WorkerProtocol.Frame(type, 1, text.getBytes(StandardCharsets.UTF_8));
  }

  private void later(long millis, InFlightFile f, WorkerProtocol.Frame frame) {
    worker.schedule(() -> f.frame(frame), millis, TimeUnit.MILLISECONDS);
  }

  @Test
  void aFileTakenAtOnceRunsOutOfTimeOneBudgetAfterItWasTaken() throws Exception {
    InFlightFile f = new InFlightFile(1, Path.of("a.txt"));
    later(50, f, frame(WorkerProtocol.STAGE, "ingest"));
    later(100, f, frame(WorkerProtocol.STAGE, "parse"));
    long t0 = System.nanoTime();
    assertEquals(InFlightFile.Outcome.OVER_TIME, f.await(Duration.ofMillis(400), STARTUP));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms >= 400 && ms < 10_000, ms + " ms");
    assertEquals("parse", f.stage());
  }

  @Test
  void aFileTakenAfterOneBudgetHasPassedRunsOutOfTimeOneBudgetAfterItWasTaken() throws Exception {
    InFlightFile f = new InFlightFile(1, Path.of("queued.txt"));
    later(900, f, frame(WorkerProtocol.STAGE, "ingest"));
    long t0 = System.nanoTime();
    assertEquals(InFlightFile.Outcome.OVER_TIME, f.await(Duration.ofMillis(300), STARTUP));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    // taken at 0.9 s, over time at 1.2 s; without the wake-up at taking it would be 30.3 s
    assertTrue(ms >= 1_150 && ms < 10_000, ms + " ms");
  }

  @Test
  void anAnswerEndsTheWaitAndAnUntakenFileWaitsTheAllowance() throws Exception {
    InFlightFile f = new InFlightFile(1, Path.of("b.txt"));
    later(20, f, frame(WorkerProtocol.STAGE, "ingest"));
    later(60, f, frame(WorkerProtocol.SUMMARY, "x")); // unreadable: the summary is null
    later(60, f, frame(WorkerProtocol.WRITTEN, ""));
    assertEquals(InFlightFile.Outcome.ANSWERED, f.await(Duration.ofSeconds(20), STARTUP));
    assertTrue(f.reply().written());

    InFlightFile never = new InFlightFile(2, Path.of("c.txt"));
    long t0 = System.nanoTime();
    assertEquals(InFlightFile.Outcome.NOT_TAKEN,
        never.await(Duration.ofMillis(200), Duration.ofMillis(300)));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms >= 500, ms + " ms");
  }
}
