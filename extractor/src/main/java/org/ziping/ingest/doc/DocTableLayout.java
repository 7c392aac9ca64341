package org.ziping.ingest.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ziping.ingest.docx.TableGridBuilder;
import org.ziping.ingest.docx.TableGridBuilder.CellSpec;
import org.ziping.ingest.docx.TableGridBuilder.Merge;
import org.ziping.ingest.docx.TableGridBuilder.RowSpec;
import org.ziping.model.DocumentBuilder.RawTable;

/**
 * Puts the rows of a Word 97 table on a column grid. A .doc row stores only its cells' left edges
 * and widths (in twips), not a table grid: the grid's column boundaries are all the cell edges of
 * all rows, edges closer than {@link #TOLERANCE} twips taken as one (Word nudges them by a few
 * twips). A cell covers the grid columns between its left and right edge (its colSpan); a row
 * starting right of the first boundary skips columns on the left. Vertical merges (the
 * {@code fVertMerge}/{@code fVertRestart} flags) and legacy horizontal merges ({@code fMerged}/
 * {@code fFirstMerged}) are then laid out by {@link TableGridBuilder}, exactly as for .docx.
 *
 * <p>Limits: a cell whose stored width is zero or negative covers one column.
 */
final class DocTableLayout {
  /** Edges this close (twips; 1/1440 inch) are one grid boundary: about 0.5 mm. */
  static final int TOLERANCE = 30;

  /** One cell as stored: its edges in twips and its merge flags. */
  record DocCell(int left, int right, Merge vMerge, Merge hMerge, String text,
                 List<RawTable> nested) {}

  private DocTableLayout() {}

  static TableGridBuilder.Result layout(List<List<DocCell>> rows) {
    TreeSet<Integer> raw = new TreeSet<>();
    for (List<DocCell> row : rows) {
      for (DocCell c : row) {
        raw.add(c.left());
        raw.add(Math.max(c.right(), c.left() + 1));
      }
    }
    List<Integer> edges = new ArrayList<>();
    for (int x : raw) {
      if (edges.isEmpty() || x - edges.get(edges.size() - 1) > TOLERANCE) {
        edges.add(x);
      }
    }
    int columns = Math.max(1, edges.size() - 1);
    List<RowSpec> specs = new ArrayList<>();
    for (List<DocCell> row : rows) {
      if (row.isEmpty()) {
        specs.add(new RowSpec(0, 0, List.of()));
        continue;
      }
      int before = column(edges, row.get(0).left());
      int at = before;
      List<CellSpec> cells = new ArrayList<>();
      for (DocCell c : row) {
        int end = Math.max(column(edges, Math.max(c.right(), c.left() + 1)), at + 1);
        cells.add(new CellSpec(end - at, c.vMerge(), c.hMerge(), c.text(), c.nested()));
        at = end;
      }
      specs.add(new RowSpec(before, Math.max(0, columns - at), cells));
    }
    return TableGridBuilder.build(specs, columns);
  }

  /** Index of the grid boundary nearest to {@code x}. */
  private static int column(List<Integer> edges, int x) {
    int best = 0;
    for (int i = 1; i < edges.size(); i++) {
      if (Math.abs(edges.get(i) - x) < Math.abs(edges.get(best) - x)) {
        best = i;
      }
    }
    return best;
  }
}
