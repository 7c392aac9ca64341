package org.ziping.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.testing.Corpus;

/**
 * The limit on the text a report may hold ({@link IngestConfig#maxTextChars()}): a text file
 * refused from its size before reading when no charset could make it shorter, or after decoding;
 * any other format after its ingest; a text within the limit read as before.
 */
class TextLimitTest {
  @TempDir
  Path dir;

  private static DocumentReader reader(int limit) {
    return DocumentReader.standard(IngestConfig.defaults().withOcr(OcrMode.NEVER)
        .withMaxTextChars(limit));
  }

  @Test
  void aTextFileTooLargeForAnyCharsetIsRefusedFromItsSize() throws Exception {
    Path f = dir.resolve("long.txt");
    Files.writeString(f, "经费".repeat(4000), StandardCharsets.UTF_8); // 24,000 bytes
    IngestException e = assertThrows(IngestException.class, () -> reader(1000).read(f));
    assertTrue(e.getMessage().startsWith(f + ": text of 23 KB (at least 5,999 characters) is more "
        + "than a report holds (limit 1,000 characters); not parsed"), e.getMessage());
  }

  @Test
  void aTextFileOverTheLimitOnceDecodedIsRefusedWithItsLength() throws Exception {
    Path f = dir.resolve("long.txt");
    // 3 bytes per character: the size alone (1,800 bytes, at least 449 characters) allows it
    Files.writeString(f, "经费".repeat(300), StandardCharsets.UTF_8);
    IngestException e = assertThrows(IngestException.class, () -> reader(500).read(f));
    assertTrue(e.getMessage().endsWith("text of 1 KB (600 characters) is more than a report "
        + "holds (limit 500 characters); not parsed"), e.getMessage());
    assertEquals(600, reader(600).read(f).text().length());
  }

  @Test
  void anyOtherFormatIsRefusedAfterItsIngest() throws Exception {
    Path docx = Corpus.file("004", "docx");
    int chars = reader(IngestConfig.DEFAULT_MAX_TEXT_CHARS).read(docx).text().length();
    IngestException e = assertThrows(IngestException.class, () -> reader(chars - 1).read(docx));
    assertTrue(e.getMessage().contains("(" + String.format(java.util.Locale.ROOT, "%,d", chars)
        + " characters) is more than a report holds"), e.getMessage());
  }

  @Test
  void theDefaultLimitIsFarAboveTheCorpusReports() throws Exception {
    DocumentReader r = reader(IngestConfig.DEFAULT_MAX_TEXT_CHARS);
    for (String format : new String[] {"txt", "docx"}) {
      for (String id : new String[] {"000", "001", "002", "003", "004"}) {
        int chars = r.read(Corpus.file(id, format)).text().length();
        assertTrue(chars * 20 < IngestConfig.DEFAULT_MAX_TEXT_CHARS, id + "." + format + ": "
            + chars);
      }
    }
  }
}
