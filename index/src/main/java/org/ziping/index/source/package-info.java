/**
 * The original document behind an indexed report, for showing a finding's evidence in place:
 * locating the file ({@link org.ziping.index.source.SourceFiles}), rendering a PDF page as an
 * image ({@link org.ziping.index.source.PageImages}, PDFBox, cached) and finding the boxes of a
 * quoted text on a PDF page ({@link org.ziping.index.source.PdfTextBoxes}, PDFBox text
 * positions). The document model keeps character offsets and pages, not glyph positions; the
 * positions are re-read from the PDF when a page is shown.
 */
package org.ziping.index.source;
