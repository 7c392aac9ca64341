package org.ziping.ingest;

import java.util.Locale;

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
 * @param maxTextChars        a document whose text is longer is refused ("more than a report
 *                            holds"), not parsed; plain text is refused from its size before it
 *                            is decoded when it cannot be shorter ({@link #DEFAULT_MAX_TEXT_CHARS})
 */
public record IngestConfig(OcrMode ocr, boolean extractBookmarks, long maxFileBytes,
                           double pdfMarginFraction, int maxTextChars) {
  /**
   * The longest text a report may hold, in characters (UTF-16 units): 1,000,000. The largest real
   * document studied (24 government files in {@code realdocs}, the corpus) holds 24,475 characters
   * of text, and a long self-evaluation with many tables a few hundred KB (at most about 150,000
   * characters): the limit is 40 times the first and several times the second. A text beyond it is
   * not a report (a log, a dump, a generated file) and parsing it would only spend the file's time
   * budget.
   */
  public static final int DEFAULT_MAX_TEXT_CHARS = 1_000_000;

  public IngestConfig {
    if (maxTextChars < 1) {
      throw new IllegalArgumentException("the text limit must be at least 1 character");
    }
  }

  public static IngestConfig defaults() {
    return new IngestConfig(OcrMode.AUTO, false, 200L * 1024 * 1024, 0.08, DEFAULT_MAX_TEXT_CHARS);
  }

  /** The same settings with another OCR mode. */
  public IngestConfig withOcr(OcrMode mode) {
    return new IngestConfig(mode, extractBookmarks, maxFileBytes, pdfMarginFraction, maxTextChars);
  }

  /** The same settings with another limit on the text of a document. */
  public IngestConfig withMaxTextChars(int chars) {
    return new IngestConfig(ocr, extractBookmarks, maxFileBytes, pdfMarginFraction, chars);
  }

  /**
   * The error message for a text of {@code chars} characters over the limit ({@code atLeast}: a
   * lower bound known before decoding), e.g. "text of 200.0 MB (209,715,200 characters) is more
   * than a report holds (limit 1,000,000 characters); not parsed".
   */
  public String textTooLong(String what, long chars, boolean atLeast) {
    return what + " (" + (atLeast ? "at least " : "") + String.format(Locale.ROOT,
        "%,d characters) is more than a report holds (limit %,d characters); not parsed", chars,
        maxTextChars);
  }

  /** A file size for messages: "200.0 MB", "512 KB", "900 bytes". */
  public static String megabytes(long bytes) {
    if (bytes >= 1L << 20) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
    return bytes >= 1024 ? (bytes >> 10) + " KB" : bytes + " bytes";
  }
}
