package org.ziping.ingest;

/**
 * Settings for ingest, passed as one object to every ingester.
 *
 * @param ocr                 when scanned PDF pages are read by OCR (tesseract): {@code AUTO}
 *                            (default) only pages without a usable text layer, {@code ALWAYS},
 *                            {@code NEVER}; other formats are never read by OCR
 * @param extractBookmarks    append PDF bookmarks (outline) to the text, as Tika does by default;
 *                            off: bookmarks repeat headings and would be read as text
 * @param maxFileBytes        larger files are refused with an error rather than read
 * @param pdfMarginFraction   top and bottom share of a PDF page where running headers, footers and
 *                            page numbers are looked for
 */
public record IngestConfig(OcrMode ocr, boolean extractBookmarks, long maxFileBytes,
                           double pdfMarginFraction) {

  public static IngestConfig defaults() {
    return new IngestConfig(OcrMode.AUTO, false, 200L * 1024 * 1024, 0.08);
  }

  /** The same settings with another OCR mode. */
  public IngestConfig withOcr(OcrMode mode) {
    return new IngestConfig(mode, extractBookmarks, maxFileBytes, pdfMarginFraction);
  }
}
