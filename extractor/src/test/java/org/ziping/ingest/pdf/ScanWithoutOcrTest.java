package org.ziping.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestConfig;
import org.ziping.ingest.OcrMode;
import org.ziping.model.DocumentModel;
import org.ziping.testing.Corpus;

/** The corpus scan read without OCR: an empty model and a warning that says what to do. */
class ScanWithoutOcrTest {
  private static Path scan() {
    return Corpus.scan("002");
  }

  @Test
  void ocrOffNamesTheReason() throws Exception {
    DocumentModel m = DocumentReader.standard(IngestConfig.defaults().withOcr(OcrMode.NEVER))
        .read(scan());
    assertTrue(m.blocks().isEmpty());
    assertTrue(m.ocrPages().isEmpty());
    assertEquals(List.of("no text layer (scanned?); OCR is off"), m.warnings());
  }

  @Test
  void withoutTesseractTheWarningNamesTheInstallCommand() throws Exception {
    String old = System.getProperty("ziping.tesseract");
    System.setProperty("ziping.tesseract", "/nonexistent/tesseract-for-a-test");
    try {
      DocumentModel m = DocumentReader.standard(IngestConfig.defaults()).read(scan());
      assertTrue(m.blocks().isEmpty());
      assertEquals(List.of("no text layer (scanned?); OCR needs tesseract with its Chinese model "
          + "(chi_sim), install it with: bash .ci/install-ocr"), m.warnings());
    } finally {
      if (old == null) {
        System.clearProperty("ziping.tesseract");
      } else {
        System.setProperty("ziping.tesseract", old);
      }
    }
  }
}
