package org.ziping.ingest.doc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.ziping.ingest.IngestConfig;
import org.ziping.ingest.IngestException;
import org.ziping.ingest.DocumentFormat;
import org.ziping.ingest.FormatIngester;
import org.ziping.model.DocumentBuilder;
import org.ziping.model.DocumentModel;
import org.ziping.model.SourceInfo;

/**
 * Reads Word 97-2003 documents (.doc) and WPS Writer's {@code .wps} files, which are the same
 * binary format in an OLE2 container, with POI's HWPF into a {@link DocumentModel}: paragraphs,
 * headings and tables of the main text in document order, tables as grids with row and column
 * spans ({@link DocBodyReader}, {@link DocTableLayout}). The summary information gives the metadata
 * {@code title}, {@code author} and {@code created}.
 *
 * <p>Errors: a password-protected document, a Word 6.0/95 or older file, and a file HWPF cannot
 * parse are refused with a message naming the format and the reason; a document with no text gives
 * a model with no blocks and a warning.
 *
 * <p>Limits: see {@link DocBodyReader}: only the main text is read; pages are unknown.
 */
public final class DocIngester extends FormatIngester {
  /** 1601-01-02T00:00:00Z: dates up to here are FILETIME zero, i.e. not set. */
  static final long UNSET_DATE_MILLIS = -11644387200000L;

  public DocIngester() {
    super(DocumentFormat.DOC);
  }

  @Override
  public DocumentModel ingest(Path file, SourceInfo source, IngestConfig config)
      throws IngestException, IOException {
    HWPFDocument doc;
    try (InputStream in = Files.newInputStream(file)) {
      doc = new HWPFDocument(in);
    } catch (EncryptedDocumentException e) {
      throw new IngestException("password-protected Word 97 document (.doc/.wps): it is encrypted"
          + " and cannot be read; remove the password and save it again", e);
    } catch (OldWordFileFormatException e) {
      throw new IngestException("not a readable Word 97 document (.doc/.wps): a Word 6.0/95 or"
          + " older file, which is not read; save it as .docx or Word 97-2003 .doc", e);
    } catch (IOException | RuntimeException e) {
      throw new IngestException("not a readable Word 97 document (.doc/.wps): "
          + IngestException.reason(e), e);
    }
    try (doc) {
      DocumentBuilder builder = new DocumentBuilder();
      new DocBodyReader(doc, builder).read();
      if (builder.blockCount() == 0) {
        builder.warn("the Word 97 document has no text in its main body");
      }
      return builder.build(withMetadata(source, doc.getSummaryInformation()));
    } catch (RuntimeException e) {
      throw new IngestException("not a readable Word 97 document (.doc/.wps): "
          + IngestException.reason(e), e);
    }
  }

  private static SourceInfo withMetadata(SourceInfo source, SummaryInformation si) {
    Map<String, String> meta = new HashMap<>(source.metadata());
    if (si != null) {
      put(meta, "title", si.getTitle());
      put(meta, "author", si.getAuthor());
      // an unset date is stored as FILETIME 0, which reads as 1601-01-01
      if (si.getCreateDateTime() != null && si.getCreateDateTime().getTime() > UNSET_DATE_MILLIS) {
        put(meta, "created", si.getCreateDateTime().toInstant().toString());
      }
    }
    return new SourceInfo(source.file(), source.format(), source.mediaType(), source.sha256(),
        null, meta);
  }

  private static void put(Map<String, String> meta, String key, String value) {
    if (value != null && !value.isBlank()) {
      meta.put(key, value.trim());
    }
  }
}
