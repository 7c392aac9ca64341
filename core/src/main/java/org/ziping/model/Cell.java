package org.ziping.model;

import java.util.List;

/**
 * One anchor cell of a {@link TableGrid}.
 *
 * @param row     0-based row of the top-left corner
 * @param col     0-based grid column of the top-left corner
 * @param rowSpan rows covered, at least 1
 * @param colSpan grid columns covered, at least 1
 * @param text    the cell's text; paragraphs inside a cell are joined by newline
 * @param start   offset of the text in {@link DocumentModel#text()}
 * @param end     offset after the text
 * @param page    1-based page where the cell's text starts (pdf), else null
 * @param nested  tables nested inside this cell (docx), else empty; their cells' offsets also point
 *                into the document text, after this cell's own text
 * @param ocr     true when the cell's text was read by OCR from a page image; else null
 */
public record Cell(int row, int col, int rowSpan, int colSpan, String text, int start, int end,
                   Integer page, List<TableGrid> nested, Boolean ocr) {
  public Cell {
    nested = nested == null ? List.of() : List.copyOf(nested);
    ocr = Boolean.TRUE.equals(ocr) ? Boolean.TRUE : null;
  }

  /** A cell read from a text layer or markup (not by OCR). */
  public Cell(int row, int col, int rowSpan, int colSpan, String text, int start, int end,
              Integer page, List<TableGrid> nested) {
    this(row, col, rowSpan, colSpan, text, start, end, page, nested, null);
  }
}
