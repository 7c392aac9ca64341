package org.ziping.ingest.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds tables drawn without ruling lines ("stream" tables: columns made by white space) among a
 * page's body lines, and turns them into grids.
 *
 * <p>Algorithm, after tabula-java's stream extraction ({@code BasicExtractionAlgorithm}), with an
 * area search of its own: (1) each body line is cut into chunks where two neighbouring glyphs are
 * more than {@link #GAP} em apart; (2) a candidate area is a run of at least {@link #MIN_ROWS}
 * consecutive lines, each of at least two chunks, at most {@link #MAX_PITCH} em from baseline to
 * baseline; (3) the column regions are grown as tabula does: the chunks of the first line are the
 * first regions, a chunk of a later line that overlaps a region horizontally widens it, one that
 * overlaps none starts a new region; regions that come to overlap are merged; (4) the area is a
 * table when it has at least two columns and every line has chunks in at least two of them; the
 * column boundaries are the middles of the gaps between regions, the row boundaries the middles
 * between the lines; each line is a row, each glyph goes to the cell under its centre.
 *
 * <p>Conservative by design: a line of running text has no gap of {@value #GAP} em (CJK text is set
 * solid, Latin words are a quarter em apart), so prose never becomes a table; a single line with
 * two fields ("部门：…      单位：万元") is not a table either.
 *
 * <p>Limits: a cell whose text wraps onto a second line ends the area (the wrapped line has one
 * chunk), so such tables come out in pieces or as paragraphs; no row or column spans are found;
 * columns that touch (no gap in any line) are one column.
 */
final class StreamTableDetector {
  /** Smallest gap between two glyphs, in em, that separates two chunks of a line. */
  static final float GAP = 1.5f;
  /** Fewest lines of a stream table. */
  static final int MIN_ROWS = 3;
  /** Largest baseline distance, in em, between two rows of a stream table. */
  static final float MAX_PITCH = 2.5f;

  private StreamTableDetector() {}

  /** A stream table: its grid and the body lines it was made of. */
  record Found(PageTable table, List<TextLine> lines) {}

  /** The stream tables among the body lines of one page (top to bottom). */
  static List<Found> detect(List<TextLine> lines, int page) {
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int j = i;
      while (j < lines.size() && chunks(lines.get(j)).size() >= 2
          && (j == i || pitchOk(lines.get(j - 1), lines.get(j)))) {
        j++;
      }
      if (j - i >= MIN_ROWS) {
        Found f = grid(lines.subList(i, j), page);
        if (f != null) {
          out.add(f);
        }
      }
      i = Math.max(j, i + 1);
    }
    return out;
  }

  /**
   * Takes the stream tables out of a page's body lines: returns the table pieces, each cell with
   * its own lines, and leaves in {@code body} the lines that are not in a table.
   */
  static List<TableStitcher.Piece> extract(List<TextLine> body, int page) {
    List<TableStitcher.Piece> pieces = new ArrayList<>();
    for (Found f : detect(body, page)) {
      PageTable t = f.table();
      List<List<PositionedChar>> perCell = new ArrayList<>();
      for (int k = 0; k < t.cells().size(); k++) {
        perCell.add(new ArrayList<>());
      }
      for (TextLine l : f.lines()) {
        for (PositionedChar c : l.chars()) {
          perCell.get(t.cellAt(c.centerX(), c.centerY())).add(c);
        }
      }
      List<List<TextLine>> cellLines = new ArrayList<>();
      for (List<PositionedChar> g : perCell) {
        cellLines.add(TextLine.build(g, page));
      }
      pieces.add(new TableStitcher.Piece(t, cellLines));
      body.removeAll(f.lines());
    }
    return pieces;
  }

  private static boolean pitchOk(TextLine a, TextLine b) {
    float em = Math.max(a.fontSize(), b.fontSize());
    return b.baseline() - a.baseline() <= MAX_PITCH * em;
  }

  /** The line's chunks as [x0, x1] pairs, left to right. */
  static List<float[]> chunks(TextLine l) {
    List<float[]> out = new ArrayList<>();
    List<PositionedChar> cs = l.chars();
    float x0 = cs.get(0).x();
    float x1 = cs.get(0).right();
    for (int k = 1; k < cs.size(); k++) {
      PositionedChar c = cs.get(k);
      float em = Math.max(c.fontSize(), cs.get(k - 1).fontSize());
      if (c.x() - x1 > GAP * em) {
        out.add(new float[] {x0, x1});
        x0 = c.x();
      }
      x1 = Math.max(x1, c.right());
    }
    out.add(new float[] {x0, x1});
    return out;
  }

  private static Found grid(List<TextLine> rows, int page) {
    List<float[]> regions = new ArrayList<>();
    for (TextLine l : rows) {
      for (float[] ch : chunks(l)) {
        boolean merged = false;
        for (float[] r : regions) {
          if (ch[0] <= r[1] && ch[1] >= r[0]) {
            r[0] = Math.min(r[0], ch[0]);
            r[1] = Math.max(r[1], ch[1]);
            merged = true;
          }
        }
        if (!merged) {
          regions.add(new float[] {ch[0], ch[1]});
        }
      }
    }
    regions.sort((a, b) -> Float.compare(a[0], b[0]));
    List<float[]> cols = new ArrayList<>();
    for (float[] r : regions) {
      float[] last = cols.isEmpty() ? null : cols.get(cols.size() - 1);
      if (last != null && r[0] <= last[1]) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        cols.add(new float[] {r[0], r[1]});
      }
    }
    if (cols.size() < 2) {
      return null;
    }
    float[] xs = new float[cols.size() + 1];
    xs[0] = cols.get(0)[0] - 1;
    for (int k = 1; k < cols.size(); k++) {
      xs[k] = (cols.get(k - 1)[1] + cols.get(k)[0]) / 2;
    }
    xs[cols.size()] = cols.get(cols.size() - 1)[1] + 1;
    for (TextLine l : rows) {
      Set<Integer> used = new HashSet<>();
      for (float[] ch : chunks(l)) {
        used.add(column(xs, (ch[0] + ch[1]) / 2));
      }
      if (used.size() < 2) {
        return null;
      }
    }
    float[] ys = new float[rows.size() + 1];
    ys[0] = rows.get(0).top() - 1;
    for (int k = 1; k < rows.size(); k++) {
      ys[k] = (rows.get(k - 1).bottom() + rows.get(k).top()) / 2;
    }
    ys[rows.size()] = rows.get(rows.size() - 1).bottom() + 1;
    int nr = rows.size();
    int nc = cols.size();
    List<PageTable.Region> cells = new ArrayList<>();
    int[][] owner = new int[nr][nc];
    for (int r = 0; r < nr; r++) {
      for (int c = 0; c < nc; c++) {
        owner[r][c] = cells.size();
        cells.add(new PageTable.Region(r, c, 1, 1, xs[c], ys[r], xs[c + 1], ys[r + 1]));
      }
    }
    return new Found(new PageTable(page, xs, ys, cells, owner, false, false), List.copyOf(rows));
  }

  private static int column(float[] xs, float x) {
    for (int k = 1; k < xs.length - 1; k++) {
      if (x < xs[k]) {
        return k - 1;
      }
    }
    return xs.length - 2;
  }
}
