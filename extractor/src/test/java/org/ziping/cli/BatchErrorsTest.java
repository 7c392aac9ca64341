package org.ziping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.testing.Corpus;

/**
 * A batch with unreadable files: each gets an error naming the file and the reason, the readable
 * file is still processed, and the exit status is 1.
 */
class BatchErrorsTest {

  @Test
  void unreadableFilesAreReportedAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
    byte[] pdf = Files.readAllBytes(Corpus.file("004", "pdf"));
    Path truncated = dir.resolve("a_truncated.pdf");
    Files.write(truncated, java.util.Arrays.copyOf(pdf, 1500));
    Path emptyDocx = dir.resolve("b_empty.docx");
    Files.write(emptyDocx, new byte[0]);
    byte[] junk = new byte[4096];
    new Random(42).nextBytes(junk);
    Path junkTxt = dir.resolve("c_junk.txt");
    Files.write(junkTxt, junk);
    Path good = dir.resolve("d_good.txt");
    Files.copy(Corpus.file("004", "txt"), good);

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("blocks", dir.toString());

    assertEquals(Main.EXIT_INPUT_FAILED, code, err.toString());
    String e = err.toString();
    assertTrue(e.contains(truncated + ": ") && e.toLowerCase().contains("pdf"), e);
    assertTrue(e.contains(emptyDocx + ": empty file"), e);
    assertTrue(e.contains(junkTxt + ": ") && e.contains("binary"), e);
    assertTrue(out.toString().contains("d_good.txt"), "the readable file was not processed");
    assertTrue(e.contains("1 files read, 3 failed"), e);
  }
}
