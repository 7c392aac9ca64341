package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.testing.Corpus;

/** Folder walks take documents and report JSON, and count and name what they skip. */
class InputFilesTest {

  @Test
  void folderWalkSkipsHiddenFoldersSourceCodeAndBinaries(@TempDir Path dir) throws Exception {
    Files.copy(Corpus.file("000", "pdf"), dir.resolve("report.pdf"));
    Files.copy(Corpus.file("000", "docx"), dir.resolve("report.docx"));
    Files.writeString(dir.resolve("report.txt"), "乐昌市社会保险基金管理中心2022年度部门整体支出绩效自评报告\n一、基本情况\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("extracted.json"), "{}");
    Path pkg = Files.createDirectories(dir.resolve("tool"));
    Files.writeString(pkg.resolve("main.py"), "#!/usr/bin/env python3\nimport sys\n\ndef main():\n    print(sys.argv)\n\nif __name__ == '__main__':\n    main()\n");
    Files.writeString(pkg.resolve("util.py"), "import os\n\n\ndef home():\n    return os.environ.get('HOME')\n");
    Files.write(pkg.resolve("main.cpython-311.pyc"), new byte[] {(byte) 0xa7, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0, 1, 2, 3, 4, (byte) 0xe3, 0, 0, 0});
    Path hidden = Files.createDirectories(dir.resolve(".git/objects"));
    Files.writeString(hidden.resolve("note.txt"), "a plain text file inside a hidden folder");
    Files.writeString(dir.resolve(".env.txt"), "hidden file");
    Files.writeString(dir.resolve("README.md"), "# notes");

    InputFiles.Walk walk = InputFiles.walk(List.of(dir));
    assertEquals(List.of("extracted.json", "report.docx", "report.pdf", "report.txt"),
        walk.files().stream().map(p -> p.getFileName().toString()).toList());
    assertEquals(6, walk.skipped().size(), walk.skipped().toString());
    for (String code : List.of("main.py", "util.py", "main.cpython-311.pyc")) {
      assertTrue(walk.skipped().stream().anyMatch(s -> s.file().endsWith(code)
          && s.reason().startsWith("not a document (")), code + ": " + walk.skipped());
    }

    StringWriter quiet = new StringWriter();
    walk.report(new PrintWriter(quiet, true), "extract", false);
    assertEquals("extract: skipped 6 file(s) in folders (hidden or not a document); --verbose names them",
        quiet.toString().strip());
    StringWriter loud = new StringWriter();
    walk.report(new PrintWriter(loud, true), "extract", true);
    assertTrue(loud.toString().contains("main.py: not a document") && loud.toString().contains("note.txt: hidden"),
        loud.toString());
  }

  @Test
  void aFileNamedOnTheCommandLineIsAlwaysTaken(@TempDir Path dir) throws Exception {
    Path py = Files.writeString(dir.resolve("x.py"), "print(1)\n");
    assertEquals(List.of(py), InputFiles.walk(List.of(py)).files());
  }
}
