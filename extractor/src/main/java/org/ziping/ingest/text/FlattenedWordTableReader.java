package org.ziping.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.ziping.model.DocumentBuilder.RawCell;
import org.ziping.model.DocumentBuilder.RawTable;

/**
 * Reads Word tables that a text export flattened to one cell per line, the layout of forms saved as
 * plain text: every cell starts a line with a tab, an empty cell is a line holding only a tab, a
 * cell's further paragraphs are the following lines that do not start with a tab, and rows are
 * separated by one or more blank lines.
 *
 * <p>Algorithm: starting at a tab-led line, lines are consumed while they are tab-led (a new cell),
 * plain lines directly after a cell (more text of that cell) or blank (end of the row); the run ends
 * at a plain line after a blank line, at a line with tabs inside it, or at the end of the text.
 * The rows of one run form one table; a header row repeated after a page break stays a row of
 * the same table, as it does in the Word original, and the parser treats it as a header. A table is as wide as its widest row; in a
 * shorter row the last cell spans the remaining columns, as Word's grid spans usually do in such
 * forms (a one-cell row is a title spanning the table). A cell's lines are trimmed of ASCII white
 * space and joined by newlines; a cell holding only an ideographic space keeps it. Bold markup and
 * bookmark anchors are removed as in {@link MarkdownHints#inline}.
 *
 * <p>Limits: vertical merges are not recovered (the exports write the covered cells as empty
 * cells and so does Word's own text of them); where a merged cell sits in the middle of a shorter
 * row the span is put on the last cell instead; two tables separated only by blank lines are read
 * as one.
 */
public final class FlattenedWordTableReader {

  /**
   * A table read from flattened rows.
   *
   * @param raw   the anchor cells
   * @param rows  row count
   * @param cols  column count
   * @param hints {@code flattened-form}, plus {@code bold} when a cell had bold markup
   */
  public record Table(RawTable raw, int rows, int cols, List<String> hints) {
    public Table {
      hints = List.copyOf(hints);
    }
  }

  /**
   * Tables read from one run of lines.
   *
   * @param tables the tables in reading order
   * @param next   index of the first line after the run
   */
  public record Result(List<Table> tables, int next) {
    public Result {
      tables = List.copyOf(tables);
    }
  }

  private FlattenedWordTableReader() {}

  /** Reads the run of flattened rows that starts at {@code lines.get(start)}, a tab-led line. */
  public static Result read(List<String> lines, int start) {
    if (TextLines.kind(lines.get(start)) != TextLines.Kind.TAB_LED) {
      throw new IllegalArgumentException("line " + start + " does not start a flattened table");
    }
    List<List<List<String>>> rows = new ArrayList<>();
    List<List<String>> row = null;
    List<String> cell = null;
    int i = start;
    while (i < lines.size()) {
      String line = lines.get(i);
      TextLines.Kind kind = TextLines.kind(line);
      if (kind == TextLines.Kind.TAB_LED) {
        if (row == null) {
          row = new ArrayList<>();
          rows.add(row);
        }
        cell = new ArrayList<>();
        cell.add(line.substring(1));
        row.add(cell);
        i++;
      } else if (kind == TextLines.Kind.PLAIN && cell != null) {
        cell.add(line);
        i++;
      } else if (kind == TextLines.Kind.BLANK) {
        int j = i;
        while (j < lines.size() && TextLines.kind(lines.get(j)) == TextLines.Kind.BLANK) {
          j++;
        }
        row = null;
        cell = null;
        i = j;
        if (j >= lines.size() || TextLines.kind(lines.get(j)) != TextLines.Kind.TAB_LED) {
          break;
        }
      } else {
        break;
      }
    }
    return new Result(group(rows), i);
  }

  private static List<Table> group(List<List<List<String>>> rows) {
    List<Table> tables = new ArrayList<>();
    List<List<String>> current = new ArrayList<>();
    boolean currentBold = false;
    for (List<List<String>> row : rows) {
      List<String> t = new ArrayList<>();
      boolean rowBold = false;
      for (List<String> cell : row) {
        MarkdownHints.Marked m = MarkdownHints.inline(join(cell));
        rowBold |= m.hints().contains("bold");
        t.add(cellText(m.text()));
      }
      current.add(t);
      currentBold |= rowBold;
    }
    if (!current.isEmpty()) {
      tables.add(table(current, currentBold));
    }
    return tables;
  }

  private static String join(List<String> cellLines) {
    List<String> trimmed = new ArrayList<>();
    for (String l : cellLines) {
      trimmed.add(TextLines.trimAscii(l));
    }
    return String.join("\n", trimmed);
  }

  private static String cellText(String s) {
    return TextLines.trimAscii(s);
  }

  private static Table table(List<List<String>> rows, boolean bold) {
    int cols = 0;
    for (List<String> r : rows) {
      cols = Math.max(cols, r.size());
    }
    List<RawCell> cells = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        int span = c == row.size() - 1 ? cols - c : 1;
        cells.add(new RawCell(r, c, 1, span, row.get(c), null));
      }
    }
    List<String> hints = new ArrayList<>();
    hints.add("flattened-form");
    if (bold) {
      hints.add("bold");
    }
    return new Table(new RawTable(cells), rows.size(), cols, hints);
  }
}
