package org.ziping.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypes;
import org.ziping.ingest.text.Utf16Sniffer;

/**
 * Detects a file's media type from its content with Tika's default detector (magic bytes, the
 * OOXML and OLE2 container detectors of the parser modules on the class path, and Tika's text
 * detector), the file name serving only as a hint. A PDF renamed {@code .txt} is a PDF; random bytes
 * named {@code .txt} are {@code application/octet-stream} and are refused by the text ingester.
 *
 * <p>Text in UTF-16 without a byte-order mark, which Tika's magic bytes may call an image, is
 * recognised by {@link Utf16Sniffer} on the file's head.
 *
 * <p>Tika's magic-pattern step is the costly part (all its patterns on the first 64 KB); for a text
 * file {@link PlainTextShortcut} evaluates only the patterns that could match it, with the same
 * answer.
 *
 * <p>Limits: a zero-byte file has no content to detect; Tika then falls back to the name.
 */
public final class FormatDetector {
  private final Detector detector;

  public FormatDetector() {
    this(true);
  }

  /**
   * @param shortcut whether text files take {@link PlainTextShortcut} (same answers, faster); false
   *                 gives Tika's default detector as it is (for tests that compare the two)
   */
  FormatDetector(boolean shortcut) {
    TikaConfig tika = TikaConfig.getDefaultConfig();
    Detector d = tika.getDetector();
    if (shortcut && d instanceof CompositeDetector composite) {
      List<Detector> parts = new ArrayList<>();
      for (Detector part : composite.getDetectors()) {
        parts.add(part instanceof MimeTypes types ? PlainTextShortcut.wrap(types) : part);
      }
      d = new CompositeDetector(tika.getMediaTypeRegistry(), parts);
    }
    this.detector = d;
  }

  /** Media type without parameters, e.g. {@code application/pdf}. */
  public String detect(Path file) throws IOException {
    Metadata md = new Metadata();
    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    String type;
    try (InputStream in = TikaInputStream.get(Files.newInputStream(file))) {
      type = detector.detect(in, md).getBaseType().toString();
    }
    if (!type.startsWith("text/") && DocumentFormat.of(type).isEmpty() && utf16Text(file)) {
      return "text/plain"; // Tika's magic bytes misread BOM-less UTF-16 (e.g. as a PCX image)
    }
    return type;
  }

  /** The file's head reads as UTF-16 text without a byte-order mark ({@link Utf16Sniffer}). */
  private static boolean utf16Text(Path file) throws IOException {
    byte[] head = new byte[HEAD];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, HEAD);
    }
    return Utf16Sniffer.detect(head, n) != null;
  }

  private static final int HEAD = 8192;

  /**
   * Short format name for a media type: txt, pdf, docx, doc, xls, xlsx, rtf, html, odt; else the
   * subtype. WPS's .wps and .et files are detected by their content as doc and xls.
   */
  public static String shortName(String mediaType) {
    Optional<DocumentFormat> f = DocumentFormat.of(mediaType);
    if (f.isPresent()) {
      return f.get().shortName();
    }
    if (mediaType.startsWith("text/")) {
      return "txt";
    }
    int slash = mediaType.indexOf('/');
    return slash < 0 ? mediaType : mediaType.substring(slash + 1);
  }
}
