package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where something stands in the source: character offsets into the document's extracted text
 * ({@link org.ziping.model.DocumentModel#text()}), plus the page for PDF and the table, row and
 * column for table cells (table = index of the table block among the document's tables, from 0),
 * and {@code ocr: true} when the text there was read by OCR from a page image (figures may be
 * misread; the audit never reports such a figure as an error).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(int start, int end, Integer page, Integer table, Integer row, Integer col,
                       Boolean ocr) {
  public Location {
    ocr = Boolean.TRUE.equals(ocr) ? Boolean.TRUE : null;
  }

  /** A location in text not read by OCR. */
  public Location(int start, int end, Integer page, Integer table, Integer row, Integer col) {
    this(start, end, page, table, row, col, null);
  }

  public static Location of(int start, int end, Integer page) {
    return new Location(start, end, page, null, null, null);
  }

  /** True when the text at this location was read by OCR. */
  public boolean readByOcr() {
    return Boolean.TRUE.equals(ocr);
  }
}
