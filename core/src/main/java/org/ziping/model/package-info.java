/**
 * The document model, what ingest writes and parse reads: a document's extracted text and its
 * blocks in reading order (paragraphs, headings, tables as grids with spans), with pages, boxes,
 * sheet areas and OCR marks. Invariant of every ingester: each block's and cell's
 * {@code start/end} cut its text out of {@link org.ziping.model.DocumentModel#text()}, so every
 * location of the report JSON points into one text. Plain records, no format code: the ingesters
 * in {@code org.ziping.ingest} build them ({@link org.ziping.model.DocumentBuilder}).
 */
package org.ziping.model;
