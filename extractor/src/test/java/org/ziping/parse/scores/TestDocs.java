package org.ziping.parse.scores;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ziping.model.DocumentBuilder;
import org.ziping.model.DocumentBuilder.RawCell;
import org.ziping.model.DocumentBuilder.RawTable;
import org.ziping.model.DocumentModel;
import org.ziping.model.SourceInfo;
import org.ziping.parse.ReportScope;

/** Builds document models for tests: text lines become paragraphs, tab rows become tables. */
final class TestDocs {
  private TestDocs() {}

  /** How empty label cells of a table are represented. */
  enum Shape {
    /** Empty cells stay empty cells (txt). */
    EMPTY,
    /** Empty cells in the merge columns below a filled one become row spans (docx, pdf). */
    MERGED
  }

  private final DocumentBuilder b = new DocumentBuilder();
  /** The page of the blocks added from now on (null: no pages). */
  private Integer page;

  static TestDocs create() {
    return new TestDocs();
  }

  /**
   * Blocks added from now on stand on page 1, a page read by OCR: their blocks and cells are
   * flagged {@code ocr} as a scanned page's are.
   */
  TestDocs scanned() {
    b.ocrPage(new org.ziping.model.OcrPage(1, 100, 85, 30, 5));
    page = 1;
    return this;
  }

  TestDocs p(String... lines) {
    for (String l : lines) {
      b.paragraph(l, page, null, List.of());
    }
    return this;
  }

  TestDocs h(int level, String s) {
    b.heading(level, s, page, null, List.of());
    return this;
  }

  /** A table from tab-separated rows ("\n" between rows; a literal backslash-n inside a cell). */
  TestDocs table(String tsv) {
    return table(tsv, Shape.EMPTY);
  }

  TestDocs table(String tsv, Shape shape, int... mergeCols) {
    List<String[]> rows = new ArrayList<>();
    for (String line : tsv.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      rows.add(line.split("\t", -1));
    }
    return table(rows, shape, mergeCols);
  }

  TestDocs table(List<String[]> rows, Shape shape, int... mergeCols) {
    Set<Integer> merge = new java.util.HashSet<>();
    for (int c : mergeCols) {
      merge.add(c);
    }
    int cols = rows.stream().mapToInt(r -> r.length).max().orElse(0);
    String[][] g = new String[rows.size()][cols];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < cols; c++) {
        String s = c < rows.get(r).length ? rows.get(r)[c] : "";
        g[r][c] = s.replace("\\n", "\n");
      }
    }
    boolean[][] covered = new boolean[rows.size()][cols];
    List<RawCell> cells = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < cols; c++) {
        if (covered[r][c]) {
          continue;
        }
        int span = 1;
        if (shape == Shape.MERGED && merge.contains(c) && !g[r][c].isBlank()) {
          while (r + span < rows.size() && g[r + span][c].isBlank() && !isHeader(g[r + span])
              && !isBoundary(g[r + span], c)) {
            covered[r + span][c] = true;
            span++;
          }
        }
        cells.add(new RawCell(r, c, span, 1, g[r][c], page));
      }
    }
    b.table(new RawTable(cells), page, null, List.of());
    return this;
  }

  /** A raw table given cell by cell. */
  TestDocs raw(List<RawCell> cells) {
    b.table(new RawTable(cells), null, null, List.of());
    return this;
  }

  private static boolean isHeader(String[] row) {
    return Arrays.stream(row).anyMatch(s -> s.contains("一级指标") || s.contains("年初预算"));
  }

  /** Merging stops at a row whose columns left of c are filled (a new parent starts). */
  private static boolean isBoundary(String[] row, int c) {
    for (int i = 0; i < c; i++) {
      if (!row[i].isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads text as a plain-text ingester would: runs of lines holding a tab become one table
   * (a blank line ends it), "#" lines headings, other non-blank lines paragraphs.
   */
  TestDocs text(String text, Shape shape, int... mergeCols) {
    List<String[]> rows = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.contains("\t")) {
        rows.add(line.split("\t", -1));
        continue;
      }
      if (!rows.isEmpty()) {
        table(rows, shape, mergeCols);
        rows = new ArrayList<>();
      }
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
          level++;
        }
        h(level, line.substring(level).trim());
      } else {
        p(line);
      }
    }
    if (!rows.isEmpty()) {
      table(rows, shape, mergeCols);
    }
    return this;
  }

  DocumentModel model() {
    return b.build(new SourceInfo("test.txt", "txt", "text/plain", "0", null, Map.of()));
  }

  ReportScope scope() {
    return ReportScope.whole(model());
  }

  static String resource(String name) {
    try (InputStream in = TestDocs.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
