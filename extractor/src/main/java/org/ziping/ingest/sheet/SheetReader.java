package org.ziping.ingest.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.ziping.model.DocumentBuilder;
import org.ziping.model.DocumentBuilder.RawCell;
import org.ziping.model.DocumentBuilder.RawTable;
import org.ziping.model.SheetArea;
import org.ziping.model.SheetVisibility;

/**
 * Turns one sheet into blocks: a heading naming the sheet, the sheet's title rows as a heading
 * (and paragraphs), and its table as one grid.
 *
 * <p>Algorithm: every cell's shown text is taken ({@link CellText}); the used area is the smallest
 * rectangle holding all non-blank cells, so empty trailing rows and columns (and formatted but empty
 * cells) are trimmed. Merged regions become anchor cells with row and column spans, clipped to the
 * used area; text in a cell that a merge covers (Excel hides it) is dropped when it repeats the
 * anchor's text and otherwise appended to the anchor and reported. A row's "anchors" are its non-blank cells, a merged region counted once. The leading
 * rows that hold a single anchor while a later row holds two or more are the sheet's title rows:
 * the first becomes a level-2 heading (hint {@code sheet-title}), the following ones paragraphs
 * ("填报单位：…", "单位：万元"). The table runs from the first row with two or more anchors to the
 * last used row, over the columns those rows use; blank rows inside it are kept, so grid row
 * {@code r} is sheet row {@code firstRow + r}. A sheet where no row holds two anchors is read as
 * one paragraph per non-blank row. A sheet with no text gives no block.
 *
 * <p>Every block carries its {@link SheetArea}: the sheet's name, index and visibility, the sheet
 * cell where it starts, and the table's hidden rows and columns (kept in the grid, not dropped).
 *
 * <p>Limits: a sheet holding several tables side by side or one under another gives one grid
 * spanning them all; pictures, charts, comments and text boxes are not read.
 */
final class SheetReader {
  private final CellText cellText;

  SheetReader(CellText cellText) {
    this.cellText = cellText;
  }

  /** A merged region or single cell within the used area, in sheet coordinates. */
  private record Anchor(int row, int col, int lastRow, int lastCol, String text) {}

  void read(Sheet sheet, int index, SheetVisibility visibility, DocumentBuilder out) {
    String name = sheet.getSheetName();
    Map<Long, String> texts = new HashMap<>();
    int top = Integer.MAX_VALUE;
    int bottom = -1;
    int left = Integer.MAX_VALUE;
    int right = -1;
    for (Row row : sheet) {
      for (Cell cell : row) {
        String t = cellText.of(cell);
        if (!t.isEmpty()) {
          int r = cell.getRowIndex();
          int c = cell.getColumnIndex();
          texts.put(key(r, c), t);
          top = Math.min(top, r);
          bottom = Math.max(bottom, r);
          left = Math.min(left, c);
          right = Math.max(right, c);
        }
      }
    }
    if (bottom < 0) {
      return;
    }
    List<Anchor> anchors = anchors(sheet, texts, top, bottom, left, right, out);
    List<String> sheetHints = new ArrayList<>(List.of("sheet"));
    if (visibility != SheetVisibility.VISIBLE) {
      sheetHints.add("hidden-sheet");
      out.warn("sheet \"" + name + "\" is " + (visibility == SheetVisibility.HIDDEN ? "hidden"
          : "very hidden") + "; its content was read and is marked hidden");
    }
    out.heading(1, name, sheetHints,
        new SheetArea(name, index, visibility, top, left, List.of(), List.of()));

    Map<Integer, List<Anchor>> byRow = new HashMap<>();
    for (Anchor a : anchors) {
      if (!a.text().isEmpty()) {
        byRow.computeIfAbsent(a.row(), k -> new ArrayList<>()).add(a);
      }
    }
    int tableTop = -1;
    for (int r = top; r <= bottom; r++) {
      if (byRow.getOrDefault(r, List.of()).size() >= 2) {
        tableTop = r;
        break;
      }
    }
    if (tableTop < 0) {
      for (int r = top; r <= bottom; r++) {
        for (Anchor a : byRow.getOrDefault(r, List.of())) {
          out.paragraph(a.text(), List.of(), area(name, index, visibility, a.row(), a.col()));
        }
      }
      return;
    }
    boolean first = true;
    for (int r = top; r < tableTop; r++) {
      for (Anchor a : byRow.getOrDefault(r, List.of())) {
        SheetArea at = area(name, index, visibility, a.row(), a.col());
        if (first) {
          out.heading(2, a.text(), List.of("sheet-title"), at);
          first = false;
        } else {
          out.paragraph(a.text(), List.of(), at);
        }
      }
    }
    table(sheet, name, index, visibility, anchors, tableTop, bottom, out);
  }

  private static SheetArea area(String name, int index, SheetVisibility v, int row, int col) {
    return new SheetArea(name, index, v, row, col, List.of(), List.of());
  }

  private static void table(Sheet sheet, String name, int index, SheetVisibility visibility,
                            List<Anchor> anchors, int top, int bottom, DocumentBuilder out) {
    List<Anchor> in = new ArrayList<>();
    int left = Integer.MAX_VALUE;
    int right = -1;
    for (Anchor a : anchors) {
      if (a.lastRow() >= top && !a.text().isEmpty()) {
        left = Math.min(left, a.col());
        right = Math.max(right, a.lastCol());
      }
    }
    for (Anchor a : anchors) {
      if (a.lastRow() < top || a.lastCol() < left || a.col() > right) {
        continue;
      }
      // a merge reaching up into the title rows keeps only its part inside the table; its text
      // was already given with the title
      boolean clippedTop = a.row() < top;
      in.add(new Anchor(Math.max(a.row(), top), Math.max(a.col(), left), a.lastRow(),
          Math.min(a.lastCol(), right), clippedTop ? "" : a.text()));
    }
    List<RawCell> cells = new ArrayList<>();
    boolean[][] covered = new boolean[bottom - top + 1][right - left + 1];
    for (Anchor a : in) {
      for (int r = a.row(); r <= a.lastRow(); r++) {
        for (int c = a.col(); c <= a.lastCol(); c++) {
          covered[r - top][c - left] = true;
        }
      }
      cells.add(new RawCell(a.row() - top, a.col() - left, a.lastRow() - a.row() + 1,
          a.lastCol() - a.col() + 1, a.text(), null));
    }
    // every grid position holds a cell: empty cells stay cells with empty text
    for (int r = 0; r < covered.length; r++) {
      for (int c = 0; c < covered[r].length; c++) {
        if (!covered[r][c]) {
          cells.add(new RawCell(r, c, 1, 1, "", null));
        }
      }
    }
    List<Integer> hiddenRows = new ArrayList<>();
    for (int r = top; r <= bottom; r++) {
      Row row = sheet.getRow(r);
      if (row != null && row.getZeroHeight()) {
        hiddenRows.add(r - top);
      }
    }
    List<Integer> hiddenCols = new ArrayList<>();
    for (int c = left; c <= right; c++) {
      if (sheet.isColumnHidden(c)) {
        hiddenCols.add(c - left);
      }
    }
    if (!hiddenRows.isEmpty() || !hiddenCols.isEmpty()) {
      out.warn("sheet \"" + name + "\": " + describeHidden(hiddenRows, hiddenCols, top, left)
          + " hidden; read and marked hidden");
    }
    out.table(new RawTable(cells), null, null, List.of(),
        new SheetArea(name, index, visibility, top, left, hiddenRows, hiddenCols));
  }

  private static String describeHidden(List<Integer> rows, List<Integer> cols, int top, int left) {
    List<String> parts = new ArrayList<>();
    if (!rows.isEmpty()) {
      parts.add((rows.size() == 1 ? "row " : "rows ")
          + String.join(", ", rows.stream().map(r -> String.valueOf(r + top + 1)).toList()));
    }
    if (!cols.isEmpty()) {
      parts.add((cols.size() == 1 ? "column " : "columns ")
          + String.join(", ", cols.stream().map(c -> SheetArea.columnName(c + left)).toList()));
    }
    return String.join(" and ", parts) + (rows.size() + cols.size() == 1 ? " is" : " are");
  }

  /**
   * Merged regions and single non-blank cells of the used area, each once. Text in a covered cell
   * that repeats its anchor's text (producers often fill every cell of a merge) is dropped; other
   * text is appended to the anchor and named in one warning per sheet.
   */
  private static List<Anchor> anchors(Sheet sheet, Map<Long, String> texts, int top, int bottom,
                                      int left, int right, DocumentBuilder out) {
    List<Anchor> anchors = new ArrayList<>();
    Map<Long, Boolean> inMerge = new HashMap<>();
    List<String> appended = new ArrayList<>();
    for (CellRangeAddress m : sheet.getMergedRegions()) {
      int r0 = Math.max(m.getFirstRow(), top);
      int r1 = Math.min(m.getLastRow(), bottom);
      int c0 = Math.max(m.getFirstColumn(), left);
      int c1 = Math.min(m.getLastColumn(), right);
      if (r0 > r1 || c0 > c1) {
        continue;
      }
      String own = texts.getOrDefault(key(m.getFirstRow(), m.getFirstColumn()), "");
      List<String> parts = new ArrayList<>(own.isEmpty() ? List.of() : List.of(own));
      for (int r = r0; r <= r1; r++) {
        for (int c = c0; c <= c1; c++) {
          long k = key(r, c);
          if (inMerge.putIfAbsent(k, Boolean.TRUE) != null) {
            continue;
          }
          String hidden = texts.get(k);
          if (hidden != null && (r != m.getFirstRow() || c != m.getFirstColumn())
              && !parts.contains(hidden)) {
            parts.add(hidden);
            appended.add(SheetArea.columnName(c) + (r + 1));
          }
        }
      }
      anchors.add(new Anchor(r0, c0, r1, c1, String.join("\n", parts)));
    }
    if (!appended.isEmpty()) {
      out.warn("sheet \"" + sheet.getSheetName() + "\": text in " + appended.size()
          + " cell(s) covered by merged cells, which Excel hides, was appended to the merged cell ("
          + String.join(", ", appended.subList(0, Math.min(10, appended.size())))
          + (appended.size() > 10 ? ", …" : "") + ")");
    }
    for (Map.Entry<Long, String> e : texts.entrySet()) {
      if (!inMerge.containsKey(e.getKey())) {
        int r = (int) (e.getKey() >> 32);
        int c = (int) (long) e.getKey();
        anchors.add(new Anchor(r, c, r, c, e.getValue()));
      }
    }
    anchors.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row())
        : Integer.compare(a.col(), b.col()));
    return anchors;
  }

  private static long key(int row, int col) {
    return ((long) row << 32) | col;
  }
}
