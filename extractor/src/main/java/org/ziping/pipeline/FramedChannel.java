package org.ziping.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The part of a {@link WorkerChannel} that is the same over a process's pipes and over a socket:
 * requests written to one stream (by any thread, one at a time) and answer frames read from the
 * other (by the session's reading thread), in {@link WorkerProtocol}.
 */
abstract class FramedChannel implements WorkerChannel {
  /** The request stream; writers hold its lock. */
  final DataOutputStream requests;
  /** The answer stream, read by one thread. */
  final DataInputStream answers;

  FramedChannel(OutputStream requests, InputStream answers) {
    this.requests = new DataOutputStream(new BufferedOutputStream(requests));
    this.answers = new DataInputStream(new BufferedInputStream(answers, 1 << 16));
  }

  @Override
  public final void send(int id, Path file, Path output) throws IOException {
    synchronized (requests) {
      WorkerProtocol.writeRequest(requests, id, file.toString(),
          output == null ? "" : output.toAbsolutePath().toString());
      requests.flush();
    }
  }

  @Override
  public final WorkerProtocol.Frame read() throws IOException {
    return WorkerProtocol.readFrame(answers);
  }
}
