package org.ziping.pipeline;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The supervisor's end of one worker JVM's {@link WorkerProtocol}: requests out, frames in, and
 * how the worker ended. Two kinds: a child process of this JVM ({@link WorkerProcess}: stdin and
 * stdout, started for the batch) and a worker kept warm between batches ({@link KeptWorker}: a
 * loopback socket to a JVM that outlives its starter).
 */
interface WorkerChannel {
  /** The worker JVM's process id. */
  long pid();

  /**
   * Sends one file, with the output file the worker is to write its JSON to (null: the answer
   * carries it); safe from several threads.
   */
  void send(int id, Path file, Path output) throws IOException;

  /** Waits for the worker's first bytes of the protocol (the session's reading thread). */
  void awaitHello() throws IOException;

  /** The next answer frame (one reading thread); an exception once the worker has gone. */
  WorkerProtocol.Frame read() throws IOException;

  /** Why the worker ended, once its answers have ended with files in flight. */
  WorkerDeath death();

  /** Ends the worker at once (a file over its time budget). */
  void kill();

  /** Ends this batch's use of the worker once its files are answered. */
  void close();
}
