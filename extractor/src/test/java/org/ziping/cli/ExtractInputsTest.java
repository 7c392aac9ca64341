package org.ziping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.testing.Corpus;

/**
 * Nothing is silently skipped or overwritten: a folder given as a symbolic link is walked, a folder
 * without input files is a failure, files of the same name in different folders keep their paths
 * under {@code -o}, and names that would still clash are refused before anything is written.
 */
class ExtractInputsTest {

  private static int run(StringWriter err, String... args) {
    var cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void aSymlinkedFolderIsWalkedAndSameNamesKeepTheirFolders(@TempDir Path dir) throws Exception {
    Path real = Files.createDirectories(dir.resolve("real"));
    Files.createDirectories(real.resolve("a"));
    Files.createDirectories(real.resolve("b"));
    Files.copy(Corpus.file("004", "txt"), real.resolve("a/report.txt"));
    Files.copy(Corpus.file("002", "txt"), real.resolve("b/report.txt"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    Path out = dir.resolve("out");
    StringWriter err = new StringWriter();
    int code = run(err, "extract", link.toString(), "-o", out.toString(), "--in-process");
    assertEquals(Main.EXIT_OK, code, err.toString());
    assertTrue(err.toString().contains("2 files, 2 reports, 0 failed"), err.toString());
    assertTrue(Files.isRegularFile(out.resolve("a/report.txt.json")));
    assertTrue(Files.isRegularFile(out.resolve("b/report.txt.json")));
    assertTrue(Files.readString(out.resolve("a/report.txt.json")).contains(
        link.resolve("a/report.txt").toString()), "the path as given (under the link)");
  }

  @Test
  void clashingOutputNamesAreRefusedBeforeWriting(@TempDir Path dir) throws Exception {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.copy(Corpus.file("004", "txt"), a.resolve("report.txt"));
    Files.copy(Corpus.file("002", "txt"), b.resolve("report.txt"));
    Path out = dir.resolve("out");
    StringWriter err = new StringWriter();
    int code = run(err, "extract", a.resolve("report.txt").toString(),
        b.resolve("report.txt").toString(), "-o", out.toString(), "--in-process");
    assertEquals(Main.EXIT_USAGE, code, err.toString());
    assertTrue(err.toString().contains("clash"), err.toString());
    assertFalse(Files.exists(out.resolve("report.txt.json")), "something was written");
  }

  @Test
  void aFolderWithoutInputFilesFails(@TempDir Path dir) throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("README.md"), "notes");
    StringWriter err = new StringWriter();
    int code = run(err, "extract", empty.toString(), "--in-process");
    assertEquals(Main.EXIT_INPUT_FAILED, code, err.toString());
    assertTrue(err.toString().contains("a folder holding no input files"), err.toString());
  }
}
