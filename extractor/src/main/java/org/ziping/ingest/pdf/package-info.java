/**
 * The PDF ingester: a PDF's text layer, read with PDFBox, as headings, paragraphs and table grids,
 * each with its page. {@link org.ziping.ingest.pdf.PdfIngester} is the only public class; its
 * helpers are package-private.
 *
 * <p>Data source: the glyphs PDFBox's text stripper decodes (Unicode, position, size, font
 * weight), and the paths of the page's graphics stream (lines and thin filled rectangles), both in
 * top-down coordinates of the page as displayed (crop box, /Rotate applied).
 *
 * <p>Algorithm, per page:
 * <ol>
 *   <li>{@code LineCollector} collects the glyphs, {@code RulingCollector} the horizontal and
 *       vertical rulings (stroked segments, thin filled rectangles; white ones ignored);</li>
 *   <li>{@code TableDetector} rebuilds ruled tables: collinear segments merged, crossing
 *       segments joined into components, grid lines clustered, cells grown with row and column
 *       spans. A table whose side borders run on past its first or last horizontal rule (a row cut
 *       by a page break, as browsers print it) is left open there; {@code StaggeredRows} drops the
 *       thin rows that come from one row border drawn at two heights;</li>
 *   <li>each glyph goes to the table cell under its centre or to the body; lines are built per
 *       cell and for the body ({@code TextLine});</li>
 *   <li>over the document, {@code PageFurnitureFilter} drops running headers, footers and page
 *       numbers; {@code StreamTableDetector} turns runs of body lines whose fields line up in
 *       columns of white space into grids (tables without rulings, after tabula-java's stream
 *       extraction), conservatively so that prose never becomes a table;</li>
 *   <li>{@code DocumentAssembler} assembles paragraphs ({@code ParagraphAssembler}) and headings
 *       and puts paragraphs and tables in reading order; {@code TableStitcher} joins a table that
 *       ends a page with the table that begins the next when their columns agree, and the two
 *       halves of a row the page break cut.</li>
 * </ol>
 *
 * <p>Producers met (see {@code docs/formats.md}): LibreOffice, Chromium/Skia (Type 3 fonts, each
 * cell's borders drawn on their own, rows cut at page breaks), WPS 文字/表格/Office, Microsoft Word
 * 2007, Acrobat PDFMaker and Distiller, PScript5 (pages with /Rotate 90), Adobe Acrobat Pro.
 *
 * <p>Limits: scanned pages (no text layer) are not read here; multi-column body layouts are read
 * line by line across the columns; a stream table whose cells wrap onto several lines comes out in
 * pieces or as paragraphs and gets no spans; two ruled tables whose borders touch are one grid;
 * text drawn as vector outlines is not text.
 */
package org.ziping.ingest.pdf;
