package org.ziping.testing;

import java.util.ArrayList;
import java.util.List;
import org.ziping.model.DocumentBuilder;
import org.ziping.model.DocumentModel;
import org.ziping.model.SourceInfo;

/**
 * Small document models for parser tests, written as text: each non-blank line a paragraph, a
 * line starting with "# " a heading, and consecutive lines containing a tab one table (cells split
 * at tabs).
 */
public final class Docs {
  private Docs() {}

  public static DocumentModel of(String text) {
    DocumentBuilder b = new DocumentBuilder();
    List<String> tableLines = new ArrayList<>();
    for (String line : (text + "\n").split("\n", -1)) {
      if (line.contains("\t")) {
        tableLines.add(line);
        continue;
      }
      flushTable(b, tableLines);
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
          level++;
        }
        b.heading(level, line.substring(level).strip(), null, null, List.of("md-heading:" + level));
      } else {
        b.paragraph(line.strip(), null, null, List.of());
      }
    }
    return b.build(new SourceInfo("test.txt", "txt", "text/plain", "0".repeat(64), null, null));
  }

  private static void flushTable(DocumentBuilder b, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    List<DocumentBuilder.RawCell> cells = new ArrayList<>();
    for (int r = 0; r < lines.size(); r++) {
      String[] f = lines.get(r).split("\t", -1);
      for (int c = 0; c < f.length; c++) {
        cells.add(new DocumentBuilder.RawCell(r, c, 1, 1, f[c], null));
      }
    }
    b.table(new DocumentBuilder.RawTable(cells), null, null, List.of());
    lines.clear();
  }
}
