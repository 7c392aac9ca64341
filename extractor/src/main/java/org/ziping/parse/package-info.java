/**
 * The parse stage: a {@link org.ziping.model.DocumentModel} in, typed report records out.
 *
 * <p>Order of work ({@link org.ziping.parse.ReportParser}): web-page furniture at the head and tail
 * is recognised and set aside ({@link org.ziping.parse.PageFurniture}); the rest is split into
 * reports at their titles ({@link org.ziping.parse.ReportSplitter}); each report's kind is decided
 * from its title lines, table captions, placeholders and self-scores, with the deciding phrases as
 * evidence ({@link org.ziping.parse.KindClassifier}, words in {@link org.ziping.parse.KindCues} and
 * {@link org.ziping.parse.ReportKind}); its metadata (unit, year, date, budget code) is read from
 * labelled fields, the title, the page's fields, the signature, the body
 * ({@link org.ziping.parse.MetadataParser}, names checked by {@link org.ziping.parse.UnitNames});
 * then sections and figures. Every parser reads through a {@link org.ziping.parse.ReportScope},
 * which also makes the locations.
 *
 * <p>Data source: only the document model, so every format (txt, docx, pdf, html through Tika,
 * spreadsheets) is parsed by the same code. Limits are stated on each class; in short, the words
 * lists are those of published Chinese budget and self-evaluation documents, and what they do not
 * cover is left null or "other" with a warning rather than guessed.
 */
package org.ziping.parse;
