package org.ziping.ingest.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ziping.model.DocumentBuilder.RawCell;
import org.ziping.model.DocumentBuilder.RawTable;

/**
 * Lays out the rows of a Word table ({@code w:tr} of {@code w:tc}) on its column grid, the way Word
 * draws it. Each row starts at grid column {@code w:gridBefore} (columns skipped on the left); each
 * cell covers {@code w:gridSpan} columns (its colSpan). A cell with {@code w:vMerge="restart"} opens
 * a vertical merge in its column; a following {@code w:vMerge} (continue) cell directly below in the
 * same column extends that anchor's rowSpan by one and emits no cell of its own. A continue cell
 * with no merge open directly above it (the cell above is ordinary, or absent) becomes an anchor of
 * its own that later continue cells may extend. The legacy {@code w:hMerge} continue widens the
 * cell to its left. {@code w:gridAfter} columns on the right are left empty.
 *
 * <p>Empty cells stay cells with empty text; no merge is ever inferred from emptiness. Text found in
 * a continue cell (Word hides it) is appended to the anchor's text on a new line and reported as a
 * warning rather than dropped.
 *
 * <p>Limits: the grid comes from spans, not from cell widths; a table whose {@code w:gridSpan}s do
 * not add up to its {@code w:tblGrid} is laid out by its spans (rows may then differ in width).
 */
public final class TableGridBuilder {

  /** How a cell takes part in a merge. */
  public enum Merge { NONE, RESTART, CONTINUE }

  /** A cell as read from the markup, before layout. */
  public record CellSpec(int gridSpan, Merge vMerge, Merge hMerge, String text, List<RawTable> nested) {
    public CellSpec {
      nested = nested == null ? List.of() : List.copyOf(nested);
      text = text == null ? "" : text;
    }

    public CellSpec(int gridSpan, Merge vMerge, String text) {
      this(gridSpan, vMerge, Merge.NONE, text, List.of());
    }
  }

  /** A row as read from the markup. */
  public record RowSpec(int gridBefore, int gridAfter, List<CellSpec> cells) {
    public RowSpec {
      cells = List.copyOf(cells);
    }
  }

  /** The laid-out table, its grid width, and what was noticed on the way. */
  public record Result(RawTable table, int gridColumns, List<String> warnings) {}

  private static final class Anchor {
    final int row;
    final int col;
    int rowSpan = 1;
    int colSpan;
    final StringBuilder text;
    final List<RawTable> nested;

    Anchor(int row, int col, int colSpan, String text, List<RawTable> nested) {
      this.row = row;
      this.col = col;
      this.colSpan = colSpan;
      this.text = new StringBuilder(text);
      this.nested = new ArrayList<>(nested);
    }

    void absorb(CellSpec c) {
      if (!c.text().isBlank()) {
        if (!text.isEmpty()) {
          text.append('\n');
        }
        text.append(c.text());
      }
      nested.addAll(c.nested());
    }
  }

  private TableGridBuilder() {}

  /** Lays out {@code rows}; {@code declaredColumns} is the number of {@code w:gridCol}s (or 0). */
  public static Result build(List<RowSpec> rows, int declaredColumns) {
    List<Anchor> anchors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Map<Integer, Anchor> openVertical = new HashMap<>();
    int width = Math.max(0, declaredColumns);
    for (int r = 0; r < rows.size(); r++) {
      RowSpec row = rows.get(r);
      int col = Math.max(0, row.gridBefore());
      Anchor left = null;
      for (CellSpec c : row.cells()) {
        int span = Math.max(1, c.gridSpan());
        if (c.hMerge() == Merge.CONTINUE && left != null) {
          left.colSpan += span;
          mergedText(left, c, warnings, "horizontally");
          col += span;
          continue;
        }
        Anchor above = openVertical.get(col);
        if (c.vMerge() == Merge.CONTINUE && above != null && above.row + above.rowSpan == r) {
          above.rowSpan++;
          mergedText(above, c, warnings, "vertically");
          left = null;
          col += span;
          continue;
        }
        Anchor a = new Anchor(r, col, span, c.text(), c.nested());
        anchors.add(a);
        for (int k = col; k < col + span; k++) {
          openVertical.remove(k);
        }
        if (c.vMerge() == Merge.RESTART || c.vMerge() == Merge.CONTINUE) {
          openVertical.put(col, a);
        }
        left = a;
        col += span;
      }
      width = Math.max(width, col + Math.max(0, row.gridAfter()));
    }
    List<RawCell> cells = new ArrayList<>();
    for (Anchor a : anchors) {
      cells.add(new RawCell(a.row, a.col, a.rowSpan, a.colSpan, a.text.toString(), null, a.nested));
    }
    return new Result(new RawTable(cells), width, warnings);
  }

  private static void mergedText(Anchor anchor, CellSpec c, List<String> warnings, String how) {
    if (!c.text().isBlank()) {
      warnings.add("text in a " + how + " merged table cell, which Word hides, was appended to the"
          + " merged cell: \"" + abbreviate(c.text()) + "\"");
    }
    anchor.absorb(c);
  }

  private static String abbreviate(String s) {
    String one = s.replace('\n', ' ');
    return one.length() <= 40 ? one : one.substring(0, 40) + "…";
  }
}
