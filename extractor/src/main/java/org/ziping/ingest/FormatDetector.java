package org.ziping.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Detects a file's media type from its content with Tika's default detector (magic bytes, the
 * OOXML and OLE2 container detectors of the parser modules on the class path, and Tika's text
 * detector), the file name serving only as a hint. A PDF renamed {@code .txt} is a PDF; random bytes
 * named {@code .txt} are {@code application/octet-stream} and are refused by the text ingester.
 *
 * <p>Limits: a zero-byte file has no content to detect; Tika then falls back to the name.
 */
public final class FormatDetector {
  private static final Map<String, String> SHORT_NAMES = Map.ofEntries(
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
      Map.entry("application/vnd.oasis.opendocument.text", "odt"));

  private final Detector detector;

  public FormatDetector() {
    this.detector = TikaConfig.getDefaultConfig().getDetector();
  }

  /** Media type without parameters, e.g. {@code application/pdf}. */
  public String detect(Path file) throws IOException {
    Metadata md = new Metadata();
    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    try (InputStream in = TikaInputStream.get(Files.newInputStream(file))) {
      MediaType type = detector.detect(in, md);
      return type.getBaseType().toString();
    }
  }

  /**
   * Short format name for a media type: txt, pdf, docx, doc, xls, xlsx, rtf, html, odt; else the
   * subtype. WPS's .wps and .et files are detected by their content as doc and xls.
   */
  public static String shortName(String mediaType) {
    String s = SHORT_NAMES.get(mediaType);
    if (s != null) {
      return s;
    }
    if (mediaType.startsWith("text/")) {
      return "txt";
    }
    int slash = mediaType.indexOf('/');
    return slash < 0 ? mediaType : mediaType.substring(slash + 1);
  }
}
