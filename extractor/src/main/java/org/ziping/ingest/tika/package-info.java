/**
 * The fallback ingester for formats no dedicated ingester claims: Tika's {@code AutoDetectParser}
 * extracts the body text, which goes through the text layout rules of {@code
 * org.ziping.ingest.text}. Configured on purpose: no OCR and no PDF bookmarks appended, so results
 * never depend on what is installed. Limits: no positions or pages, tables only as Tika writes
 * them (tab-separated rows).
 */
package org.ziping.ingest.tika;
