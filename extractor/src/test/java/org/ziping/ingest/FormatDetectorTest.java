package org.ziping.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.model.DocumentModel;
import org.ziping.testing.Corpus;

/** Formats are detected from the content; a misleading file name does not change the reading. */
class FormatDetectorTest {

  @Test
  void contentDecidesNotTheExtension(@TempDir Path dir) throws Exception {
    Path pdfNamedTxt = dir.resolve("report.txt");
    Files.copy(Corpus.file("004", "pdf"), pdfNamedTxt);
    Path docxNamedBin = dir.resolve("report.bin");
    Files.copy(Corpus.file("004", "docx"), docxNamedBin);
    FormatDetector detector = new FormatDetector();
    assertEquals("application/pdf", detector.detect(pdfNamedTxt));
    assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        detector.detect(docxNamedBin));

    DocumentReader reader = DocumentReader.standard(IngestConfig.defaults());
    DocumentModel pdf = reader.read(pdfNamedTxt);
    assertEquals("pdf", pdf.source().format());
    assertEquals(reader.read(Corpus.file("004", "pdf")).text(), pdf.text());
    assertEquals("docx", reader.read(docxNamedBin).source().format());
  }

  @Test
  void shortNames() {
    assertEquals("txt", FormatDetector.shortName("text/plain"));
    assertEquals("docx", FormatDetector.shortName("application/vnd.ms-word.document.macroenabled.12"));
    assertEquals("doc", FormatDetector.shortName("application/msword"));
    assertEquals("html", FormatDetector.shortName("application/xhtml+xml"));
  }
}
