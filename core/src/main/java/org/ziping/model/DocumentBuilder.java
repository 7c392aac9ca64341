package org.ziping.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a {@link DocumentModel} block by block while keeping its offset invariant: it owns the
 * document text, appends each block's text to it (blocks separated by one newline) and records the
 * offsets. Ingesters never compute offsets themselves.
 *
 * <p>Tables are laid out row by row: anchor cells of a row separated by a tab, rows by a newline.
 * A nested table's text follows its cell's own text after a newline, inside the outer cell's
 * stretch of text but outside its {@code [start, end)}.
 */
public final class DocumentBuilder {
  private final StringBuilder text = new StringBuilder();
  private final List<Block> blocks = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final Map<Integer, OcrPage> ocrPages = new TreeMap<>();

  /** A cell as an ingester sees it, before offsets are known. */
  public record RawCell(int row, int col, int rowSpan, int colSpan, String text, Integer page,
                        List<RawTable> nested) {
    public RawCell(int row, int col, int rowSpan, int colSpan, String text, Integer page) {
      this(row, col, rowSpan, colSpan, text, page, List.of());
    }
  }

  /** A table as an ingester sees it: anchor cells in any order; rows and cols are computed. */
  public record RawTable(List<RawCell> cells) {}

  public DocumentBuilder heading(int level, String s, Integer page, String style, List<String> hints) {
    return add(BlockType.HEADING, s, page, level, style, hints, null);
  }

  /** A heading read from a spreadsheet cell (or naming a sheet), located in its sheet. */
  public DocumentBuilder heading(int level, String s, List<String> hints, SheetArea sheet) {
    return add(BlockType.HEADING, s, null, level, null, hints, sheet);
  }

  public DocumentBuilder paragraph(String s, Integer page, String style, List<String> hints) {
    return add(BlockType.PARAGRAPH, s, page, null, style, hints, null);
  }

  /** A paragraph read from a spreadsheet cell, located in its sheet. */
  public DocumentBuilder paragraph(String s, List<String> hints, SheetArea sheet) {
    return add(BlockType.PARAGRAPH, s, null, null, null, hints, sheet);
  }

  /**
   * Marks a page as read by OCR: every block and cell added on that page (by its page number) is
   * flagged {@code ocr}, and the page's confidences go into {@link DocumentModel#ocrPages()}.
   */
  public DocumentBuilder ocrPage(OcrPage p) {
    ocrPages.put(p.page(), p);
    return this;
  }

  private Boolean ocr(Integer page) {
    return page != null && ocrPages.containsKey(page) ? Boolean.TRUE : null;
  }

  public DocumentBuilder warn(String w) {
    warnings.add(w);
    return this;
  }

  public int blockCount() {
    return blocks.size();
  }

  private DocumentBuilder add(BlockType type, String s, Integer page, Integer level, String style,
                              List<String> hints, SheetArea sheet) {
    separate();
    int start = text.length();
    text.append(s);
    blocks.add(new Block(blocks.size(), type, s, start, text.length(), page, level, style, hints, null,
        sheet, ocr(page)));
    return this;
  }

  /** Adds a table block; returns without adding anything when the table has no cells. */
  public DocumentBuilder table(RawTable raw, Integer page, String style, List<String> hints) {
    return table(raw, page, style, hints, null);
  }

  /**
   * Adds a table block read from a spreadsheet, located in its sheet; returns without adding
   * anything when the table has no cells.
   */
  public DocumentBuilder table(RawTable raw, Integer page, String style, List<String> hints,
                               SheetArea sheet) {
    if (raw.cells().isEmpty()) {
      return this;
    }
    separate();
    int start = text.length();
    TableGrid grid = layout(raw);
    String s = text.substring(start);
    Integer firstPage = page;
    if (firstPage == null) {
      for (Cell c : grid.cells()) {
        if (c.page() != null) {
          firstPage = c.page();
          break;
        }
      }
    }
    blocks.add(new Block(blocks.size(), BlockType.TABLE, s, start, text.length(), firstPage, null,
        style, hints, grid, sheet, ocr(firstPage)));
    return this;
  }

  private TableGrid layout(RawTable raw) {
    List<RawCell> sorted = new ArrayList<>(raw.cells());
    sorted.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row())
        : Integer.compare(a.col(), b.col()));
    int rows = 0;
    int cols = 0;
    for (RawCell c : sorted) {
      rows = Math.max(rows, c.row() + Math.max(1, c.rowSpan()));
      cols = Math.max(cols, c.col() + Math.max(1, c.colSpan()));
    }
    List<Cell> cells = new ArrayList<>();
    int lastRow = -1;
    for (RawCell c : sorted) {
      if (lastRow >= 0) {
        text.append(c.row() != lastRow ? '\n' : '\t');
      }
      // rows with no anchor cell of their own (fully covered by spans) still get their newline
      for (int r = lastRow + 1; lastRow >= 0 && r < c.row(); r++) {
        text.append('\n');
      }
      lastRow = c.row();
      int s = text.length();
      String t = c.text() == null ? "" : c.text();
      text.append(t);
      int e = text.length();
      List<TableGrid> nested = new ArrayList<>();
      for (RawTable n : c.nested()) {
        if (!n.cells().isEmpty()) {
          text.append('\n');
          nested.add(layout(n));
        }
      }
      cells.add(new Cell(c.row(), c.col(), Math.max(1, c.rowSpan()), Math.max(1, c.colSpan()), t, s, e,
          c.page(), nested, ocr(c.page())));
    }
    return new TableGrid(rows, cols, cells);
  }

  private void separate() {
    if (!blocks.isEmpty()) {
      text.append('\n');
    }
  }

  public DocumentModel build(SourceInfo source) {
    return new DocumentModel(source, text.toString(), blocks, warnings,
        List.copyOf(ocrPages.values()));
  }
}
