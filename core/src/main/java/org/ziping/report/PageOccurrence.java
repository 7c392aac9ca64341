package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a finding's evidence stands among the text of its PDF page, so that a later stage finds
 * its figure among the page's glyphs without reading the document again
 * ({@code render/AnnotatedPdfWriter}). Written by the extraction for every distinct location of
 * the report's findings' evidence that has a page ({@link Report#pageOccurrences()}).
 *
 * <p>The figure is the extracted text at the location with white space removed. It is counted in
 * two readings of the page's extracted text: its paragraphs and table cells standing on the page,
 * in text order ({@code index}, {@code count}); and the page as one stretch, from the first
 * offset of the blocks on the page to the last, the evidence included ({@code spanIndex},
 * {@code spanCount}). A reader that finds the figure as often among the page's glyphs as in one
 * reading takes the occurrence that reading gives.
 *
 * @param start     the evidence location's start offset (with {@code end} and {@code page}, the
 *                  key a reader looks the evidence up by)
 * @param end       the location's end offset
 * @param page      the location's page, from 1
 * @param text      the extracted text at the location, white space removed
 * @param index     how many occurrences of {@code text} stand before the location among the page's
 *                  paragraphs and cells
 * @param count     how many stand among them in all
 * @param spanIndex the same, counted over the page's stretch
 * @param spanCount how many stand in that stretch in all
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PageOccurrence(int start, int end, int page, String text, int index, int count,
                             int spanIndex, int spanCount) {

  /** Whether this is the occurrence of the figure at {@code l}. */
  public boolean at(Location l) {
    return l != null && l.page() != null && l.start() == start && l.end() == end
        && l.page() == page;
  }
}
