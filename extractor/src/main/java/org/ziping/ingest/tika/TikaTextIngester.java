package org.ziping.ingest.tika;

import org.ziping.ingest.text.TextIngester;
import org.ziping.ingest.FormatDetector;
import org.ziping.ingest.IngestException;
import org.ziping.ingest.IngestConfig;
import org.ziping.ingest.Ingester;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;
import org.ziping.model.DocumentModel;
import org.ziping.model.SourceInfo;

/**
 * The fallback ingester for every format no dedicated ingester claims ({@code .doc}, {@code .rtf},
 * {@code .odt} and whatever else Tika parses; HTML has its own ingester in the standard reader): Tika's {@link AutoDetectParser}
 * extracts the body text into a {@link BodyContentHandler} without a write limit, and the text goes
 * through {@link TextIngester#ingestText}, so tab-separated table rows in Tika's output (HTML and
 * Word tables come out one row per line, cells separated by tabs) become tables by the same rules
 * as plain text.
 *
 * <p>Configuration, on purpose: no OCR — Tika's OCR module is not on the class path and the PDF
 * parser is told {@code NO_OCR}, so results never depend on a tesseract install; when
 * {@link IngestConfig#ocr()} asks for OCR the model carries a warning instead. PDF bookmarks are
 * not appended to the text unless {@link IngestConfig#extractBookmarks()} says so
 * ({@link PDFParserConfig#setExtractBookmarksText}), since they would repeat headings. Embedded
 * documents (attachments, OLE objects) are not parsed: no parser is put in the
 * {@link ParseContext}. Title, author, creation date and (for HTML) the charset are copied into
 * {@link SourceInfo#metadata()}; the page count is kept for PDF.
 *
 * <p>Errors: a type for which Tika has no parser (its {@link EmptyParser} would answer, e.g.
 * {@code application/octet-stream}) is refused as "unsupported format"; encrypted documents and
 * parse failures become {@link IngestException}s carrying Tika's reason.
 *
 * <p>Limits: the layout is whatever Tika's text gives — no headings (Tika's plain text has no
 * markup), no cell spans, no pages except the PDF page count; a table whose rows Tika writes on
 * several lines (cells with paragraphs) is not recognised as a table.
 */
public final class TikaTextIngester implements Ingester {
  private final TextIngester text;
  private final AutoDetectParser parser = new AutoDetectParser();

  public TikaTextIngester(TextIngester text) {
    this.text = text;
  }

  /** Empty: this ingester is the fallback, not registered for any type. */
  @Override
  public Set<String> mediaTypes() {
    return Set.of();
  }

  @Override
  public DocumentModel ingest(Path file, SourceInfo source, IngestConfig config)
      throws IngestException, IOException {
    Metadata md = new Metadata();
    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    String type;
    try (TikaInputStream in = TikaInputStream.get(file)) {
      type = parser.getDetector().detect(in, md).getBaseType().toString();
      if (!supported(type)) {
        throw new IngestException("unsupported format " + type);
      }
    }
    BodyContentHandler handler = new BodyContentHandler(-1);
    ParseContext context = new ParseContext();
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setExtractBookmarksText(config.extractBookmarks());
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    context.set(PDFParserConfig.class, pdf);
    try (InputStream in = TikaInputStream.get(file)) {
      parser.parse(in, handler, md, context);
    } catch (EncryptedDocumentException e) {
      throw new IngestException("encrypted " + FormatDetector.shortName(type)
          + " document: " + reason(e), e);
    } catch (TikaException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new IngestException("text too long: " + reason(e), e);
      }
      throw new IngestException("cannot read " + FormatDetector.shortName(type) + ": " + reason(e), e);
    } catch (SAXException | IOException e) {
      throw new IngestException("cannot read " + FormatDetector.shortName(type) + ": " + reason(e), e);
    }
    Map<String, String> meta = new HashMap<>(source.metadata());
    copy(md, TikaCoreProperties.TITLE.getName(), "title", meta);
    copy(md, TikaCoreProperties.CREATOR.getName(), "author", meta);
    copy(md, TikaCoreProperties.CREATED.getName(), "created", meta);
    copy(md, Metadata.CONTENT_ENCODING, "charset", meta);
    Integer pages = source.pages();
    String n = md.get(PagedText.N_PAGES);
    if (pages == null && n != null && "application/pdf".equals(type)) {
      pages = Integer.valueOf(n);
    }
    SourceInfo info = new SourceInfo(source.file(), source.format(), source.mediaType(),
        source.sha256(), pages, meta);
    DocumentModel model = text.ingestText(handler.toString(), info);
    List<String> warnings = new ArrayList<>(model.warnings());
    if (config.ocr()) {
      warnings.add("OCR was asked for but no OCR parser is available; image text was not read");
    }
    if (model.blocks().isEmpty()) {
      warnings.add("Tika extracted no text from this " + FormatDetector.shortName(type) + " file");
    }
    return warnings.equals(model.warnings()) ? model
        : new DocumentModel(model.source(), model.text(), model.blocks(), warnings);
  }

  /** Whether Tika has a parser other than the empty one for {@code type} or a supertype of it. */
  private boolean supported(String type) {
    Map<MediaType, Parser> parsers = parser.getParsers(new ParseContext());
    MediaType t = MediaType.parse(type);
    while (t != null) {
      Parser p = parsers.get(t);
      if (p != null) {
        return !(p instanceof EmptyParser);
      }
      t = parser.getMediaTypeRegistry().getSupertype(t);
    }
    return false;
  }

  private static void copy(Metadata md, String key, String as, Map<String, String> out) {
    String v = md.get(key);
    if (v != null && !v.isBlank()) {
      out.put(as, v.trim());
    }
  }

  private static String reason(Throwable e) {
    Throwable t = e;
    String m = e.getMessage();
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
      if (t.getMessage() != null) {
        m = t.getMessage();
      }
    }
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
