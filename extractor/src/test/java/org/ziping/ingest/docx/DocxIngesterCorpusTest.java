package org.ziping.ingest.docx;

import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestException;
import org.ziping.ingest.IngestConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.Cell;
import org.ziping.model.DocumentModel;
import org.ziping.model.TableGrid;

/** DocxIngester on the corpus reports, through DocumentReader (detection included). */
class DocxIngesterCorpusTest {
  private final DocumentReader reader =
      new DocumentReader(IngestConfig.defaults(), List.of(new DocxIngester()), null);

  static Path corpus() {
    String root = System.getProperty("ziping.root");
    if (root != null && Files.isDirectory(Path.of(root, "corpus"))) {
      return Path.of(root, "corpus");
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("corpus"))) {
        return p.resolve("corpus");
      }
    }
    throw new IllegalStateException("no corpus/ folder above " + Path.of("").toAbsolutePath());
  }

  private static Path corpusFile(String prefix) throws IOException {
    try (Stream<Path> s = Files.list(corpus())) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix)
          && p.getFileName().toString().endsWith(".docx")).findFirst().orElseThrow();
    }
  }

  private static List<String> texts(List<Cell> cells) {
    return cells.stream().map(Cell::text).toList();
  }

  private static List<TableGrid> tables(DocumentModel m) {
    return m.blocks().stream().filter(b -> b.type() == BlockType.TABLE).map(Block::table).toList();
  }

  private static Cell find(TableGrid g, String text) {
    return g.cells().stream().filter(c -> c.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no cell " + text));
  }

  @Test
  void everyCorpusDocxKeepsTheOffsetInvariant() throws IOException, IngestException {
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus())) {
      files = s.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
    }
    assertEquals(5, files.size());
    for (Path f : files) {
      DocumentModel m = reader.read(f);
      assertEquals("docx", m.source().format());
      assertFalse(m.blocks().isEmpty(), f.toString());
      assertTrue(m.blocks().stream().anyMatch(b -> b.type() == BlockType.HEADING), f.toString());
      DocxIngesterFixtureTest.assertOffsets(m);
      for (Block b : m.blocks()) {
        assertFalse(b.text().isBlank(), f + " block " + b.index());
      }
    }
  }

  @Test
  void report002BigTableHasItsMergedLabels() throws IOException, IngestException {
    DocumentModel m = reader.read(corpusFile("002_"));
    List<TableGrid> ts = tables(m);
    assertEquals(1, ts.size());
    TableGrid g = ts.get(0);
    assertEquals(8, g.cols());
    assertEquals(22, g.rows());

    Cell title = g.cellAt(0, 0);
    assertEquals(List.of(title), g.row(0), "title row is one cell");
    assertEquals(8, title.colSpan());
    assertTrue(title.text().startsWith("2023年度部门（单位）整体支出绩效自评表"), title.text());

    Cell budget = find(g, "年度资金预算情况");
    assertEquals(0, budget.col());
    assertEquals(4, budget.rowSpan());

    Cell management = find(g, "部门管理");
    assertEquals(0, management.col());
    assertEquals(7, management.rowSpan());
    assertEquals("一级指标", g.cellAt(management.row() - 1, 0).text(), "first row under the indicator header");
    Cell input = find(g, "资金投入");
    assertEquals(1, input.col());
    assertEquals(management.row(), input.row());
    assertEquals(3, input.rowSpan());

    Cell basic = find(g, "其中：基本支出");
    assertEquals(1, basic.col());
    List<String> row = texts(g.row(basic.row()));
    assertEquals(List.of("其中：基本支出", "453.39", "891.47", "891.47", "196.62%"), row.subList(0, 5));
    assertEquals(budget, g.cellAt(basic.row(), 0), "the budget label covers the 基本支出 row");
  }

  @Test
  void report001ScoreTableHasItsHeaderRowsAndTotal() throws IOException, IngestException {
    DocumentModel m = reader.read(corpusFile("001_"));
    List<String> header = List.of("一级指标", "二级指标", "三级指标", "评分标准", "分值", "自评得分",
        "扣分原因和其他说明");
    TableGrid score = tables(m).stream().filter(t -> t.rows() > 0 && texts(t.row(0)).equals(header))
        .findFirst().orElseThrow(() -> new AssertionError("no score table"));
    assertEquals(7, score.cols());
    assertEquals(29, score.rows());
    Cell total = find(score, "总 分");
    assertEquals(score.rows() - 1, total.row());
    assertEquals("100", score.cellAt(total.row(), 4).text());
    assertEquals("100", score.cellAt(total.row(), 5).text());
    Cell effect = find(score, "经济效益");
    assertEquals("15", score.cellAt(effect.row(), 4).text());
    assertNotNull(score.cellAt(effect.row() + 1, 4), "empty cells are kept, not merged");
    assertEquals("", score.cellAt(effect.row() + 1, 4).text());
  }
}
