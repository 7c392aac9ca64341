package org.ziping.ingest.pdf;

import java.util.List;

/**
 * What one page contributes: its body lines (not in tables, top to bottom) and its table pieces.
 *
 * @param page      1-based page number
 * @param height    page height in points
 * @param bodyLines lines outside tables, top to bottom
 * @param tables    tables of the page with the lines of each cell, top to bottom
 */
record PageContent(int page, float height, List<TextLine> bodyLines,
                          List<TableStitcher.Piece> tables) {
  public PageContent {
    bodyLines = List.copyOf(bodyLines);
    tables = List.copyOf(tables);
  }
}
