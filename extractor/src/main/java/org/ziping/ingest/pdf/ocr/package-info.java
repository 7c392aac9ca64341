/**
 * OCR of scanned PDF pages with Debian's tesseract command line, into the glyphs and rulings the
 * PDF ingester builds its model from.
 *
 * <p>Algorithm per page ({@link org.ziping.ingest.pdf.ocr.PageOcr}): render with PDFBox at 300 dpi
 * in gray; find table rulings as long runs of dark pixels and erase them
 * ({@code RulingScanner}); read the erased image with {@code tesseract -l chi_sim+eng --psm 3 tsv}
 * ({@link org.ziping.ingest.pdf.ocr.Tesseract}); cut every word into glyphs in page coordinates
 * (one per Chinese character, one per number or Latin word) with the size and baseline of its
 * line. The PDF ingester then builds tables, lines and paragraphs from them as for a text page.
 * {@link org.ziping.ingest.pdf.ocr.TextLayerQuality} tells garbage text layers (fonts without a
 * Unicode map) that need OCR too.
 *
 * <p>Data source: the page image only; tesseract's word boxes and confidences (TSV).
 *
 * <p>Limits: no deskew or rotation detection; dotted or dashed rulings are not found; confidence
 * is summed up per page, not kept per word in the model; bold and fonts are unknown, headings are
 * found by size; what OCR misreads (宁 as 宇, 6 as 0) stays in the text. See docs/formats.md, "OCR".
 */
package org.ziping.ingest.pdf.ocr;
