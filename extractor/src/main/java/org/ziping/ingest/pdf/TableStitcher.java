package org.ziping.ingest.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ziping.model.DocumentBuilder.RawCell;
import org.ziping.model.DocumentBuilder.RawTable;

/**
 * One logical table assembled from the pieces of a table drawn on consecutive pages, and its
 * conversion to a {@link RawTable}.
 *
 * <p>Cells are kept with their x extents, so that pieces whose grids use different subsets of the
 * columns can be combined: the final grid columns are the union of all pieces' column boundaries
 * (clustered within {@link TableDetector#TOL}) and each cell's column and colSpan are read off its
 * x extent at the end.
 *
 * <p>Appending the next page's piece ({@link #append}): its rows follow the rows so far. When the
 * page break cut a row in two ({@code splitRow}), the piece's first row is not a row of its own: the
 * text of each of its cells is appended to the cell above it that covers the same x (and a cell of
 * the first row that spans further rows extends that cell's rowSpan). Without a split, an empty cell
 * of the piece's first row directly below a vertically merged cell (rowSpan above 1) that reaches
 * the previous page's last row, with the same x extent, continues that merge.
 *
 * <p>{@link #looksLikeSplitRow} decides whether the break cut a row: the first row is not a repeat
 * of the table's first (header) row, and every non-empty cell of it lies below a non-empty cell of
 * the previous last row (the text of a cut row continues in the columns that had text).
 */
final class TableStitcher {

  /** A table piece of one page with the text lines of each of its cells. */
  public record Piece(PageTable table, List<List<TextLine>> cellLines) {}

  private static final class LCell {
    final int row;
    int rowSpan;
    final float x0;
    final float x1;
    final List<TextLine> lines = new ArrayList<>();
    final int page;

    LCell(int row, int rowSpan, float x0, float x1, int page) {
      this.row = row;
      this.rowSpan = rowSpan;
      this.x0 = x0;
      this.x1 = x1;
      this.page = page;
    }
  }

  private final List<LCell> cells = new ArrayList<>();
  private final List<Float> bounds = new ArrayList<>();
  private int rows;
  private final int firstPage;
  private int lastPage;
  private float left;
  private float right;
  private boolean openBottom;

  public TableStitcher(Piece first) {
    firstPage = first.table().page();
    left = first.table().left();
    right = first.table().right();
    add(first, 0, false);
  }

  public int firstPage() {
    return firstPage;
  }

  public int lastPage() {
    return lastPage;
  }

  /**
   * The piece's outer edges equal this table's (within the tolerance) and its column boundaries
   * are a subset or a superset of this table's.
   */
  public boolean sameColumns(PageTable t) {
    float tol = TableDetector.TOL * 1.5f;
    if (Math.abs(t.left() - left) > tol || Math.abs(t.right() - right) > tol) {
      return false;
    }
    boolean pieceInTable = true;
    for (float x : t.xs()) {
      pieceInTable &= indexOf(x, tol) >= 0;
    }
    if (pieceInTable) {
      return true;
    }
    for (float b : bounds) {
      boolean found = false;
      for (float x : t.xs()) {
        found |= Math.abs(x - b) <= tol;
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** Whether the piece's first row continues the row the page break cut (see class doc). */
  public boolean looksLikeSplitRow(Piece next) {
    PageTable t = next.table();
    String header = rowText(0);
    StringBuilder first = new StringBuilder();
    boolean anyText = false;
    for (int i = 0; i < t.cells().size(); i++) {
      PageTable.Region r = t.cells().get(i);
      if (r.row() != 0) {
        continue;
      }
      List<TextLine> lines = next.cellLines().get(i);
      for (TextLine l : lines) {
        first.append(l.text());
      }
      first.append('|');
      if (lines.isEmpty()) {
        continue;
      }
      anyText = true;
      LCell above = covering(rows - 1, (r.x0() + r.x1()) / 2);
      if (above == null || above.lines.isEmpty()) {
        return false;
      }
    }
    return anyText && !strip(first).equals(strip(header));
  }

  private static String strip(CharSequence s) {
    return s.toString().replaceAll("\\s+", "");
  }

  private String rowText(int row) {
    StringBuilder sb = new StringBuilder();
    cells.stream().filter(c -> c.row == row).sorted((a, b) -> Float.compare(a.x0, b.x0))
        .forEach(c -> {
          for (TextLine l : c.lines) {
            sb.append(l.text());
          }
          sb.append('|');
        });
    return sb.toString();
  }

  /** Appends the next page's piece; {@code splitRow} when its first row continues the last row. */
  public void append(Piece next, boolean splitRow) {
    add(next, splitRow ? rows - 1 : rows, splitRow);
  }

  private void add(Piece piece, int offset, boolean splitRow) {
    PageTable t = piece.table();
    List<LCell> lastRowCells = new ArrayList<>();
    if (offset > 0) {
      for (LCell c : cells) {
        if (c.row + c.rowSpan == rows) {
          lastRowCells.add(c);
        }
      }
    }
    int newRows = offset + t.rows();
    for (int i = 0; i < t.cells().size(); i++) {
      PageTable.Region r = t.cells().get(i);
      List<TextLine> lines = piece.cellLines().get(i);
      if (offset > 0 && r.row() == 0) {
        float mid = (r.x0() + r.x1()) / 2;
        LCell above = covering(rows - 1, mid);
        if (splitRow && above != null) {
          above.lines.addAll(lines);
          if (r.rowSpan() > 1) {
            above.rowSpan = Math.max(above.rowSpan, offset + r.rowSpan() - above.row);
          }
          continue;
        }
        if (!splitRow && above != null && lines.isEmpty() && above.rowSpan > 1
            && lastRowCells.contains(above)
            && Math.abs(above.x0 - r.x0()) <= TableDetector.TOL * 1.5f
            && Math.abs(above.x1 - r.x1()) <= TableDetector.TOL * 1.5f) {
          above.rowSpan += r.rowSpan();
          continue;
        }
      }
      LCell c = new LCell(offset + r.row(), r.rowSpan(), r.x0(), r.x1(), t.page());
      c.lines.addAll(lines);
      cells.add(c);
    }
    rows = Math.max(rows, newRows);
    for (float x : t.xs()) {
      if (indexOf(x, TableDetector.TOL) < 0) {
        bounds.add(x);
      }
    }
    bounds.sort(Float::compare);
    lastPage = t.page();
    openBottom = t.openBottom();
  }

  /**
   * The page break certainly cut a row: this table's last piece is open at the bottom and the next
   * piece is open at the top (the cut row's side borders run to the page edges, no border along
   * the cut), as browsers print a row that does not fit on the page.
   */
  public boolean cutRowContinues(Piece next) {
    return openBottom && next.table().openTop();
  }

  private LCell covering(int row, float x) {
    for (LCell c : cells) {
      if (row >= c.row && row < c.row + c.rowSpan && x >= c.x0 && x <= c.x1) {
        return c;
      }
    }
    return null;
  }

  private int indexOf(float x, float tol) {
    int best = -1;
    float bestD = Float.MAX_VALUE;
    for (int i = 0; i < bounds.size(); i++) {
      float d = Math.abs(bounds.get(i) - x);
      if (d <= tol && d < bestD) {
        best = i;
        bestD = d;
      }
    }
    return best;
  }

  private int nearest(float x) {
    int best = 0;
    for (int i = 1; i < bounds.size(); i++) {
      if (Math.abs(bounds.get(i) - x) < Math.abs(bounds.get(best) - x)) {
        best = i;
      }
    }
    return best;
  }

  /** The assembled grid; cell texts by {@link ParagraphAssembler#cellText}. */
  public RawTable toRaw() {
    List<RawCell> out = new ArrayList<>();
    for (LCell c : cells) {
      int col = nearest(c.x0);
      int span = Math.max(1, nearest(c.x1) - col);
      List<TextLine> lines = new ArrayList<>(c.lines);
      lines.sort((a, b) -> a.page() != b.page() ? Integer.compare(a.page(), b.page())
          : Float.compare(a.baseline(), b.baseline()));
      String text = ParagraphAssembler.cellText(lines, c.x0, c.x1);
      Integer page = lines.isEmpty() ? c.page : lines.get(0).page();
      out.add(new RawCell(c.row, col, c.rowSpan, span, text, page));
    }
    return new RawTable(out);
  }

  /** Column boundaries of the assembled grid. */
  public float[] bounds() {
    float[] a = new float[bounds.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = bounds.get(i);
    }
    return a;
  }

  @Override
  public String toString() {
    return "table pages " + firstPage + "-" + lastPage + " rows " + rows + " bounds "
        + Arrays.toString(bounds());
  }
}
