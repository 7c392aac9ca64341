package org.ziping.ingest.docx;

import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.ziping.ingest.IngestException;
import org.ziping.ingest.IngestConfig;
import org.ziping.ingest.DocumentFormat;
import org.ziping.ingest.FormatIngester;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.ziping.model.DocumentBuilder;
import org.ziping.model.DocumentModel;
import org.ziping.model.SourceInfo;

/**
 * Reads Word 2007+ documents (.docx, .docm, .dotx, .dotm) with Apache POI into a
 * {@link DocumentModel}: paragraphs, headings and tables of the main body in document order, tables
 * as grids with row and column spans.
 *
 * <p>Algorithm: POI opens the package ({@link XWPFDocument}) and supplies the style sheet, the
 * numbering definitions and the core properties; the body markup is then walked directly by
 * {@link WordBodyReader} (paragraph text by {@code org.ziping.ingest.docx.ParagraphReader}, list
 * labels by {@link NumberingRenderer}, table layout by
 * {@code org.ziping.ingest.docx.TableGridBuilder}). Reading the markup rather than
 * {@code getBodyElements()} keeps tables and paragraphs that sit inside content controls or custom
 * XML in their place and in their structure. Core properties give the metadata {@code title},
 * {@code author} and {@code created} (ISO-8601); pages stay null, since Word paginates only when
 * it renders.
 *
 * <p>Errors: a file that is empty, not a zip package, a damaged zip, or a package without a Word
 * main part is refused as "not a readable Word document: ..."; an encrypted (password-protected)
 * file, which is an OLE2 container holding the encrypted package, as "password-protected Word
 * document". A document with no body text gives a model with no blocks and a warning; footnotes
 * and endnotes that hold text are reported in a warning, since they are not read.
 *
 * <p>Limits: headers, footers, notes and comments are not read; tracked changes are read as
 * accepted; the layout of text boxes is lost (their content follows the paragraph that anchors
 * them).
 */
public final class DocxIngester extends FormatIngester {

  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final byte[] ZIP_MAGIC = {'P', 'K'};

  /** Word 2007+ documents; an encrypted package is claimed so the user gets a clear refusal. */
  public DocxIngester() {
    super(DocumentFormat.DOCX, DocumentFormat.PROTECTED_OOXML);
  }

  @Override
  public DocumentModel ingest(Path file, SourceInfo source, IngestConfig config)
      throws IngestException, IOException {
    checkContainer(file);
    XWPFDocument doc;
    try (InputStream in = Files.newInputStream(file)) {
      doc = new XWPFDocument(in);
    } catch (IOException | RuntimeException e) {
      throw new IngestException("not a readable Word document: " + diagnose(e), e);
    }
    try (doc) {
      DocumentBuilder builder = new DocumentBuilder();
      StyleSheet styles = styles(doc, builder);
      NumberingRenderer numbering = new NumberingRenderer(doc.getNumbering(), styles);
      CTBody body = doc.getDocument() == null ? null : doc.getDocument().getBody();
      if (body != null) {
        new WordBodyReader(styles, numbering, builder).read(body.getDomNode());
      }
      if (builder.blockCount() == 0) {
        builder.warn("the Word document has no text in its body");
      }
      warnUnreadNotes(doc, builder);
      warnRefusedCoreProperties(file, builder);
      return builder.build(withMetadata(source, doc));
    } catch (RuntimeException e) {
      throw new IngestException("not a readable Word document: " + diagnose(e), e);
    }
  }

  /** Refuses what cannot be a Word 2007+ package before POI sees it. */
  private static void checkContainer(Path file) throws IngestException, IOException {
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n == 0) {
      throw new IngestException("not a readable Word document: empty file (0 bytes)");
    }
    if (startsWith(head, n, OLE2_MAGIC)) {
      boolean encrypted;
      try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
        encrypted = fs.getRoot().hasEntry("EncryptionInfo");
      } catch (IOException | RuntimeException e) {
        throw new IngestException("not a readable Word document: damaged OLE2 container ("
            + reason(e) + ")", e);
      }
      if (encrypted) {
        throw new IngestException("password-protected Word document: it is encrypted and cannot be"
            + " read; remove the password (File > Info > Protect Document) and save it again");
      }
      throw new IngestException("not a readable Word document: an OLE2 file (Word 97-2003 .doc or"
          + " another legacy Office format), not a .docx package");
    }
    if (!startsWith(head, n, ZIP_MAGIC)) {
      throw new IngestException("not a readable Word document: not a zip package");
    }
  }

  private static boolean startsWith(byte[] head, int n, byte[] magic) {
    if (n < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static StyleSheet styles(XWPFDocument doc, DocumentBuilder builder) {
    if (doc.getStyles() == null) {
      return new StyleSheet(null);
    }
    try {
      return new StyleSheet(doc.getStyle().getDomNode());
    } catch (XmlException | IOException | RuntimeException e) {
      builder.warn("styles could not be read (" + reason(e) + "); headings are recognised only by"
          + " their own outline level");
      return new StyleSheet(null);
    }
  }

  private static void warnUnreadNotes(XWPFDocument doc, DocumentBuilder builder) {
    int footnotes = countWithText(doc.getFootnotes());
    int endnotes = countWithText(doc.getEndnotes());
    if (footnotes > 0) {
      builder.warn(footnotes + " footnote(s) with text were not read");
    }
    if (endnotes > 0) {
      builder.warn(endnotes + " endnote(s) with text were not read");
    }
  }

  private static int countWithText(List<? extends XWPFAbstractFootnoteEndnote> notes) {
    int count = 0;
    for (XWPFAbstractFootnoteEndnote note : notes) {
      for (IBodyElement e : note.getBodyElements()) {
        if (e instanceof XWPFParagraph p && !p.getText().isBlank()) {
          count++;
          break;
        }
      }
    }
    return count;
  }

  /**
   * POI refuses a core-properties part that declares a DOCTYPE (no external entity is ever read)
   * and goes on without it; say so, instead of the properties vanishing silently.
   */
  private static void warnRefusedCoreProperties(Path file, DocumentBuilder builder) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry core = zip.getEntry("docProps/core.xml");
      if (core == null) {
        return;
      }
      try (InputStream in = zip.getInputStream(core)) {
        String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        if (head.contains("<!DOCTYPE")) {
          builder.warn("docProps/core.xml declares a DOCTYPE, which is refused (no external "
              + "entity is read); the core properties (title, author, dates) are ignored");
        }
      }
    } catch (IOException | RuntimeException e) {
      builder.warn("the core properties could not be read: " + e.getMessage());
    }
  }

  private static SourceInfo withMetadata(SourceInfo source, XWPFDocument doc) {
    Map<String, String> md = new LinkedHashMap<>(source.metadata());
    POIXMLProperties props = doc.getProperties();
    POIXMLProperties.CoreProperties core = props == null ? null : props.getCoreProperties();
    if (core != null) {
      put(md, "title", core.getTitle());
      put(md, "author", core.getCreator());
      Date created = core.getCreated();
      if (created != null) {
        md.put("created", created.toInstant().toString());
      }
    }
    return new SourceInfo(source.file(), source.format(), source.mediaType(), source.sha256(),
        null, md);
  }

  private static void put(Map<String, String> md, String key, String value) {
    if (value != null && !value.isBlank()) {
      md.put(key, value.strip());
    }
  }

  /** What kind of damage an exception from opening the package points to, with POI's words. */
  private static String diagnose(Throwable e) {
    String kind = null;
    for (Throwable t = e; t != null && kind == null; t = t.getCause() == t ? null : t.getCause()) {
      String msg = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (t instanceof ZipException || t instanceof EOFException
          || msg.contains("zip")) {
        kind = "damaged or truncated zip package";
      } else if (t instanceof UnsupportedFileFormatException
          || t instanceof InvalidFormatException
          || msg.contains("content type")) {
        kind = "not an Office Open XML package";
      } else if (msg.contains("broken") || msg.contains("not found")) {
        kind = "damaged package, a required part is missing";
      } else if (t instanceof XmlException) {
        kind = "damaged XML inside the package";
      }
    }
    String r = reason(e);
    return kind == null ? r : kind + " (" + r + ")";
  }

  /** The most telling message of an exception chain, for a user. */
  private static String reason(Throwable e) {
    Throwable t = e;
    String best = null;
    while (t != null) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        best = t.getMessage();
      }
      if (t.getCause() == t) {
        break;
      }
      t = t.getCause();
    }
    return best == null ? e.getClass().getSimpleName() : best;
  }
}
