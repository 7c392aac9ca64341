package org.ziping.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ziping.ingest.docx.DocxIngester;
import org.ziping.ingest.sheet.WorkbookIngester;

/**
 * The table of formats names every media type as the detector named it before the table existed
 * (the {@code format} of a report's source in the JSON), and the ingesters claim the same types.
 */
class DocumentFormatTest {
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("application/pdf", "pdf"),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
      Map.entry("application/vnd.ms-word.document.macroenabled.12", "docx"),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.template", "docx"),
      Map.entry("application/vnd.ms-word.template.macroenabled.12", "docx"),
      Map.entry("application/msword", "doc"),
      Map.entry("application/vnd.ms-excel", "xls"),
      Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
      Map.entry("application/vnd.ms-excel.sheet.macroenabled.12", "xlsx"),
      Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.template", "xlsx"),
      Map.entry("application/vnd.ms-excel.template.macroenabled.12", "xlsx"),
      Map.entry("application/rtf", "rtf"),
      Map.entry("text/html", "html"),
      Map.entry("application/xhtml+xml", "html"),
      Map.entry("multipart/related", "mht"),
      Map.entry("application/x-mimearchive", "mht"),
      Map.entry("text/plain", "txt"),
      Map.entry("text/markdown", "txt"),
      Map.entry("text/x-web-markdown", "txt"),
      Map.entry("application/vnd.oasis.opendocument.text", "odt"),
      // claimed by an ingester, named by the subtype as any other type
      Map.entry("application/x-tika-ooxml-protected", "x-tika-ooxml-protected"),
      Map.entry("message/rfc822", "rfc822"),
      // not in the table
      Map.entry("text/x-python", "txt"),
      Map.entry("image/png", "png"));

  @Test
  void everyMediaTypeKeepsItsShortName() {
    NAMED.forEach((type, name) -> assertEquals(name, FormatDetector.shortName(type), type));
  }

  @Test
  void theOfficeOpenXmlFormatsHaveTheirFourTypes() {
    assertEquals(Set.of(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
        "application/vnd.ms-word.document.macroenabled.12",
        "application/vnd.ms-word.template.macroenabled.12"), DocumentFormat.DOCX.mediaTypes());
    assertEquals(Set.of(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.template",
        "application/vnd.ms-excel.sheet.macroenabled.12",
        "application/vnd.ms-excel.template.macroenabled.12"), DocumentFormat.XLSX.mediaTypes());
  }

  @Test
  void theStandardReaderClaimsTheTypesItsIngestersClaimedBefore() {
    assertEquals(Set.of("text/plain", "text/markdown", "text/x-web-markdown",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.ms-word.document.macroenabled.12",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
        "application/vnd.ms-word.template.macroenabled.12", "application/x-tika-ooxml-protected",
        "application/pdf", "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.ms-excel.sheet.macroenabled.12",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.template",
        "application/vnd.ms-excel.template.macroenabled.12", "application/msword",
        "text/html", "application/xhtml+xml", "multipart/related", "message/rfc822",
        "application/x-mimearchive"), DocumentReader.standard(IngestConfig.defaults()).mediaTypes());
    assertEquals(Set.of(DocumentFormat.XLS, DocumentFormat.XLSX),
        new WorkbookIngester().formats());
    assertEquals(Set.of(DocumentFormat.DOCX, DocumentFormat.PROTECTED_OOXML),
        new DocxIngester().formats());
  }
}
