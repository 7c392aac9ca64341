package org.ziping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private long now;

  @Test
  void plainLinesEveryIntervalWithRateAndEta() {
    StringWriter w = new StringWriter();
    Progress p = new Progress(new PrintWriter(w), "extract", 100, false, 10, () -> now);
    for (int i = 0; i < 100; i++) {
      now += 500_000_000L; // 2 items per second
      p.step();
    }
    p.finish();
    String[] lines = w.toString().split("\n");
    assertEquals(5, lines.length, w.toString()); // at 10, 20, 30, 40, 50 s
    assertEquals("extract: 20/100, 2.0/s, elapsed 10s, left 40s", lines[0]);
    assertEquals("extract: 100/100, 2.0/s, elapsed 50s, left -", lines[4]);
  }

  @Test
  void shortBatchPrintsNothing() {
    StringWriter w = new StringWriter();
    Progress p = new Progress(new PrintWriter(w), "index", 3, true, 2, () -> now);
    for (int i = 0; i < 3; i++) {
      now += 100_000_000L;
      p.step();
    }
    p.finish();
    assertEquals("", w.toString());
  }

  @Test
  void terminalBarRedrawnInPlace() {
    StringWriter w = new StringWriter();
    Progress p = new Progress(new PrintWriter(w), "audit", 10, true, 2, () -> now);
    for (int i = 0; i < 10; i++) {
      now += 1_000_000_000L;
      p.step();
    }
    p.finish();
    String s = w.toString();
    assertTrue(s.startsWith("\raudit [####"), s);
    assertTrue(s.contains("10/10, 1.0/s, elapsed 10s, left -"), s);
    assertTrue(s.endsWith("\n"), s);
    assertEquals(1, s.split("\n", -1).length - 1, "one line in all: " + s);
  }

  @Test
  void durations() {
    assertEquals("59s", Progress.duration(59.2));
    assertEquals("2m05s", Progress.duration(125));
    assertEquals("1h01m", Progress.duration(3660));
  }
}
