package org.ziping.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The class-data sharing options of one worker JVM (AppCDS, JDK 13+ dynamic archives): with the
 * system property {@value #PROPERTY} naming an archive (the launcher sets it; the class path must
 * be a jar, which it is there), a worker maps the classes recorded in it instead of loading and
 * verifying them again; when the archive is missing, one worker of this JVM at a time records it
 * when it ends normally, into a file of its own that is then moved into place ({@link #finish}).
 * A missing, stale or unusable archive is ignored by the JVM (its messages are turned off); a
 * killed worker writes no archive, and the next worker started records it instead.
 */
final class WorkerClassData {
  /** The system property naming the workers' class-data archive. */
  static final String PROPERTY = "ziping.worker.cds";
  private static final Logger LOG = LoggerFactory.getLogger("org.ziping.worker");
  /** One worker per JVM records the archive. */
  private static final AtomicBoolean RECORDING = new AtomicBoolean();

  private final List<String> options;
  private Path recording;
  private Path recordingTmp;

  private WorkerClassData(List<String> options, Path recording, Path recordingTmp) {
    this.options = options;
    this.recording = recording;
    this.recordingTmp = recordingTmp;
  }

  /** The options of the next worker to start. */
  static WorkerClassData forNextWorker() {
    String name = System.getProperty(PROPERTY);
    if (name == null || name.isBlank()) {
      return new WorkerClassData(List.of(), null, null);
    }
    Path archive = Path.of(name);
    List<String> opts = new ArrayList<>(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
    if (Files.isRegularFile(archive)) {
      opts.add("-XX:SharedArchiveFile=" + archive);
    } else if (archive.getParent() != null && Files.isDirectory(archive.getParent())
        && RECORDING.compareAndSet(false, true)) {
      Path tmp = archive.resolveSibling(archive.getFileName() + "."
          + ProcessHandle.current().pid() + ".tmp");
      opts.add("-XX:ArchiveClassesAtExit=" + tmp);
      return new WorkerClassData(opts, archive, tmp);
    }
    return new WorkerClassData(opts, null, null);
  }

  List<String> options() {
    return options;
  }

  /** Whether this worker records the archive (it takes a second or two more to end). */
  boolean records() {
    return recording != null;
  }

  /** Moves the archive recorded at a normal end into place, or drops a partial one. */
  synchronized void finish(boolean normalEnd) {
    if (recording == null) {
      return;
    }
    try {
      if (normalEnd && Files.size(recordingTmp) > 0) {
        Files.move(recordingTmp, recording, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      LOG.debug("class-data archive {} not kept: {}", recording, e.toString());
    } finally {
      try {
        Files.deleteIfExists(recordingTmp);
      } catch (IOException e) {
        // a stale temporary file; the next recording uses another name
      }
      recording = null;
      RECORDING.set(false);
    }
  }
}
