package org.ziping.pipeline;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This batch's connection to a kept worker ({@link KeptWorkers}, {@link KeptWorkerServer}): the
 * requests and frames of {@link WorkerProtocol} over a loopback socket. Closing it ends the batch,
 * not the worker; killing it ends the worker's process (a file over its time budget) and its
 * registry entry. When the connection ends with files in flight, the worker's exit status cannot
 * be read ({@link WorkerDeath#NOT_A_CHILD}), so those files run again alone.
 */
final class KeptWorker extends FramedChannel {
  private static final Logger WORKER_LOG = LoggerFactory.getLogger("org.ziping.worker");

  private final Socket socket;
  private final KeptWorkerEndpoint endpoint;
  private final Path registry;

  private KeptWorker(Socket socket, KeptWorkerEndpoint endpoint, Path registry)
      throws IOException {
    super(socket.getOutputStream(), socket.getInputStream());
    this.socket = socket;
    this.endpoint = endpoint;
    this.registry = registry;
  }

  /**
   * Connects to the worker at {@code endpoint} and waits up to {@code hello} for its greeting: a
   * worker busy with another batch does not answer in time, and an {@link IOException} says so.
   */
  static KeptWorker connect(KeptWorkerEndpoint endpoint, Path registry, Duration hello)
      throws IOException {
    Socket s = new Socket();
    try {
      // every frame is flushed as a whole: Nagle's algorithm would hold a file's small answer
      // back until the peer's delayed acknowledgement (about 40 ms a file on Linux)
      s.setTcpNoDelay(true);
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), endpoint.port()),
          (int) hello.toMillis());
      KeptWorker w = new KeptWorker(s, endpoint, registry);
      w.requests.writeUTF(endpoint.token());
      w.requests.writeUTF(Path.of("").toAbsolutePath().toString()); // relative paths' folder
      w.requests.flush();
      s.setSoTimeout((int) hello.toMillis());
      WorkerProtocol.readHello(w.answers);
      s.setSoTimeout(0);
      WORKER_LOG.debug("kept worker {} takes this batch", endpoint.pid());
      return w;
    } catch (IOException | RuntimeException e) {
      s.close();
      throw e instanceof IOException io ? io : new IOException(e);
    }
  }

  @Override
  public long pid() {
    return endpoint.pid();
  }

  @Override
  public void awaitHello() {
    // read by connect(): a kept worker that does not greet is not used
  }

  @Override
  public WorkerDeath death() {
    ProcessHandle.of(endpoint.pid()).ifPresent(p -> {
      try {
        p.onExit().get(5, TimeUnit.SECONDS);
      } catch (Exception e) {
        // alive or unknown: it is killed below
      }
    });
    kill();
    return new WorkerDeath(WorkerDeath.NOT_A_CHILD, List.of("the kept worker " + endpoint.pid()
        + " ended (its messages are in " + KeptWorkers.logOf(registry) + ")"));
  }

  @Override
  public void kill() {
    ProcessHandle.of(endpoint.pid()).ifPresent(p -> {
      p.destroyForcibly();
      try {
        p.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        // it ends on its own time; its registry entry goes now
      }
    });
    endpoint.deleteIfNamed(registry);
    closeSocket();
  }

  @Override
  public void close() {
    try {
      synchronized (requests) {
        requests.flush();
        socket.shutdownOutput(); // the end of this batch: the worker waits for the next
      }
    } catch (IOException e) {
      // the worker has gone: the next batch starts another
    }
    closeSocket();
  }

  private void closeSocket() {
    try {
      socket.close();
    } catch (IOException e) {
      // closed already
    }
  }
}
