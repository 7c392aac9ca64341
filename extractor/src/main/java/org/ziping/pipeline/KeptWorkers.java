package org.ziping.pipeline;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Worker JVMs kept warm between batches ({@code extract --keep-worker}), as Gradle keeps its
 * daemon: a fresh worker runs the parse at about half the speed of one whose JIT compiler has
 * finished (docs/speed.md, "Worker JVMs"), so a batch that finds a kept worker skips its start
 * and its warm-up. The per-file budgets are the same as with a worker of one batch: a file over
 * its time budget kills the kept worker, a file that exhausts its heap ends it, and the next batch
 * starts another.
 *
 * <p>Algorithm: a worker is kept per command ({@link WorkerCommand}: class path and the jars'
 * sizes and times, OCR mode, text limit, threads, heap, options), under a registry file in
 * {@code dir} named by a digest of the command. A batch reads the registry; when it names a live
 * worker, it connects to its loopback port, sends the token and its folder, and uses it if the
 * worker greets within {@link #GREETING} (a worker busy with another batch does not: that batch
 * then runs a worker of its own, not kept). When no live worker is registered, or nothing listens
 * on the registered port (its process id now names another process), it starts one (its
 * stderr appended to a log beside the registry file, its stdout read for its endpoint only) that
 * serves this batch and waits {@code idle} for the next ({@link KeptWorkerServer}). A kept worker
 * compiles with the JVM's tiered compilation: its C2 code serves every later batch.
 *
 * <p>Limits: the kept JVM holds its heap while it waits (collected after each batch); it is in
 * the starter's process group, so an interrupt of the terminal ends it too; its stderr goes to
 * its log, not to the batch's debug log; a batch that ends it by a file over budget pays the next
 * start. A new jar (another size or time) never meets an old worker: the old one ends when idle.
 */
public final class KeptWorkers {
  private static final Logger WORKER_LOG = LoggerFactory.getLogger("org.ziping.worker");
  /** How long a kept worker may take to greet a batch before the batch uses a worker of its own. */
  static final Duration GREETING = Duration.ofSeconds(2);
  /** How long a new kept worker may take to start and warm up. */
  private static final Duration START = Duration.ofSeconds(120);

  private final Path dir;
  private final Duration idle;

  /** Workers registered in {@code dir}, each waiting {@code idle} for the next batch. */
  public KeptWorkers(Path dir, Duration idle) {
    if (idle.isNegative() || idle.isZero()) {
      throw new IllegalArgumentException("the idle time of a kept worker must be positive");
    }
    this.dir = dir;
    this.idle = idle;
  }

  /**
   * A connection to the kept worker of {@code command}: the registered one, or a new one; empty
   * when the registered one is busy with another batch (the caller then runs a worker of its
   * own).
   */
  Optional<WorkerChannel> connect(WorkerCommand command) throws IOException {
    WorkerCommand kept = command.kept();
    Path registry = dir.resolve(key(kept) + ".worker");
    Optional<KeptWorkerEndpoint> registered = KeptWorkerEndpoint.read(registry);
    if (registered.isPresent() && registered.get().alive()) {
      try {
        return Optional.of(KeptWorker.connect(registered.get(), registry, GREETING));
      } catch (ConnectException e) {
        // nothing listens there: the process of that id is another one now; start a worker
        WORKER_LOG.debug("kept worker {} no longer listens: {}", registered.get().pid(),
            e.toString());
      } catch (IOException e) {
        WORKER_LOG.debug("kept worker {} did not take this batch: {}", registered.get().pid(),
            e.toString());
        return Optional.empty();
      }
    }
    return Optional.of(KeptWorker.connect(start(kept, registry), registry, START));
  }

  /** Starts a kept worker and reads its endpoint from its first line of stdout. */
  private KeptWorkerEndpoint start(WorkerCommand kept, Path registry) throws IOException {
    Files.createDirectories(dir);
    List<String> line = kept.line(List.of(
        "-D" + KeptWorkerServer.REGISTRY_PROPERTY + "=" + registry.toAbsolutePath(),
        "-D" + KeptWorkerServer.IDLE_PROPERTY + "=" + idle.toSeconds()));
    ProcessBuilder pb = new ProcessBuilder(line)
        .redirectError(ProcessBuilder.Redirect.appendTo(logOf(registry).toFile()));
    Process p = pb.start();
    p.getOutputStream().close(); // a kept worker reads its batches from its socket
    CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII))) {
        return r.readLine(); // its endpoint; stdout is not used after it
      } catch (IOException e) {
        return null;
      }
    });
    String announced;
    try {
      announced = first.get(START.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IOException("interrupted while a kept worker started");
    } catch (ExecutionException | TimeoutException e) {
      p.destroyForcibly();
      throw new IOException("a kept worker did not start within " + START.toSeconds() + " s");
    }
    Optional<KeptWorkerEndpoint> e = KeptWorkerEndpoint.parse(announced);
    if (e.isEmpty()) {
      p.destroyForcibly();
      throw new IOException("a kept worker ended before it listened (its messages are in "
          + logOf(registry) + ")");
    }
    WORKER_LOG.debug("kept worker {} started: {}", e.get().pid(), line);
    return e.get();
  }

  /** The log file of the kept worker of {@code registry}. */
  static Path logOf(Path registry) {
    return registry.resolveSibling(registry.getFileName() + ".log");
  }

  /** A digest of what a worker's command does, with the size and time of each class path jar. */
  private static String key(WorkerCommand kept) {
    StringBuilder sb = new StringBuilder(String.join("\u0000", kept.line(List.of())));
    for (String entry : kept.classPath().split(File.pathSeparator)) {
      Path p = Path.of(entry);
      try {
        sb.append('\u0000').append(Files.size(p)).append('@')
            .append(Files.getLastModifiedTime(p).toMillis());
      } catch (IOException | RuntimeException e) {
        sb.append('\u0000').append("missing ").append(entry);
      }
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256")
          .digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
