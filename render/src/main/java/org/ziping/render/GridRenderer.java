package org.ziping.render;

import java.util.ArrayList;
import java.util.List;
import org.ziping.model.Block;
import org.ziping.model.Cell;
import org.ziping.model.DocumentModel;
import org.ziping.model.TableGrid;

/**
 * Draws a document model as text for a person to check what was read: the file, its warnings
 * ({@code !}) and a web page's metadata fields ({@code =}), then one line of header per block (index, type, page, offsets, level, style, hints), then its text; tables as a grid where
 * {@code ^} marks a position covered by the cell above (row span) and {@code <} one covered by the
 * cell to the left (column span). Cell text is cut to a width; newlines show as ⏎. Widths count
 * CJK characters as two columns.
 */
public final class GridRenderer {
  private final int maxCellWidth;

  public GridRenderer(int maxCellWidth) {
    this.maxCellWidth = maxCellWidth;
  }

  public String render(DocumentModel doc) {
    StringBuilder sb = new StringBuilder();
    var s = doc.source();
    sb.append("# ").append(s.file()).append("  format=").append(s.format())
        .append(" type=").append(s.mediaType());
    if (s.pages() != null) {
      sb.append(" pages=").append(s.pages());
    }
    sb.append(" chars=").append(doc.text().length()).append(" blocks=").append(doc.blocks().size())
        .append('\n');
    for (String w : doc.warnings()) {
      sb.append("! ").append(w).append('\n');
    }
    doc.pageMetadata().forEach((k, v) -> sb.append("= ").append(k).append(": ").append(v).append('\n'));
    for (Block b : doc.blocks()) {
      sb.append('[').append(b.index()).append("] ").append(b.type());
      if (b.headingLevel() != null) {
        sb.append(" h").append(b.headingLevel());
      }
      if (b.page() != null) {
        sb.append(" p").append(b.page());
      }
      sb.append(" @").append(b.start()).append('-').append(b.end());
      if (b.style() != null) {
        sb.append(" style=").append(b.style());
      }
      if (!b.hints().isEmpty()) {
        sb.append(' ').append(b.hints());
      }
      if (b.sheet() != null) {
        sb.append(" sheet=").append(b.sheet().sheet()).append('!').append(b.sheet().cellRef(0, 0));
        if (!b.sheet().hiddenRows().isEmpty()) {
          sb.append(" hidden-rows=").append(b.sheet().hiddenRows());
        }
        if (!b.sheet().hiddenCols().isEmpty()) {
          sb.append(" hidden-cols=").append(b.sheet().hiddenCols());
        }
      }
      sb.append('\n');
      if (b.table() != null) {
        renderGrid(b.table(), sb, "  ");
      } else {
        sb.append("  ").append(b.text().replace("\n", "⏎")).append('\n');
      }
    }
    return sb.toString();
  }

  private void renderGrid(TableGrid t, StringBuilder sb, String indent) {
    sb.append(indent).append(t.rows()).append(" rows x ").append(t.cols()).append(" cols\n");
    String[][] shown = new String[t.rows()][t.cols()];
    List<Cell> withNested = new ArrayList<>();
    for (int r = 0; r < t.rows(); r++) {
      for (int c = 0; c < t.cols(); c++) {
        Cell cell = t.cellAt(r, c);
        if (cell == null) {
          shown[r][c] = "";
        } else if (cell.row() == r && cell.col() == c) {
          shown[r][c] = clip(cell.text().replace("\n", "⏎"));
          if (!cell.nested().isEmpty()) {
            withNested.add(cell);
          }
        } else {
          shown[r][c] = cell.row() < r ? "^" : "<";
        }
      }
    }
    int[] width = new int[t.cols()];
    for (String[] row : shown) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], displayWidth(row[c]));
      }
    }
    for (String[] row : shown) {
      sb.append(indent).append('|');
      for (int c = 0; c < row.length; c++) {
        sb.append(' ').append(row[c]).append(" ".repeat(width[c] - displayWidth(row[c]))).append(" |");
      }
      sb.append('\n');
    }
    for (Cell c : withNested) {
      for (TableGrid n : c.nested()) {
        sb.append(indent).append("nested in (").append(c.row()).append(',').append(c.col())
            .append("):\n");
        renderGrid(n, sb, indent + "  ");
      }
    }
  }

  private String clip(String s) {
    StringBuilder out = new StringBuilder();
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int cw = charWidth(cp);
      if (w + cw > maxCellWidth) {
        out.append('…');
        break;
      }
      out.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += charWidth(cp);
      i += Character.charCount(cp);
    }
    return w;
  }

  private static int charWidth(int cp) {
    return (cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD)
        || (cp >= 0x2460 && cp <= 0x24FF) || cp == 0x2026 || cp == 0x23CE)) ? 2 : 1;
  }
}
