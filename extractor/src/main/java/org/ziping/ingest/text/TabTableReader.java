package org.ziping.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ziping.model.DocumentBuilder.RawCell;
import org.ziping.model.DocumentBuilder.RawTable;

/**
 * Reads a table written as tab-separated rows, the layout of spreadsheet-like text exports (one
 * line per row, fields separated by tabs, merged cells exported as empty fields).
 *
 * <p>Algorithm:
 * <ol>
 *   <li>A run of lines holding tabs (the caller lets blank lines between them pass, as Tika
 *       separates table rows by blank lines) is a table when it has at least two lines and more
 *       than half of them have the same number of fields (at least two); that number is the column
 *       count. A longer row widens the table unless its surplus fields are all empty; a shorter row
 *       is padded with empty cells.</li>
 *   <li>A row whose only non-empty field is the first one is a title or note row: one cell spanning
 *       all columns.</li>
 *   <li>Vertical merges: an empty cell that is a leading empty cell of its row (every cell left of it
 *       is empty too, or it is in column 0), in a row that has some text, under a one-column cell with
 *       text (or under a cell already extended this way), continues the cell above: the anchor's row
 *       span grows by one and no cell is emitted. Exports of Word and PDF tables write vertically
 *       merged label cells (一级指标, 二级指标 columns) this way.</li>
 *   <li>A first column that is empty in every row is dropped: Tika's text of HTML and Word
 *       tables writes a tab before every cell.</li>
 *   <li>A cell's text is its field with {@link MarkdownHints#inline bold markup} removed and ASCII
 *       white space trimmed.</li>
 * </ol>
 *
 * <p>Limits: a genuinely empty leading cell under a label is read as part of the label's merge
 * (the text cannot tell the two apart); merges in the middle of a row and horizontal merges other
 * than the title/note rows are not recovered (they stay empty cells); a row shifted by the exporter
 * stays shifted; two tab tables separated only by blank lines are read as one.
 */
public final class TabTableReader {

  /**
   * A table read from tab-separated lines.
   *
   * @param raw   the anchor cells
   * @param rows  row count
   * @param cols  column count
   * @param hints {@code tab-separated}, plus {@code bold} when a cell had bold markup
   */
  public record Table(RawTable raw, int rows, int cols, List<String> hints) {
    public Table {
      hints = List.copyOf(hints);
    }
  }

  private static final class Anchor {
    final int row;
    final int col;
    int rowSpan = 1;
    final int colSpan;
    final String text;

    Anchor(int row, int col, int colSpan, String text) {
      this.row = row;
      this.col = col;
      this.colSpan = colSpan;
      this.text = text;
    }
  }

  private TabTableReader() {}

  /** Fields of one line (trailing empty fields kept). */
  public static String[] fields(String line) {
    return line.split("\t", -1);
  }

  /** The column count when {@code lines} form a table, else 0. */
  public static int columns(List<String> lines) {
    if (lines.size() < 2) {
      return 0;
    }
    Map<Integer, Integer> counts = new HashMap<>();
    for (String l : lines) {
      counts.merge(fields(l).length, 1, Integer::sum);
    }
    int best = 0;
    int bestCount = 0;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() > best)) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best >= 2 && bestCount * 2 > lines.size() ? best : 0;
  }

  /** Reads {@code lines} as one table; call only when {@link #columns} is positive. */
  public static Table read(List<String> lines) {
    int cols = columns(lines);
    if (cols == 0) {
      throw new IllegalArgumentException("not a tab-separated table");
    }
    boolean bold = false;
    List<List<String>> rows = new ArrayList<>();
    for (String l : lines) {
      String[] f = fields(l);
      List<String> row = new ArrayList<>();
      for (String field : f) {
        MarkdownHints.Marked m = MarkdownHints.inline(field);
        bold |= m.hints().contains("bold");
        row.add(TextLines.trimAscii(m.text()));
      }
      int n = row.size();
      while (n > cols && row.get(n - 1).isEmpty()) {
        n--;
      }
      row = new ArrayList<>(row.subList(0, n));
      cols = Math.max(cols, row.size());
      rows.add(row);
    }
    boolean firstColumnEmpty = true;
    for (List<String> row : rows) {
      firstColumnEmpty &= row.get(0).isEmpty();
    }
    if (firstColumnEmpty && cols > 1) {
      for (List<String> row : rows) {
        row.remove(0);
      }
      cols--;
    }
    List<Anchor> anchors = new ArrayList<>();
    Anchor[] above = new Anchor[cols];
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      while (row.size() < cols) {
        row.add("");
      }
      int filled = 0;
      for (String t : row) {
        if (!t.isEmpty()) {
          filled++;
        }
      }
      Anchor[] next = new Anchor[cols];
      if (filled == 1 && !row.get(0).isEmpty() && cols > 1) {
        anchors.add(new Anchor(r, 0, cols, row.get(0)));
        above = next;
        continue;
      }
      boolean leading = true;
      for (int c = 0; c < cols; c++) {
        String t = row.get(c);
        Anchor up = above[c];
        if (t.isEmpty() && leading && filled > 0 && up != null && up.colSpan == 1 && up.col == c
            && !up.text.isEmpty()) {
          up.rowSpan++;
          next[c] = up;
          continue;
        }
        if (!t.isEmpty()) {
          leading = false;
        }
        Anchor a = new Anchor(r, c, 1, t);
        anchors.add(a);
        next[c] = a;
      }
      above = next;
    }
    List<RawCell> cells = new ArrayList<>();
    for (Anchor a : anchors) {
      cells.add(new RawCell(a.row, a.col, a.rowSpan, a.colSpan, a.text, null));
    }
    List<String> hints = new ArrayList<>();
    hints.add("tab-separated");
    if (bold) {
      hints.add("bold");
    }
    return new Table(new RawTable(cells), rows.size(), cols, hints);
  }
}
