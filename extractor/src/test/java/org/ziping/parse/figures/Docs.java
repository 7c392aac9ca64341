package org.ziping.parse.figures;

import java.util.ArrayList;
import java.util.List;
import org.ziping.model.DocumentBuilder;
import org.ziping.model.DocumentBuilder.RawCell;
import org.ziping.model.DocumentBuilder.RawTable;
import org.ziping.model.SourceInfo;
import org.ziping.parse.ReportScope;

/**
 * Test models: every non-empty line is a paragraph ("# " lines are headings), and a run of lines
 * holding a tab is one table (cells split at tabs, one row per line). A line "---" ends a table.
 */
final class Docs {
  private Docs() {}

  static ReportScope scope(String text) {
    DocumentBuilder b = new DocumentBuilder();
    List<String> table = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.contains("\t")) {
        table.add(line);
        continue;
      }
      flush(b, table);
      if (line.isBlank() || line.equals("---")) {
        continue;
      }
      if (line.startsWith("#")) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
          level++;
        }
        b.heading(level, line.substring(level).strip(), null, null, List.of());
      } else {
        b.paragraph(line, null, null, List.of());
      }
    }
    flush(b, table);
    return ReportScope.whole(b.build(new SourceInfo("test.txt", "txt", "text/plain", "0", null, null)));
  }

  private static void flush(DocumentBuilder b, List<String> table) {
    if (table.isEmpty()) {
      return;
    }
    List<RawCell> cells = new ArrayList<>();
    for (int r = 0; r < table.size(); r++) {
      String[] parts = table.get(r).split("\t", -1);
      for (int c = 0; c < parts.length; c++) {
        cells.add(new RawCell(r, c, 1, 1, parts[c], null));
      }
    }
    b.table(new RawTable(cells), null, null, List.of());
    table.clear();
  }

  /** The corpus txt whose name starts with {@code prefix}, read line by line as above. */
  static ReportScope corpusTxt(String prefix) throws java.io.IOException {
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("..", "corpus"))) {
      var path = files.filter(p -> p.getFileName().toString().startsWith(prefix)
          && p.toString().endsWith(".txt")).findFirst().orElseThrow();
      return scope(java.nio.file.Files.readString(path));
    }
  }
}
