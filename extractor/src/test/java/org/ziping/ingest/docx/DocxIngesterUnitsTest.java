package org.ziping.ingest.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.ingest.docx.ListNumberFormat;
import org.ziping.ingest.docx.TableGridBuilder;
import org.ziping.ingest.docx.TableGridBuilder.CellSpec;
import org.ziping.ingest.docx.TableGridBuilder.Merge;
import org.ziping.ingest.docx.TableGridBuilder.RowSpec;
import org.ziping.model.DocumentBuilder.RawCell;

/** The pieces of the Word ingester that need no document: number formats and grid layout. */
class DocxIngesterUnitsTest {

  @Test
  void chineseCounting() {
    String[] expected = {"一", "二", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一百",
        "一百零一", "一百一十", "一千零一", "一万零一十"};
    int[] n = {1, 2, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1001, 10010};
    for (int i = 0; i < n.length; i++) {
      assertEquals(expected[i], ListNumberFormat.format(n[i], "chineseCounting"), "n=" + n[i]);
      assertEquals(expected[i], ListNumberFormat.format(n[i], "chineseCountingThousand"), "n=" + n[i]);
    }
    assertEquals("拾贰", ListNumberFormat.format(12, "chineseLegalSimplified"));
    assertEquals("一〇一", ListNumberFormat.format(101, "ideographDigital"));
    assertEquals("丙", ListNumberFormat.format(3, "ideographTraditional"));
  }

  @Test
  void enclosedLettersRomanAndFallbacks() {
    assertEquals("①", ListNumberFormat.format(1, "decimalEnclosedCircle"));
    assertEquals("⑳", ListNumberFormat.format(20, "decimalEnclosedCircle"));
    assertEquals("㉑", ListNumberFormat.format(21, "decimalEnclosedCircle"));
    assertEquals("51", ListNumberFormat.format(51, "decimalEnclosedCircle"));
    assertEquals("⑵", ListNumberFormat.format(2, "decimalEnclosedParen"));
    assertEquals("⒊", ListNumberFormat.format(3, "decimalEnclosedFullstop"));
    assertEquals("１２", ListNumberFormat.format(12, "decimalFullWidth"));
    assertEquals("07", ListNumberFormat.format(7, "decimalZero"));
    assertEquals("XIV", ListNumberFormat.format(14, "upperRoman"));
    assertEquals("iv", ListNumberFormat.format(4, "lowerRoman"));
    assertEquals("c", ListNumberFormat.format(3, "lowerLetter"));
    assertEquals("AA", ListNumberFormat.format(27, "upperLetter"));
    assertEquals("", ListNumberFormat.format(5, "none"));
    assertEquals("5", ListNumberFormat.format(5, "hebrew1"));
  }

  private static CellSpec c(String text) {
    return new CellSpec(1, Merge.NONE, text);
  }

  private static RawCell at(TableGridBuilder.Result r, int row, int col) {
    return r.table().cells().stream().filter(x -> x.row() == row && x.col() == col).findFirst()
        .orElseThrow(() -> new AssertionError("no anchor at " + row + "," + col));
  }

  @Test
  void verticalMergesOnlyExtendAnOpenMergeDirectlyAbove() {
    List<RowSpec> rows = List.of(
        new RowSpec(0, 0, List.of(new CellSpec(1, Merge.RESTART, "A"), c("1"))),
        new RowSpec(0, 0, List.of(new CellSpec(1, Merge.CONTINUE, ""), c("2"))),
        new RowSpec(0, 0, List.of(c("B"), c("3"))),
        new RowSpec(0, 0, List.of(new CellSpec(1, Merge.CONTINUE, ""), c("4"))));
    TableGridBuilder.Result r = TableGridBuilder.build(rows, 2);
    assertEquals(2, at(r, 0, 0).rowSpan());
    assertEquals(1, at(r, 2, 0).rowSpan(), "an ordinary cell is never extended");
    assertEquals("", at(r, 3, 0).text(), "a continue cell with no merge open above is its own cell");
    assertEquals(7, r.table().cells().size());
    assertEquals(2, r.gridColumns());
    assertTrue(r.warnings().isEmpty());
  }

  @Test
  void legacyHorizontalMergeWidensTheCellToItsLeft() {
    List<RowSpec> rows = List.of(new RowSpec(0, 0, List.of(
        new CellSpec(1, Merge.NONE, Merge.RESTART, "宽", List.of()),
        new CellSpec(1, Merge.NONE, Merge.CONTINUE, "", List.of()),
        c("窄"))));
    TableGridBuilder.Result r = TableGridBuilder.build(rows, 3);
    assertEquals(2, at(r, 0, 0).colSpan());
    assertEquals("窄", at(r, 0, 2).text());
  }

  @Test
  void gridWidthCoversDeclaredColumnsAndWiderRows() {
    List<RowSpec> rows = List.of(new RowSpec(1, 2, List.of(new CellSpec(3, Merge.NONE, "x"))));
    TableGridBuilder.Result r = TableGridBuilder.build(rows, 4);
    assertEquals(1, at(r, 0, 1).col());
    assertEquals(6, r.gridColumns(), "gridBefore 1 + span 3 + gridAfter 2");
  }
}
