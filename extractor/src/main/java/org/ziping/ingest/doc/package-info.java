/**
 * Word 97-2003 documents (.doc) and WPS Writer's .wps files (the same binary format) read with
 * Apache POI's HWPF into the document model, as {@code org.ziping.ingest.docx} does for .docx.
 *
 * <p>Algorithm: {@link org.ziping.ingest.doc.DocIngester} opens the file; {@code DocBodyReader}
 * walks the paragraphs of the main text: paragraphs and headings (outline level or a "heading N"
 * style) with list labels rendered by Tika's {@code ListManager}, hidden and deleted runs and field
 * codes left out; the paragraphs of a table become one table block, and {@code DocTableLayout} puts
 * its rows on a column grid made of all cell edges (a .doc row stores its cells' edges, not a grid)
 * before the docx {@code TableGridBuilder} applies vertical and horizontal merges.
 *
 * <p>Data source: the document's main text range and its paragraph, character and table
 * properties.
 *
 * <p>Limits: headers, footers, notes, comments and text boxes are not read; pages are unknown;
 * Word 6.0/95 files are refused.
 */
package org.ziping.ingest.doc;
