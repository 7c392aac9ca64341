package org.ziping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.testing.Corpus;

/** The audit command: formats, extracted JSON as input, exit codes and the stderr summary. */
class AuditCommandTest {

  private static int run(StringWriter out, StringWriter err, String... args) {
    var cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void htmlReportIsOneEscapedPageWithTheFindings(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("audit.html");
    StringWriter err = new StringWriter();
    int code = run(new StringWriter(), err, "audit", Corpus.file("004", "txt").toString(),
        "--format", "html", "-o", html.toString());
    assertEquals(Main.EXIT_OK, code, err.toString());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains("PART_SUM_MISMATCH") && page.contains("VALUE_CONFLICT"));
    assertTrue(page.contains("206.32"));
    assertFalse(page.contains("<script src") || page.contains("<link "), "self-contained");
    assertTrue(err.toString().contains("1 files, 1 reports"), err.toString());
  }

  @Test
  void extractedJsonIsAuditedAsReadAndFailuresSetTheExitCode(@TempDir Path dir) throws Exception {
    StringWriter err = new StringWriter();
    assertEquals(Main.EXIT_OK, run(new StringWriter(), err, "extract",
        Corpus.file("000", "txt").toString(), "-o", dir.toString()), err.toString());
    Path json = Files.list(dir).filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
    Files.writeString(dir.resolve("broken.json"), "{ not json");
    StringWriter out = new StringWriter();
    StringWriter err2 = new StringWriter();
    int code = run(out, err2, "audit", json.toString(), dir.resolve("broken.json").toString(),
        "--format", "md");
    assertEquals(Main.EXIT_INPUT_FAILED, code);
    assertTrue(out.toString().contains("SCORE_SUM_MISMATCH"), out.toString());
    assertTrue(err2.toString().contains("broken.json: not a report JSON"), err2.toString());
  }

  @Test
  void badUsageExitsTwo() {
    assertEquals(Main.EXIT_USAGE, run(new StringWriter(), new StringWriter(), "audit", "--format",
        "docx", "x.txt"));
    assertEquals(Main.EXIT_USAGE, run(new StringWriter(), new StringWriter(), "audit", "--format",
        "xlsx", "x.txt"), "xlsx needs -o");
    assertEquals(Main.EXIT_USAGE, run(new StringWriter(), new StringWriter(), "audit", "--lang",
        "fr", "x.txt"));
  }
}
