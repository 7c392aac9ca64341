package org.ziping.ingest;

/**
 * Settings for ingest, passed as one object to every ingester.
 *
 * @param ocr                 let Tika run OCR (tesseract) on image-only content; off by default so
 *                            results do not depend on what the machine has installed
 * @param extractBookmarks    append PDF bookmarks (outline) to the text, as Tika does by default;
 *                            off: bookmarks repeat headings and would be read as text
 * @param maxFileBytes        larger files are refused with an error rather than read
 * @param pdfMarginFraction   top and bottom share of a PDF page where running headers, footers and
 *                            page numbers are looked for
 */
public record IngestConfig(boolean ocr, boolean extractBookmarks, long maxFileBytes,
                           double pdfMarginFraction) {

  public static IngestConfig defaults() {
    return new IngestConfig(false, false, 200L * 1024 * 1024, 0.08);
  }
}
