package org.ziping.ingest.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestConfig;
import org.ziping.ingest.IngestException;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.DocumentModel;
import org.ziping.model.TableGrid;
import org.ziping.testing.Corpus;
import org.ziping.testing.Grids;

/**
 * Word 97 documents: the corpus .doc files (LibreOffice's export of the corpus .docx) read exactly
 * like the .docx; a small fixture (LibreOffice's .doc of {@code merged-cells-and-lists.source.html},
 * written for this test) pins headings, list labels, a line break, column and row spans and a
 * nested table; a .wps name and damaged bytes.
 */
class DocIngesterTest {
  private static final DocumentReader READER = DocumentReader.standard(IngestConfig.defaults());

  @TempDir
  Path dir;

  private static Path fixture() throws Exception {
    return Path.of(DocIngesterTest.class.getResource("/ingest/doc/merged-cells-and-lists.doc").toURI());
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void corpusDocReadsLikeTheDocx(String seed) throws Exception {
    DocumentModel doc = READER.read(Corpus.file(seed, "doc"));
    DocumentModel docx = READER.read(Corpus.file(seed, "docx"));
    assertEquals("doc", doc.source().format());
    assertEquals(docx.text(), doc.text());
    assertEquals(docx.blocks().size(), doc.blocks().size());
    for (int i = 0; i < doc.blocks().size(); i++) {
      Block a = docx.blocks().get(i);
      Block b = doc.blocks().get(i);
      // a .docx names styles by id ("Heading2"), a .doc by name ("Heading 2")
      assertEquals(a.style() == null ? null : a.style().replace(" ", ""),
          b.style() == null ? null : b.style().replace(" ", ""), "style of block " + i);
      assertEquals(new Block(a.index(), a.type(), a.text(), a.start(), a.end(), a.page(),
          a.headingLevel(), null, a.hints(), a.table()),
          new Block(b.index(), b.type(), b.text(), b.start(), b.end(), b.page(),
          b.headingLevel(), null, b.hints(), b.table()), "block " + i);
    }
    assertTrue(doc.warnings().isEmpty(), doc.warnings().toString());
  }

  @Test
  void fixtureGivesHeadingsListsSpansAndNestedTable() throws Exception {
    DocumentModel doc = READER.read(fixture());
    List<Block> b = doc.blocks();
    assertEquals(List.of(BlockType.HEADING, BlockType.HEADING, BlockType.PARAGRAPH,
        BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.TABLE,
        BlockType.PARAGRAPH), b.stream().map(Block::type).toList());
    assertEquals(1, b.get(0).headingLevel());
    assertEquals(2, b.get(1).headingLevel());
    assertEquals("一、项目基本情况", b.get(1).text());
    assertEquals("1. 核实岗位人员名单；", b.get(3).text());
    assertEquals("2. 按月发放岗位补贴。", b.get(4).text());
    assertTrue(b.get(3).hints().contains("list"));
    assertEquals("第一行\n第二行", b.get(5).text());
    TableGrid g = b.get(6).table();
    assertEquals(4, g.rows());
    assertEquals(4, g.cols());
    Grids.assertCell(g, 0, 0, 1, 4, "项目支出绩效自评表");
    Grids.assertCell(g, 1, 0, 2, 1, "产出指标");
    Grids.assertCell(g, 2, 1, 1, 1, "时效指标");
    Grids.assertCell(g, 2, 3, 1, 1, "100%");
    Grids.assertCell(g, 3, 1, 1, 3, "岗位明细");
    TableGrid nested = g.cellAt(3, 1).nested().get(0);
    assertEquals(2, nested.rows());
    Grids.assertCell(nested, 1, 1, 1, 1, "45人");
    assertEquals("45人", doc.text().substring(nested.cellAt(1, 1).start(), nested.cellAt(1, 1).end()));
  }

  @Test
  void wpsNameIsReadByContent() throws Exception {
    Path wps = dir.resolve("report.wps");
    Files.copy(fixture(), wps);
    DocumentModel doc = READER.read(wps);
    assertEquals("doc", doc.source().format());
    assertEquals(READER.read(fixture()).text(), doc.text());
  }

  @Test
  void damagedDocIsRefusedNamingFileAndFormat() throws Exception {
    byte[] bytes = Files.readAllBytes(fixture());
    Path bad = dir.resolve("damaged.doc");
    // keep the OLE2 header (so it is still detected as an OLE2 file) and lose the rest
    Files.write(bad, java.util.Arrays.copyOf(bytes, 1024));
    IngestException e = assertThrows(IngestException.class, () -> READER.read(bad));
    assertTrue(e.getMessage().startsWith(bad.toString() + ": not a readable Word 97 document"),
        e.getMessage());
  }
}
