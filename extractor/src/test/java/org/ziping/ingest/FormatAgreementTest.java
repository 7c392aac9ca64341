package org.ziping.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.Cell;
import org.ziping.model.DocumentModel;
import org.ziping.model.TableGrid;
import org.ziping.testing.Corpus;
import org.ziping.testing.GoldenFiles;

/**
 * The three formats of a report give the same model: the same paragraph text (white space aside)
 * and the same table grids (cells, positions, spans, texts). The docx and pdf renders are compared
 * cell for cell; the txt exports differ from the renders in a few cells where the source files
 * themselves differ, and those differences are pinned here one by one.
 */
class FormatAgreementTest {
  private static final DocumentReader READER = DocumentReader.standard(IngestConfig.defaults());

  private static DocumentModel read(String seed, String ext) throws Exception {
    return READER.read(Corpus.file(seed, ext));
  }

  /** One line per anchor cell: row, col, spans and text without white space. */
  static List<String> cells(TableGrid t) {
    List<String> out = new ArrayList<>();
    for (Cell c : t.cells()) {
      out.add(c.row() + "," + c.col() + " " + c.rowSpan() + "x" + c.colSpan() + " "
          + c.text().replaceAll("[\\s\\u3000]+", ""));
    }
    return out;
  }

  static TableGrid tableWith(DocumentModel d, String firstCell) {
    return d.blocks().stream().filter(b -> b.type() == BlockType.TABLE)
        .map(Block::table)
        .filter(t -> t.cells().get(0).text().replaceAll("\\s+", "").startsWith(firstCell))
        .findFirst().orElseThrow(() -> new AssertionError("no table starting with " + firstCell));
  }

  /**
   * Paragraph text without white space. A paragraph that is only a number is left out: the pdf
   * ingester drops bare page numbers, which text exports and Word renders keep as paragraphs.
   */
  static String paragraphText(DocumentModel d) {
    return d.blocks().stream().filter(b -> b.type() != BlockType.TABLE).map(Block::text)
        .filter(t -> !t.strip().matches("\\d{1,4}"))
        .collect(Collectors.joining()).replaceAll("[\\s\\u3000]+", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void paragraphTextIsTheSameInEveryFormat(String seed) throws Exception {
    String txt = paragraphText(read(seed, "txt"));
    for (String ext : Corpus.formatsBesideText()) {
      String other = paragraphText(read(seed, ext));
      if (!txt.equals(other)) {
        int i = 0;
        while (i < txt.length() && i < other.length() && txt.charAt(i) == other.charAt(i)) {
          i++;
        }
        throw new AssertionError(seed + " " + ext + " differs from txt at " + i + ":\n txt: "
            + txt.substring(Math.max(0, i - 20), Math.min(txt.length(), i + 40)) + "\n " + ext + ": "
            + other.substring(Math.max(0, i - 20), Math.min(other.length(), i + 40)));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"001", "002"})
  void docxAndPdfTablesAreTheSame(String seed) throws Exception {
    List<TableGrid> a = tables(read(seed, "docx"));
    for (String pdf : List.of("pdf", "chromium.pdf")) {
      List<TableGrid> b = tables(read(seed, pdf));
      assertEquals(a.size(), b.size(), pdf + " table count");
      for (int i = 0; i < a.size(); i++) {
        assertEquals(a.get(i).rows() + "x" + a.get(i).cols(),
            b.get(i).rows() + "x" + b.get(i).cols(), pdf + " table " + i);
        String x = String.join("\n", cells(a.get(i)));
        String y = String.join("\n", cells(b.get(i)));
        assertEquals(x, y, pdf + " table " + i + "\n" + GoldenFiles.diff(x, y, 30));
      }
    }
  }

  static List<TableGrid> tables(DocumentModel d) {
    return d.blocks().stream().filter(b -> b.type() == BlockType.TABLE).map(Block::table).toList();
  }

  @org.junit.jupiter.api.Test
  void indicatorTableOf002AgreesAcrossFormats() throws Exception {
    TableGrid txt = tableWith(read("002", "txt"), "2023年度部门");
    TableGrid docx = tableWith(read("002", "docx"), "2023年度部门");
    assertEquals("22x8", txt.rows() + "x" + txt.cols());
    TreeSet<String> onlyTxt = new TreeSet<>(cells(txt));
    onlyTxt.removeAll(cells(docx));
    TreeSet<String> onlyDocx = new TreeSet<>(cells(docx));
    onlyDocx.removeAll(cells(txt));
    // The renders merge the 合计 row's second cell into 服务对象满意度 above it; the text export
    // writes that cell as an empty cell of the 合计 row. Everything else is identical.
    assertEquals(List.of("18,1 1x1 服务对象满意度", "19,1 1x1 "), new ArrayList<>(onlyTxt));
    assertEquals(List.of("18,1 2x1 服务对象满意度"), new ArrayList<>(onlyDocx));
  }

  @org.junit.jupiter.api.Test
  void scoreTableOf001AgreesAcrossFormats() throws Exception {
    TableGrid txt = tableWith(read("001", "txt"), "一级指标");
    TableGrid docx = tableWith(read("001", "docx"), "一级指标");
    assertEquals(7, txt.cols());
    assertEquals(7, docx.cols());
    TreeSet<String> onlyTxt = new TreeSet<>(cells(txt));
    onlyTxt.removeAll(cells(docx));
    TreeSet<String> onlyDocx = new TreeSet<>(cells(docx));
    onlyDocx.removeAll(cells(txt));
    // The renders split the 政府采购执行率 row in two (an empty row spanning 7 columns, then the
    // row's cells from column 0 with a 3-column empty cell at the end); the text export has one row
    // with two leading empty cells. Rows below are one further down in the renders.
    List<String> t = new ArrayList<>(onlyTxt);
    List<String> d = new ArrayList<>(onlyDocx);
    assertEquals(28, txt.rows());
    assertEquals(29, docx.rows());
    assertEquals(cells(shiftRowsFrom(txt, 12)).stream().filter(s -> !s.startsWith("11,")).toList(),
        cells(docx).stream().filter(s -> !s.startsWith("11,") && !s.startsWith("12,")).toList(),
        "apart from the split row, the renders' rows are the export's rows one further down:\n"
            + t + "\n" + d);
  }

  /** The grid with rows from {@code from} on moved one down (to line up with the renders). */
  static TableGrid shiftRowsFrom(TableGrid t, int from) {
    List<Cell> cells = new ArrayList<>();
    for (Cell c : t.cells()) {
      if (c.row() == from - 1) {
        continue;
      }
      int r = c.row() >= from ? c.row() + 1 : c.row();
      cells.add(new Cell(r, c.col(), c.rowSpan(), c.colSpan(), c.text(), c.start(), c.end(), c.page(),
          c.nested()));
    }
    return new TableGrid(t.rows() + 1, t.cols(), cells);
  }
}
