package org.ziping.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The document formats ziping names, each with its short name (the {@code format} of a report's
 * source in the JSON: pdf, docx, doc, xls, xlsx, rtf, html, mht, txt, odt) and the media types
 * Tika detects for it (without parameters): the one table of formats that the detector's naming
 * ({@link FormatDetector#shortName}) and the dedicated ingesters' claims ({@link FormatIngester})
 * read. WPS's .wps and .et files are detected by their content as doc and xls.
 *
 * <p>Two entries are claims of an ingester without a name of their own, named by their subtype as
 * any other type is: an encrypted OOXML package (claimed by the Word ingester, which refuses it with
 * a clear message) and a MIME message (a web archive saved as {@code message/rfc822}).
 */
public enum DocumentFormat {
  PDF("pdf", Set.of("application/pdf")),
  DOCX("docx", ooxml("wordprocessingml", "document", "word")),
  /** Tika's type for any encrypted OOXML package. */
  PROTECTED_OOXML("x-tika-ooxml-protected", Set.of("application/x-tika-ooxml-protected")),
  DOC("doc", Set.of("application/msword")),
  XLS("xls", Set.of("application/vnd.ms-excel")),
  XLSX("xlsx", ooxml("spreadsheetml", "sheet", "excel")),
  RTF("rtf", Set.of("application/rtf")),
  HTML("html", Set.of("text/html", "application/xhtml+xml")),
  MHT("mht", Set.of("multipart/related", "application/x-mimearchive")),
  /** A web archive saved as a MIME message. */
  MESSAGE("rfc822", Set.of("message/rfc822")),
  TXT("txt", Set.of("text/plain", "text/markdown", "text/x-web-markdown")),
  ODT("odt", Set.of("application/vnd.oasis.opendocument.text"));

  private static final Map<String, DocumentFormat> BY_TYPE = new HashMap<>();

  static {
    for (DocumentFormat f : values()) {
      for (String t : f.mediaTypes) {
        BY_TYPE.put(t, f);
      }
    }
  }

  private final String shortName;
  private final Set<String> mediaTypes;

  DocumentFormat(String shortName, Set<String> mediaTypes) {
    this.shortName = shortName;
    this.mediaTypes = mediaTypes;
  }

  /**
   * The four media types of an Office Open XML format: the document ({@code
   * application/vnd.openxmlformats-officedocument.<markup>.<part>}), its template ({@code
   * ….<markup>.template}), and the two macro-enabled variants ({@code
   * application/vnd.ms-<app>.<part>.macroenabled.12}, {@code ….template.macroenabled.12}).
   */
  private static Set<String> ooxml(String markup, String part, String app) {
    String open = "application/vnd.openxmlformats-officedocument." + markup + ".";
    String macro = "application/vnd.ms-" + app + ".";
    return Set.of(open + part, open + "template", macro + part + ".macroenabled.12",
        macro + "template.macroenabled.12");
  }

  /** The format's name in the JSON ({@code pdf}, {@code docx} …). */
  public String shortName() {
    return shortName;
  }

  /** The media types Tika detects for this format. */
  public Set<String> mediaTypes() {
    return mediaTypes;
  }

  /** Whether {@code mediaType} (without parameters) is one of this format's. */
  public boolean has(String mediaType) {
    return mediaTypes.contains(mediaType);
  }

  /** The format of a media type, if ziping names it. */
  public static Optional<DocumentFormat> of(String mediaType) {
    return Optional.ofNullable(BY_TYPE.get(mediaType));
  }
}
