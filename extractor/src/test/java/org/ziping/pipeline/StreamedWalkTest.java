package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.ingest.FormatDetector;

/**
 * The streamed walk hands out what a walk that detects every file first takes, in the same
 * order: checked on random folder trees (documents, source code, binaries, hidden files and
 * folders, notes, report JSON, folders with nothing to take, paths that are not there) against a
 * plain sequential walk written here as the reference; its expected count ends at the number of
 * inputs taken, and every input was among the possible ones announced before any detection.
 */
class StreamedWalkTest {
  private static final String REPORT = "某县民政局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
      + "年初预算数50.00万元，实际支出45.00万元，执行率90.00%。\n";
  private static final String CODE = "#!/usr/bin/env python3\nimport os\n\n\ndef main():\n"
      + "    print(os.getcwd())\n\n\nif __name__ == '__main__':\n    main()\n";

  @TempDir
  Path dir;

  @Test
  void randomTreesAreWalkedAsTheSequentialReferenceWalksThem() throws Exception {
    Random random = new Random(20261207L);
    for (int tree = 0; tree < 12; tree++) {
      Path root = Files.createDirectories(dir.resolve("t" + tree));
      List<Path> args = new ArrayList<>();
      int folders = 1 + random.nextInt(3);
      for (int f = 0; f < folders; f++) {
        Path folder = Files.createDirectories(root.resolve("arg" + f));
        fill(folder, random, 0);
        args.add(folder);
      }
      if (random.nextBoolean()) {
        Path code = Files.writeString(root.resolve("named.py"), CODE); // named: always taken
        args.add(random.nextInt(args.size() + 1), code);
      }
      if (random.nextBoolean()) {
        args.add(root.resolve("missing.pdf"));
      }
      if (random.nextBoolean()) {
        Path onlyNotes = Files.createDirectories(root.resolve("notes"));
        Files.writeString(onlyNotes.resolve("README.md"), "# notes");
        args.add(onlyNotes);
      }

      StreamedWalk walk = new StreamedWalk(args);
      List<InputFiles.Input> possible = walk.possibleInputs();
      long[] lastExpected = {walk.expected()};
      walk.onExpected(n -> lastExpected[0] = n);
      List<InputFiles.Input> streamed = new ArrayList<>();
      walk.forEach(streamed::add);

      List<InputFiles.Input> reference = referenceWalk(args);
      assertEquals(reference, streamed, "tree " + tree);
      assertEquals(reference, walk.result().inputs(), "tree " + tree);
      assertEquals(streamed.size(), lastExpected[0], "tree " + tree + ": the expected count");
      assertTrue(possible.containsAll(streamed), "tree " + tree + ": not announced as possible");
      assertEquals(reference, InputFiles.walk(args).inputs(), "tree " + tree + ": InputFiles.walk");
    }
  }

  @Test
  void aWalkIsIteratedOnceAndItsResultWaitsForItsEnd() throws Exception {
    Files.writeString(dir.resolve("a.txt"), REPORT, StandardCharsets.UTF_8);
    StreamedWalk walk = new StreamedWalk(List.of(dir));
    assertThrows(IllegalStateException.class, walk::result);
    walk.forEach(in -> { });
    assertThrows(IllegalStateException.class, walk::iterator);
    assertEquals(1, walk.result().inputs().size());
  }

  /** Random files and sub-folders under {@code folder}, down to depth 2. */
  private static void fill(Path folder, Random random, int depth) throws IOException {
    int files = random.nextInt(depth == 0 ? 40 : 12);
    for (int i = 0; i < files; i++) {
      String stem = String.format(Locale.ROOT, "f%02d", i);
      switch (random.nextInt(8)) {
        case 0 -> Files.writeString(folder.resolve(stem + ".txt"), REPORT, StandardCharsets.UTF_8);
        case 1 -> Files.writeString(folder.resolve(stem + ".py"), CODE);
        case 2 -> {
          byte[] junk = new byte[512];
          random.nextBytes(junk);
          Files.write(folder.resolve(stem + ".bin"), junk);
        }
        case 3 -> Files.writeString(folder.resolve("." + stem + ".txt"), REPORT);
        case 4 -> Files.writeString(folder.resolve(stem + ".md"), "# " + stem);
        case 5 -> Files.writeString(folder.resolve(stem + ".json"), "{}");
        case 6 -> Files.writeString(folder.resolve(stem + ".html"), "<html><body><p>" + REPORT
            + "</p></body></html>", StandardCharsets.UTF_8);
        default -> Files.writeString(folder.resolve(stem), CODE); // no extension: detected
      }
    }
    if (depth < 2) {
      int subs = random.nextInt(3);
      for (int s = 0; s < subs; s++) {
        Path sub = Files.createDirectories(folder.resolve((random.nextInt(4) == 0 ? "." : "")
            + "sub" + s));
        fill(sub, random, depth + 1);
      }
    }
  }

  /** The walk as specified, one step after the other: list, decide each file, folder if none. */
  private static List<InputFiles.Input> referenceWalk(List<Path> args) throws IOException {
    FormatDetector detector = new FormatDetector();
    List<InputFiles.Input> out = new ArrayList<>();
    for (Path p : args) {
      InputFiles.Input self = new InputFiles.Input(p, p.getFileName());
      if (!Files.isDirectory(p)) {
        out.add(self);
        continue;
      }
      Path real = p.toRealPath();
      List<Path> found;
      try (Stream<Path> s = Files.walk(real)) {
        found = s.filter(Files::isRegularFile).sorted().toList();
      }
      int before = out.size();
      for (Path f : found) {
        Path rel = real.relativize(f);
        boolean hidden = false;
        for (Path part : rel) {
          hidden |= part.toString().startsWith(".");
        }
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (hidden || name.endsWith(".md")) {
          continue;
        }
        if (name.endsWith(".json") || InputFiles.isDocumentType(detector.detect(f))) {
          out.add(new InputFiles.Input(p.resolve(rel.toString()), rel));
        }
      }
      if (out.size() == before) {
        out.add(self);
      }
    }
    return out;
  }
}
