package org.ziping.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The worker side of a kept worker ({@link KeptWorkers}): after its warm-up the worker JVM
 * listens on a loopback port, tells its starter where (one line on stdout, then stdout is not
 * used again) and writes the same to its registry file; then it serves one batch after the
 * other, each over a connection of its own that begins with the endpoint's token and the
 * caller's folder (relative paths are read against it and reported as given), with the same
 * {@link WorkerDispatcher} and {@link WorkerProtocol} as a worker on stdin and stdout. Between
 * batches it collects its garbage; it ends when no batch has come for the idle time, or when a
 * batch's file was still running after the dispatcher's grace time (a thread that cannot be
 * stopped must not outlive its batch), and deletes its registry file if it still names it.
 *
 * <p>Limits: one batch at a time; a second caller meanwhile gets no answer to its token and uses
 * a worker of its own. The supervisor kills the whole JVM for a file over its time budget, and
 * the memory guards ({@code -XX:+ExitOnOutOfMemoryError}, {@link HeapBudgetGuard}) end it as they
 * end any worker: the next batch starts another.
 */
final class KeptWorkerServer {
  /** The system property naming the registry file: its presence makes a worker a kept one. */
  static final String REGISTRY_PROPERTY = "ziping.worker.keep";
  /** The system property of the idle time in seconds. */
  static final String IDLE_PROPERTY = "ziping.worker.idle";
  /** How long a caller has to send the token once connected. */
  private static final int TOKEN_MILLIS = 5_000;

  private KeptWorkerServer() {}

  /** The registry file this JVM was started with, or null for a worker of one batch. */
  static Path registry() {
    String p = System.getProperty(REGISTRY_PROPERTY);
    return p == null || p.isBlank() ? null : Path.of(p);
  }

  /** Serves batches until the idle time passes; {@code announce} is the JVM's stdout. */
  static void serve(Path registry, int threads, Supplier<StagedExtraction> perThread,
                    OutputStream announce) throws IOException {
    Duration idle = Duration.ofSeconds(Long.getLong(IDLE_PROPERTY, 600L));
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      KeptWorkerEndpoint me = KeptWorkerEndpoint.of(server.getLocalPort());
      me.write(registry);
      try {
        announce.write((me.line() + "\n").getBytes(StandardCharsets.US_ASCII));
        announce.close();
        server.setSoTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, idle.toMillis())));
        while (true) {
          Socket s;
          try {
            s = server.accept();
          } catch (SocketTimeoutException e) {
            return; // idle for too long
          }
          s.setTcpNoDelay(true); // frames are flushed whole; see KeptWorker#connect
          if (!batch(s, me.token(), threads, perThread)) {
            return;
          }
          System.gc(); // give the batch's heap back before waiting
        }
      } finally {
        me.deleteIfNamed(registry);
      }
    }
  }

  /** One batch; false when a file was still running at its end. */
  private static boolean batch(Socket s, String token, int threads,
                               Supplier<StagedExtraction> perThread) {
    try (s) {
      s.setSoTimeout(TOKEN_MILLIS);
      DataInputStream in = new DataInputStream(new BufferedInputStream(s.getInputStream()));
      DataOutputStream out = new DataOutputStream(
          new BufferedOutputStream(s.getOutputStream(), 1 << 16));
      if (!token.equals(in.readUTF())) {
        return true;
      }
      Path callerFolder = Path.of(in.readUTF());
      s.setSoTimeout(0);
      WorkerProtocol.writeHello(out);
      return new WorkerDispatcher(threads, perThread, out, callerFolder).serve(in);
    } catch (IOException e) {
      return true; // the caller went away before or during its batch: wait for the next
    }
  }
}
