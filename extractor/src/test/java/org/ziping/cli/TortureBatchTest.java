package org.ziping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.report.ReportJson;
import org.ziping.report.ErrorEntry;
import org.ziping.report.ExtractedDocument;
import org.ziping.testing.Corpus;
import org.ziping.testing.TortureFiles;

/**
 * The torture set of issue 10 through {@code extract} in one batch with a good file, with worker
 * processes under a small budget: every hostile file ends in {@code errors} with a clear reason
 * (naming the stage) or in a result, the good file is always written, the batch finishes and no
 * stack trace reaches the user. The 200 MB single line and the 1,000,000 lines are the sizes and
 * end on the text limit of a report ({@code IngestConfig.DEFAULT_MAX_TEXT_CHARS}), not on the
 * budget; the docx of 95 M characters is scaled down to 3 M (refused on the same limit); the budget
 * stops what would run longer. Linearity is shown by
 * {@code ziping bench --linearity}, not here.
 */
class TortureBatchTest {
  static final String TIMEOUT = "20";
  static final String HEAP_MB = "400";

  @Test
  void everyHostileFileEndsInErrorsOrAResultAndTheGoodFileIsWritten(@TempDir Path dir)
      throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    List<Path> hostile = new ArrayList<>();
    byte[] pdf = Files.readAllBytes(Corpus.file("004", "pdf"));
    Files.write(in.resolve("a_empty.txt"), new byte[0]);
    hostile.add(in.resolve("a_empty.txt"));
    Files.write(in.resolve("b_truncated.pdf"), Arrays.copyOf(pdf, 2000));
    hostile.add(in.resolve("b_truncated.pdf"));
    hostile.add(TortureFiles.inlineImagePdf(in.resolve("c_inline_2_7GB.pdf"), 30000, 30000, 4096));
    hostile.add(TortureFiles.inlineImagePdf(in.resolve("d_inline_large.pdf"), 2000, 2000,
        2000 * 2000 * 3));
    hostile.add(TortureFiles.shortLines(in.resolve("e_1M_lines.txt"), 1_000_000));
    hostile.add(TortureFiles.hugeOneLine(in.resolve("f_one_line_200MB.txt"), 200L << 20));
    hostile.add(TortureFiles.reportLikeText(in.resolve("g_one_line_2MB.txt"), 2L << 20, true, 2));
    hostile.add(TortureFiles.shortLines(in.resolve("h_100k_lines.txt"), 100_000));
    String good = Files.readString(Corpus.file("002", "txt"));
    hostile.add(TortureFiles.utf16WithoutBom(in.resolve("i_utf16le.txt"), good, true));
    hostile.add(TortureFiles.utf16WithoutBom(in.resolve("j_utf16be.txt"), good, false));
    hostile.add(TortureFiles.blankPdf(in.resolve("k_2000_blank_pages.pdf"), 2000));
    Path docx = Corpus.file("004", "docx");
    hostile.add(TortureFiles.docxWithXxe(docx, in.resolve("l_xxe_core.docx"), "docProps/core.xml"));
    hostile.add(TortureFiles.docxWithXxe(docx, in.resolve("m_xxe_types.docx"),
        "[Content_Types].xml"));
    hostile.add(TortureFiles.docxWithXxe(docx, in.resolve("n_xxe_document.docx"),
        "word/document.xml"));
    hostile.add(TortureFiles.bigDocx(in.resolve("o_big_text.docx"), 3_000_000, 3));
    Path goodFile = in.resolve("z_good.txt");
    Files.copy(Corpus.file("004", "txt"), goodFile);

    Path out = dir.resolve("out");
    StringWriter err = new StringWriter();
    var cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("extract", in.toString(), "-o", out.toString(),
        "--file-timeout", TIMEOUT, "--file-memory", HEAP_MB);
    String e = err.toString();
    System.err.print(e); // what the user sees, one line per failed file

    assertEquals(Main.EXIT_INPUT_FAILED, code, e);
    assertFalse(e.contains("\tat ") || e.contains("Exception in thread"), "a stack trace: " + e);
    ExtractedDocument g = read(out.resolve("z_good.txt.json"));
    assertFalse(g.reports().isEmpty(), "the good file has no report");
    assertTrue(g.errors().isEmpty(), g.errors().toString());
    for (Path h : hostile) {
      ExtractedDocument d = read(out.resolve(h.getFileName() + ".json"));
      for (ErrorEntry x : d.errors()) {
        assertTrue(x.message() != null && !x.message().isBlank() && x.stage() != null,
            h + ": " + x);
        assertFalse(x.message().contains("\n\tat "), h + ": " + x.message());
      }
      assertTrue(!d.reports().isEmpty() || !d.errors().isEmpty(),
          h + ": neither a report nor an error");
      assertFalse(ReportJson.write(d).contains("root:x:0:0"), h + ": a local file leaked");
    }
    assertTrue(e.contains("a_empty.txt: ingest: ") && e.contains("empty file"), e);
    assertTrue(read(out.resolve("i_utf16le.txt.json")).reports().get(0).unit() != null, e);
    assertTrue(read(out.resolve("j_utf16be.txt.json")).reports().get(0).unit() != null, e);
    ExtractedDocument blank = read(out.resolve("k_2000_blank_pages.pdf.json"));
    assertTrue(blank.reports().isEmpty(), "an empty report for a file without text");
    assertTrue(blank.errors().stream().anyMatch(x -> x.message().contains("no text")),
        blank.errors().toString());
    // not reports by their size: refused by the text limit in seconds, not by the time budget
    for (String f : List.of("e_1M_lines.txt", "f_one_line_200MB.txt", "o_big_text.docx")) {
      ExtractedDocument d = read(out.resolve(f + ".json"));
      assertTrue(d.reports().isEmpty(), f);
      assertTrue(d.errors().stream().anyMatch(x -> x.stage().equals("ingest")
          && x.message().contains("is more than a report holds (limit 1,000,000 characters)")),
          f + ": " + d.errors());
    }
    assertTrue(e.contains("extract: 16 files"), e);
  }

  private static ExtractedDocument read(Path f) throws Exception {
    assertTrue(Files.isRegularFile(f), f + " was not written");
    return ReportJson.mapper().readValue(f.toFile(), ExtractedDocument.class);
  }
}
