package org.ziping.parse.scores;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.ziping.model.Cell;
import org.ziping.model.TableGrid;
import org.ziping.model.TextNormalizer;

/**
 * Mends the score cells of a table read by OCR before the score parsers read it: the cells of the
 * columns whose header names a maximum or a score (分值, 权重, 满分, 得分, 自评得分, 执行率得分 …,
 * {@link TableHeaders#roleOf(String)}), and the cells of a transposed 分值 / 得分 row (first cell
 * 分值, 得分 …), on the rows below their header.
 *
 * <p>A cell's text that does not read as a number is mended when it is one but for what OCR does to
 * figures in a table cell: full-width digits and signs, the letters O / o / 〇 for 0, l / I / | for 1
 * and S / s for 5, a 分 glued after the number ("20分", "2O分"), a decimal comma or a Chinese full
 * stop or middle dot for the decimal point ("97,5", "97。5"), a point or comma left at the end, and
 * spaces inside the figure ("9 .5"). The mended text must be a score-shaped number (one to three
 * digits, at most two decimals, an optional %); otherwise the cell keeps its text. Inside a score
 * column none of those letters can be meant as a letter, which is why this is done here and not on
 * every OCR word ({@code org.ziping.ingest.pdf.OcrDigits} mends look-alikes only next to a digit,
 * and leaves S alone).
 *
 * <p>Only cells flagged {@code ocr} are touched (cells of pages read by OCR, see
 * {@link org.ziping.model.OcrPage}); a table with none is returned as it is. A mended cell keeps its
 * offsets, page and spans, so every location still points at the text as OCR read it.
 *
 * <p>Limits: two groups of digits apart ("9 5", "10 8": two cells read as one, or a figure split)
 * are left alone, and so is a lone look-alike without any digit ("O", "l": it may be residue of a
 * ruling); a digit misread as another digit (6 for 0) cannot be seen here. Other letters are not
 * mapped: on the 002 corpus scan a score 5 came out as "D", which a D → 0 rule would have made a
 * wrong 0. On the five corpus scans no score cell needs this mending (their score cells are read
 * right, or misread beyond a look-alike: "D", "。。", "ee)"); it is for scans whose score columns
 * come out as in the fixtures of {@code OcrScoreCellsTest}.
 */
final class OcrScoreCells {
  private OcrScoreCells() {}

  /** The words of a transposed table's 分值 / 得分 row label. */
  private static final Pattern ROW_LABEL = Pattern.compile(
      "^(?:分值|满分|权重|标准分|得分|自评得分|评分|自评分)(?:\\(分\\))?$");
  /** A score-shaped number once mended. */
  private static final Pattern SCORE = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,2})?%?$");
  /** Two groups of figure characters with a space between them. */
  private static final Pattern TWO_GROUPS =
      Pattern.compile("[0-9OoIl|〇Ss]\\s+[0-9OoIl|〇Ss]");
  private static final Pattern DECIMAL_MARK = Pattern.compile("(?<=\\d)[,，。·、](?=\\d{1,2}%?$)");

  /** The grid with its OCR-read score cells mended, or the same grid when nothing changes. */
  static TableGrid mend(TableGrid grid) {
    if (grid == null || grid.cells().stream().noneMatch(c -> Boolean.TRUE.equals(c.ocr()))) {
      return grid;
    }
    BitSet[] scoreCols = scoreColumns(grid);
    List<Cell> cells = new ArrayList<>(grid.cells().size());
    boolean changed = false;
    for (Cell c : grid.cells()) {
      Cell out = c;
      if (Boolean.TRUE.equals(c.ocr()) && scoreCols[c.row()].get(c.col())) {
        String mended = mendText(c.text());
        if (!mended.equals(c.text())) {
          out = new Cell(c.row(), c.col(), c.rowSpan(), c.colSpan(), mended, c.start(), c.end(),
              c.page(), c.nested(), c.ocr());
          changed = true;
        }
      }
      cells.add(out);
    }
    return changed ? new TableGrid(grid.rows(), grid.cols(), cells) : grid;
  }

  /**
   * For each row, the grid columns that hold scores there: those of the score headers of the
   * nearest header row above, and every column but the first of a 分值 / 得分 row.
   */
  private static BitSet[] scoreColumns(TableGrid grid) {
    BitSet[] out = new BitSet[grid.rows()];
    BitSet current = new BitSet();
    for (int r = 0; r < grid.rows(); r++) {
      if (TableHeaders.header(grid, r).isPresent()) {
        current = new BitSet();
        for (Cell c : grid.row(r)) {
          ColumnRole role = TableHeaders.roleOf(c.text());
          if (role == ColumnRole.MAX_SCORE || role == ColumnRole.SCORE) {
            current.set(c.col(), c.col() + c.colSpan());
          }
        }
        out[r] = new BitSet(); // the header row itself holds words
        continue;
      }
      BitSet here = (BitSet) current.clone();
      Cell first = grid.cellAt(r, 0);
      if (first != null && first.row() == r && ROW_LABEL.matcher(Cells.key(first.text())).matches()) {
        here.set(first.col() + first.colSpan(), Math.max(grid.cols(), 1));
      }
      out[r] = here;
    }
    return out;
  }

  /** The text of one OCR score cell, mended when it then reads as a score; else as it was. */
  static String mendText(String text) {
    if (text == null || text.isBlank() || Cells.number(text) != null) {
      return text;
    }
    String t = TextNormalizer.normalize(text).strip();
    if (TWO_GROUPS.matcher(t).find()) {
      return text;
    }
    t = t.replaceAll("\\s+", "");
    boolean realDigit = t.chars().anyMatch(ch -> ch >= '0' && ch <= '9');
    if (t.endsWith("分")) {
      t = t.substring(0, t.length() - 1);
    }
    t = t.replaceAll("[.,。，、]+$", "");
    if (t.isEmpty() || !realDigit && t.length() < 2) {
      return text;
    }
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      b.append(switch (ch) {
        case 'O', 'o', '〇' -> '0';
        case 'l', 'I', '|' -> '1';
        case 'S', 's' -> '5';
        default -> ch;
      });
    }
    String m = DECIMAL_MARK.matcher(b).replaceAll(".");
    return SCORE.matcher(m).matches() ? m : text;
  }
}
