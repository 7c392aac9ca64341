/**
 * The ingest stage: file in, {@link org.ziping.model.DocumentModel} out. {@link
 * org.ziping.ingest.DocumentReader} checks the file, detects its type from the content ({@link
 * org.ziping.ingest.FormatDetector}) and hands it to one ingester per format, each in its own
 * package with its helpers package-private (pdf, docx, doc, sheet, html, text; tika as the
 * fallback for what no ingester claims). The formats are one table, {@link
 * org.ziping.ingest.DocumentFormat} (the JSON's short name and the media types of each), from which
 * each dedicated ingester ({@link org.ziping.ingest.FormatIngester}) takes its claims. Every failure is an {@link
 * org.ziping.ingest.IngestException} naming the file and the reason. OCR of scanned pages is
 * asked for by {@link org.ziping.ingest.OcrMode}, never started by a library on its own.
 */
package org.ziping.ingest;
