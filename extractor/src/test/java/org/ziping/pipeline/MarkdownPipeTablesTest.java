package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;

/**
 * A report exported as markdown, its tables written with pipes ({@code | 投入 | 20 | 19 |}), is
 * audited as the same report with its tables written with tabs: the project table's rate of
 * actual ÷ initial budget, the score above its maximum and the item scores that miss the total are
 * found in both (before pipe tables were read, only the prose's part sum was).
 */
class MarkdownPipeTablesTest {
  @TempDir
  Path dir;

  private static List<String> findings(ExtractedDocument d) {
    List<String> out = new ArrayList<>();
    for (Finding f : d.reports().get(0).findings()) {
      out.add(f.rule() + " " + f.severity().json() + " " + f.message());
    }
    return out.stream().sorted().toList();
  }

  @Test
  void pipeTablesAreAuditedAsTabTables() throws Exception {
    Path piped = Path.of(getClass().getResource("/pipeline/markdown-pipe-tables-department.txt")
        .toURI());
    StringBuilder tabs = new StringBuilder();
    for (String line : Files.readAllLines(piped)) {
      String t = line.strip();
      if (t.startsWith("|") && t.endsWith("|")) {
        line = String.join("\t", t.substring(1, t.length() - 1).split("\\|", -1)).replace(" \t ",
            "\t").strip();
      }
      tabs.append(line).append('\n');
    }
    Path tabbed = dir.resolve("tabbed.txt");
    Files.writeString(tabbed, tabs);
    StandardExtraction x = new StandardExtraction();
    List<String> fromPipes = findings(x.extract(piped));
    List<String> fromTabs = findings(x.extract(tabbed));
    assertEquals(fromTabs, fromPipes);
    List<String> rules = fromPipes.stream().map(f -> f.substring(0, f.indexOf(' ', f.indexOf(' ') + 1)))
        .toList();
    assertTrue(rules.contains("EXEC_RATE_MISMATCH error"), fromPipes.toString());
    assertTrue(rules.contains("SCORE_ABOVE_MAX error"), fromPipes.toString());
    assertTrue(rules.contains("SCORE_SUM_MISMATCH error"), fromPipes.toString());
    assertTrue(fromPipes.stream().anyMatch(f -> f.startsWith("EXEC_RATE_MISMATCH")
        && f.contains("年初预算数")), "the rate is actual ÷ initial budget: " + fromPipes);
  }
}
