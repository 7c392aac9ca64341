package org.ziping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  /**
   * The worker JVM writes each file's JSON itself; where it cannot (the output name is taken by a
   * folder that is not empty), the file fails with the output's name and the reason, the other
   * file is written, and no half-written file is left.
   */
  @Test
  void anOutputThatCannotBeWrittenFailsItsFileAndTheBatchGoesOn(@TempDir Path dir)
      throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Corpus.file("004", "txt"), in.resolve("a.txt"));
    Files.copy(Corpus.file("002", "txt"), in.resolve("b.txt"));
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("b.txt.json"));
    Files.writeString(out.resolve("b.txt.json/keep"), "not to be replaced");
    StringWriter err = new StringWriter();
    int code = run(err, "extract", in.toString(), "-o", out.toString(), "--threads", "2");
    assertEquals(Main.EXIT_INPUT_FAILED, code, err.toString());
    assertTrue(err.toString().contains(in.resolve("b.txt") + ": output: cannot write "
        + out.resolve("b.txt.json").toAbsolutePath()), err.toString());
    assertTrue(err.toString().contains("2 files, 1 reports, 1 failed"), err.toString());
    assertTrue(Files.readString(out.resolve("a.txt.json")).contains("\"reports\""));
    assertTrue(Files.isRegularFile(out.resolve("b.txt.json/keep")));
    try (var left = Files.list(out)) {
      assertEquals(List.of(), left.filter(p -> p.toString().endsWith(".part")).toList());
    }
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
