package org.ziping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.testing.Corpus;

/**
 * The stages after parse read the report records only: no main source file of the audit, the
 * render layer, the index module or the Solr module names the parse or ingest packages (an import,
 * or a fully qualified name in code; comments may). What they need of the text is computed once by
 * parse and stored in the report (facts, overall execution rate) or by the extraction (evidence
 * sources); JSON of older versions is completed through {@code org.ziping.pipeline.StoredDocuments}.
 */
class StageBoundariesTest {
  private static final Pattern FORBIDDEN = Pattern.compile("\\borg\\.ziping\\.(parse|ingest)\\.");

  /** "file:line: code" for every line of code under {@code root} that names parse or ingest. */
  static List<String> violations(Path root) throws Exception {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          String code = lines.get(i).strip();
          boolean comment = code.startsWith("*") || code.startsWith("/*") || code.startsWith("//");
          if (!comment && FORBIDDEN.matcher(code).find()) {
            out.add(root.relativize(f) + ":" + (i + 1) + ": " + code);
          }
        }
      }
    }
    return out;
  }

  @Test
  void auditRenderIndexAndSolrNameNeitherParseNorIngest() throws Exception {
    Path repo = Corpus.root();
    for (String dir : List.of("extractor/src/main/java/org/ziping/audit",
        "extractor/src/main/java/org/ziping/render", "index/src/main/java", "solr/src/main/java")) {
      Path root = repo.resolve(dir);
      assertTrue(Files.isDirectory(root), root.toString());
      assertEquals(List.of(), violations(root), dir);
    }
  }

  @Test
  void theCheckSeesAnImportAndSkipsComments(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("A.java"), "package x;\n/** uses {@code org.ziping.parse.X} */\n"
        + "import org.ziping.ingest.DocumentReader;\nclass A {}\n");
    assertEquals(List.of("A.java:3: import org.ziping.ingest.DocumentReader;"), violations(dir));
  }
}
