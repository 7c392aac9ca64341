package org.ziping.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.report.ReportJson;

/**
 * The shape of {@code bench-index}'s "cpu" phase (not its speed): one thread, distinct queries
 * without the result cache, the warm-up round left out, CPU and allocation per search in the
 * table and in {@code --json}.
 */
class IndexBenchCpuPhaseTest {
  @Test
  void reportsCpuAndAllocationPerSearchOfTheCountedRounds(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("bench.json");
    List<String> args = new ArrayList<>(List.of("bench-index", "--phases", "cpu", "--seconds",
        "1", "--threads", "1", "--keep", dir.resolve("idx").toString(), "--json",
        json.toString()));
    Seeds.extractedSeeds().forEach(p -> args.add(p.toString()));
    BenchRun run = BenchRun.of(args.toArray(String[]::new));
    assertEquals(0, run.code(), run.out());
    JsonNode search = ReportJson.mapper().readTree(json.toFile()).get("search");
    assertTrue(search.get("distinct") == null, "only the phase asked for runs: " + search);
    JsonNode cpu = search.get("cpu");
    assertTrue(cpu.get("queries").asInt() > 0 && cpu.get("queries").asInt() <= 300, cpu.toString());
    assertTrue(cpu.get("rounds").asInt() >= 2, "three rounds at least, the first not counted: " + cpu);
    double fastest = cpu.get("fastestRoundCpuMsPerSearch").asDouble();
    assertTrue(fastest > 0 && fastest <= cpu.get("medianRoundCpuMsPerSearch").asDouble(), cpu.toString());
    assertTrue(cpu.get("allocatedKbPerSearch").asLong() > 0, cpu.toString());
    assertTrue(run.out().contains("search, one thread, "), run.out());
  }
}
