package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.ingest.IngestConfig;

/** The worker JVM's command line: its options as the kernel and the batch call for them. */
class WorkerCommandTest {
  @TempDir
  Path dir;

  private boolean onRequest(String setting) throws Exception {
    Path f = dir.resolve("enabled");
    Files.writeString(f, setting + "\n");
    return WorkerCommand.hugePagesOnRequest(f);
  }

  @Test
  void hugePagesAreAskedForOnlyWhereTheKernelGivesThemOnRequest() throws Exception {
    assertTrue(onRequest("always [madvise] never"));
    assertFalse(onRequest("[always] madvise never"), "given anyway: nothing to ask");
    assertFalse(onRequest("always madvise [never]"), "the JVM would warn on every start");
    assertFalse(WorkerCommand.hugePagesOnRequest(dir.resolve("missing")), "no THP, not Linux");
  }

  @Test
  void theLineAsksForHugePagesAsTheKernelSettingSays() {
    WorkerCommand c = new WorkerCommand("cp.jar", "Main", IngestConfig.defaults(), 2, 512, true);
    List<String> line = c.line(List.of());
    assertEquals(WorkerCommand.HUGE_PAGES_ON_REQUEST,
        line.contains("-XX:+UseTransparentHugePages"), String.join(" ", line));
    assertTrue(line.contains("-Xmx1024m"), String.join(" ", line));
    assertTrue(line.indexOf("-XX:+UseSerialGC") < line.indexOf("-cp"), String.join(" ", line));
  }
}
