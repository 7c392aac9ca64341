package org.ziping.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ziping.ingest.doc.DocIngester;
import org.ziping.ingest.docx.DocxIngester;
import org.ziping.ingest.html.HtmlIngester;
import org.ziping.ingest.pdf.PdfIngester;
import org.ziping.ingest.sheet.WorkbookIngester;
import org.ziping.ingest.text.TextIngester;
import org.ziping.ingest.tika.TikaTextIngester;
import org.ziping.model.DocumentModel;
import org.ziping.model.SourceInfo;

/**
 * The ingest stage: file in, {@link DocumentModel} out. Checks the file, hashes it, detects its
 * media type from the content ({@link FormatDetector}) and hands it to the ingester registered for
 * that type; types no ingester claims go to the fallback (Tika's text through the text layout
 * rules) when Tika can parse them, and are refused otherwise.
 *
 * <p>Every failure becomes an {@link IngestException} whose message names the file and the reason.
 */
public final class DocumentReader {
  private final IngestConfig config;
  private final FormatDetector detector = new FormatDetector();
  private final Map<String, Ingester> byType = new HashMap<>();
  private final Ingester fallback;

  public DocumentReader(IngestConfig config, List<Ingester> ingesters, Ingester fallback) {
    this.config = config;
    for (Ingester i : ingesters) {
      for (String t : i.mediaTypes()) {
        byType.put(t, i);
      }
    }
    this.fallback = fallback;
  }

  /**
   * The standard reader: txt, docx, doc (and .wps), pdf, workbook (xls, xlsx, .et) and html
   * (.html, .htm, .mht) ingesters, Tika text for everything else.
   */
  public static DocumentReader standard(IngestConfig config) {
    TextIngester text = new TextIngester();
    return new DocumentReader(config,
        List.of(text, new DocxIngester(), new PdfIngester(), new WorkbookIngester(),
            new DocIngester(), new HtmlIngester()),
        new TikaTextIngester(text));
  }

  /** The media types a dedicated ingester reads (the fallback reads others as text). */
  public Set<String> mediaTypes() {
    return Set.copyOf(byType.keySet());
  }

  public IngestConfig config() {
    return config;
  }

  /** Reads one file; the exception's message starts with the file name. */
  public DocumentModel read(Path file) throws IngestException {
    String name = file.toString();
    try {
      if (!Files.exists(file)) {
        throw new IngestException(name + ": no such file");
      }
      if (Files.isDirectory(file)) {
        throw new IngestException(name + ": a folder holding no input files");
      }
      if (!Files.isRegularFile(file)) {
        throw new IngestException(name + ": not a regular file");
      }
      long size = Files.size(file);
      if (size == 0) {
        throw new IngestException(name + ": empty file (0 bytes)");
      }
      if (size > config.maxFileBytes()) {
        throw new IngestException(name + ": file of " + size + " bytes is larger than the limit of "
            + config.maxFileBytes());
      }
      String mediaType = detector.detect(file);
      Ingester ingester = byType.getOrDefault(mediaType, fallback);
      if (ingester == null) {
        throw new IngestException(name + ": unsupported format " + mediaType);
      }
      SourceInfo source = new SourceInfo(name, FormatDetector.shortName(mediaType), mediaType,
          sha256(file), null, Map.of());
      DocumentModel doc = ingester.ingest(file, source, config);
      if (doc.text().length() > config.maxTextChars()) {
        throw new IngestException(name + ": " + config.textTooLong("the text read from this "
            + IngestConfig.megabytes(size) + " file", doc.text().length(), false));
      }
      return doc;
    } catch (IngestException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(name)) {
        throw e;
      }
      throw new IngestException(name + ": " + e.getMessage(), e.getCause() == null ? e : e.getCause());
    } catch (IOException | RuntimeException e) {
      throw new IngestException(name + ": " + describe(e), e);
    }
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
