package org.ziping.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.report.ReportJson;

/**
 * The shape of {@code bench}'s default scenario (not its speed): per format, the bare library's
 * rate, ours and their ratio at 1 thread and at N, in the table and in {@code --json}.
 */
class BareBenchTest {
  @Test
  void reportsBareAndOurRatesAtOneAndNThreads(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("bench.json");
    BenchRun run = BenchRun.of("bench", "--rounds", "1", "--warmup", "0", "--threads", "2",
        "--json", json.toString(), Seeds.corpusFile("004", "txt").toString(),
        Seeds.corpusFile("004", "docx").toString());
    String out = run.out();
    assertEquals(0, run.code(), out);
    JsonNode figures = ReportJson.mapper().readTree(json.toFile()).get("extractVersusBare");
    assertEquals("POI XWPFWordExtractor", figures.get("docx").get("bare").asText());
    assertEquals("Files.readString", figures.get("txt").get("bare").asText());
    for (String format : new String[] {"txt", "docx"}) {
      for (String threads : new String[] {"threads1", "threads2"}) {
        JsonNode r = figures.get(format).get(threads);
        assertTrue(r.get("bare").asDouble() > 0 && r.get("extract").asDouble() > 0, format + r);
        assertEquals(r.get("extract").asDouble() / r.get("bare").asDouble(),
            r.get("ratio").asDouble(), 1e-9, format + r);
      }
    }
    assertTrue(out.lines().anyMatch(l -> l.startsWith("docx") && l.contains(" 2 ")),
        out);
  }
}
