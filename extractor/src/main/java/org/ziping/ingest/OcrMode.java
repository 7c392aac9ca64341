package org.ziping.ingest;

/**
 * When scanned PDF pages are read with OCR (tesseract).
 *
 * <ul>
 *   <li>{@link #AUTO}: only pages that need it — pages without text but with an image, and pages
 *       whose text layer is garbage (CID fonts without a ToUnicode map);</li>
 *   <li>{@link #ALWAYS}: every page, its text layer ignored;</li>
 *   <li>{@link #NEVER}: never; pages without text stay empty, with a warning.</li>
 * </ul>
 */
public enum OcrMode {
  AUTO, ALWAYS, NEVER
}
