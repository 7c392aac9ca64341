package org.ziping.model;

import java.util.List;

/**
 * One block of a document in reading order.
 *
 * @param index        position in reading order, from 0
 * @param type         heading, paragraph or table
 * @param text         the block's text (for a table: its cells joined by tab and newline)
 * @param start        offset of the first character in {@link DocumentModel#text()}
 * @param end          offset after the last character
 * @param page         1-based page where the block starts (pdf), else null
 * @param headingLevel for headings: 1 for the top level (markdown {@code #}, Word Heading 1 or outline
 *                     level 0); else null
 * @param style        the format's style name (Word style id), else null
 * @param hints        markup seen but not kept as text: {@code md-heading:N}, {@code bold},
 *                     {@code list}, {@code centered}, {@code page-break-joined} ...
 * @param table        the grid, for a table block; else null
 * @param sheet        for a block read from a spreadsheet: its sheet and the sheet cell where it
 *                     starts, hidden rows and columns ({@link SheetArea}); else null
 * @param ocr          true when the block's text was read by OCR from a page image (its page's
 *                     confidences are in {@link DocumentModel#ocrPages()}); else null
 */
public record Block(int index, BlockType type, String text, int start, int end, Integer page,
                    Integer headingLevel, String style, List<String> hints, TableGrid table,
                    SheetArea sheet, Boolean ocr) {
  public Block {
    hints = hints == null ? List.of() : List.copyOf(hints);
    ocr = Boolean.TRUE.equals(ocr) ? Boolean.TRUE : null;
  }

  /** A block that does not come from a spreadsheet, read from a text layer or markup (not OCR). */
  public Block(int index, BlockType type, String text, int start, int end, Integer page,
               Integer headingLevel, String style, List<String> hints, TableGrid table) {
    this(index, type, text, start, end, page, headingLevel, style, hints, table, null, null);
  }

  /** A block of a spreadsheet (or, with a null sheet, of any text format), not read by OCR. */
  public Block(int index, BlockType type, String text, int start, int end, Integer page,
               Integer headingLevel, String style, List<String> hints, TableGrid table,
               SheetArea sheet) {
    this(index, type, text, start, end, page, headingLevel, style, hints, table, sheet, null);
  }
}
