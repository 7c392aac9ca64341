package org.ziping.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestConfig;
import org.ziping.model.Block;
import org.ziping.model.Cell;
import org.ziping.model.DocumentModel;
import org.ziping.testing.Corpus;
import org.ziping.testing.GoldenFiles;

/**
 * The corpus pages (LibreOffice's HTML of the Word renders) give the Word renders' model block for
 * block: the same types, heading levels, text, hints, and table grids cell for cell with spans.
 * Only the source, the blocks' style names (element names here, Word style ids there) and nothing
 * else may differ.
 */
class HtmlIngesterCorpusTest {
  private static final DocumentReader READER = DocumentReader.standard(IngestConfig.defaults());

  static List<String> lines(DocumentModel d) {
    List<String> out = new ArrayList<>();
    for (Block b : d.blocks()) {
      out.add(b.type() + " " + b.headingLevel() + " " + b.hints() + " " + b.text().replace("\n", "⏎"));
      if (b.table() != null) {
        out.add("grid " + b.table().rows() + "x" + b.table().cols());
        for (Cell c : b.table().cells()) {
          out.add("  " + c.row() + "," + c.col() + " " + c.rowSpan() + "x" + c.colSpan() + " "
              + c.text().replace("\n", "⏎") + " nested=" + c.nested().size());
        }
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void pageGivesTheWordModel(String seed) throws Exception {
    DocumentModel html = READER.read(Corpus.file(seed, "html"));
    DocumentModel docx = READER.read(Corpus.file(seed, "docx"));
    String a = String.join("\n", lines(docx));
    String b = String.join("\n", lines(html));
    assertEquals(a, b, seed + " docx vs html:\n" + GoldenFiles.diff(a, b, 30));
    assertEquals(docx.text(), html.text(), "the same extracted text, so the same offsets");
    assertEquals(List.of(), html.warnings());
    assertEquals("UTF-8", html.source().metadata().get("charset"));
  }
}
