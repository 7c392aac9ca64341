package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@link SerializedDocument#writeTo} puts an output in place: new (its folders made), over an
 * earlier output of the same name, over a {@code .part} file a dead writer left, and with a folder
 * (never removed: the write fails and leaves no {@code .part}) or a link in the way (the link is
 * replaced, its target kept).
 */
class SerializedDocumentWriteTest {
  @TempDir Path dir;

  private static SerializedDocument json(String text) {
    return new SerializedDocument(text.getBytes(StandardCharsets.UTF_8), 1, List.of());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Path part(Path output) {
    return output.resolveSibling(output.getFileName() + ".part");
  }

  /** Writes {@code text} to {@code out}: then the file holds it and no {@code .part} is left. */
  private static void assertWritten(String text, Path out) throws IOException {
    json(text).writeTo(out);
    assertArrayEquals(utf8(text), Files.readAllBytes(out), out.toString());
    assertFalse(Files.exists(part(out)), "a .part file left beside " + out);
  }

  @Test
  void aNewOutputIsWrittenWithItsFolders() throws IOException {
    Path out = dir.resolve("a/b/报告.json");
    assertWritten("{\"单位\":\"某县民政局\"}\n", out);
  }

  @Test
  void anEarlierOutputIsReplacedWhole() throws IOException {
    Path out = dir.resolve("r.json");
    Files.writeString(out, "{\"old\":\"" + "x".repeat(100_000) + "\"}\n");
    assertWritten("{\"new\":1}\n", out);
    assertWritten("{\"new\":2}\n", out); // again over the one just written: a third run
    try (var files = Files.list(dir)) {
      assertEquals(List.of(out), files.toList());
    }
  }

  @Test
  void aPartFileLeftByADeadWriterIsReplaced() throws IOException {
    Path out = dir.resolve("p.json");
    Files.writeString(part(out), "{\"half");
    Files.writeString(out, "{\"old\":1}\n");
    assertWritten("{\"new\":3}\n", out);
  }

  @Test
  void anEmptyFolderInTheWayStaysAndTheWriteFails() throws IOException {
    Path out = dir.resolve("f.json");
    Files.createDirectory(out);
    assertThrows(IOException.class, () -> json("{}\n").writeTo(out));
    assertTrue(Files.isDirectory(out), "the folder must not be removed");
    try (var files = Files.list(out)) {
      assertEquals(0, files.count());
    }
    assertFalse(Files.exists(part(out)));
  }

  @Test
  void aLinkInTheWayIsReplacedAndItsTargetKept() throws IOException {
    Path target = dir.resolve("target.json");
    Files.writeString(target, "{\"target\":1}\n");
    Path out = dir.resolve("l.json");
    try {
      Files.createSymbolicLink(out, target);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here: " + e);
    }
    json("{\"new\":4}\n").writeTo(out);
    assertFalse(Files.isSymbolicLink(out));
    assertTrue(Files.isRegularFile(out, LinkOption.NOFOLLOW_LINKS));
    assertArrayEquals(utf8("{\"new\":4}\n"), Files.readAllBytes(out));
    assertArrayEquals(utf8("{\"target\":1}\n"), Files.readAllBytes(target));
  }
}
