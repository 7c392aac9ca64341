/**
 * Word 2007+ documents: {@link org.ziping.ingest.docx.DocxIngester} opens the package with Apache
 * POI and walks the body markup itself ({@code WordBodyReader}), so paragraphs and tables inside
 * content controls keep their place; list labels are rendered from the numbering definitions,
 * tables become grids with row and column spans. Limits: headers, footers, notes and comments are
 * not read; the layout of text boxes is lost; pages are unknown (Word paginates only when it
 * displays or prints).
 */
package org.ziping.ingest.docx;
