/**
 * Plain text and markdown-ish exports: {@link org.ziping.ingest.text.TextIngester} decodes the
 * bytes ({@code CharsetSniffer}: byte-order marks, valid UTF-8, else GB18030; UTF-16 without a
 * mark by {@code Utf16Sniffer}), makes every non-blank line a paragraph, markdown markers hints,
 * and tab-separated rows tables (also Word tables flattened one cell per line). The same layout
 * rules turn Tika's text into blocks for the fallback ingester. Limits: a table without separators
 * stays prose; headings are only those the markup marks.
 */
package org.ziping.ingest.text;
