package org.ziping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.ziping.testing.Corpus;

/** {@code --ocr}: the modes in any case, a clear usage error otherwise, and OCR off on a scan. */
class OcrOptionTest {

  private static int run(StringWriter out, StringWriter err, String... args) {
    var cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void modesAreReadInAnyCase() {
    OcrOption.Mode m = new OcrOption.Mode();
    assertEquals(org.ziping.ingest.OcrMode.ALWAYS, m.convert("ALWAYS"));
    assertEquals(org.ziping.ingest.OcrMode.NEVER, m.convert(" never"));
    assertEquals(org.ziping.ingest.OcrMode.AUTO, m.convert("Auto"));
  }

  @Test
  void anUnknownModeIsAUsageError() {
    StringWriter err = new StringWriter();
    int code = run(new StringWriter(), err, "blocks", "--ocr", "sometimes",
        Corpus.file("002", "txt").toString());
    assertEquals(2, code, err.toString());
    assertTrue(err.toString().contains("'sometimes' is not one of auto, always, never"),
        err.toString());
  }

  @Test
  void ocrNeverOnTheScanGivesTheWarningAndNoReport() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    run(out, err, "extract", "--ocr", "never", Corpus.scan("002").toString());
    assertTrue(err.toString().contains("no text layer (scanned?); OCR is off"), err.toString());
    // nothing was read: no report (an empty one would be indexed), the reason in errors
    assertTrue(out.toString().contains("\"reports\" : [ ]")
        && !out.toString().contains("正宁县"), out.toString());
  }
}
