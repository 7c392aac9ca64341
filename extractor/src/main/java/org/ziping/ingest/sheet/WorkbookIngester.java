package org.ziping.ingest.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ziping.ingest.IngestConfig;
import org.ziping.ingest.IngestException;
import org.ziping.ingest.DocumentFormat;
import org.ziping.ingest.FormatIngester;
import org.ziping.model.DocumentBuilder;
import org.ziping.model.DocumentModel;
import org.ziping.model.SheetVisibility;
import org.ziping.model.SourceInfo;

/**
 * Reads workbooks — Excel 2007+ (.xlsx, .xlsm, .xltx, .xltm; POI's XSSF), Excel 97-2003 (.xls;
 * HSSF) and WPS Spreadsheets' {@code .et}, which is the same BIFF8 format in an OLE2 container —
 * through POI's common {@link Workbook} API into a {@link DocumentModel}: per sheet, in workbook
 * order, a heading naming the sheet, its title rows and its table as a grid ({@link SheetReader}).
 *
 * <p>Nothing is evaluated: formula cells give their cached values ({@link CellText}). Hidden and
 * very hidden sheets, hidden rows and hidden columns are read and marked (on
 * {@link org.ziping.model.SheetArea} and, for sheets, the hint {@code hidden-sheet}), each with a
 * warning, never dropped. Every block carries its sheet and sheet cell, so a finding's location
 * names them ({@code location.sheet}, {@code location.cell}). The workbook's core properties give
 * the metadata {@code title}, {@code author} and {@code created}.
 *
 * <p>Splitting a workbook into reports is the parser's business: the sheet-name headings and
 * title headings are what it sees.
 *
 * <p>Errors: a password-protected workbook, an Excel 5/95 (BIFF5) or older file, an OLE2 file
 * that holds no workbook stream (an .et that POI cannot read) and a damaged file are refused with
 * a message naming the format and the reason.
 *
 * <p>Limits: the binary .xlsb format and OpenDocument spreadsheets are not read by this ingester
 * (the Tika fallback reads .ods as text); pictures, charts, comments and text boxes are not read;
 * a workbook's sheets are loaded into memory whole (the file is opened read-only).
 */
public final class WorkbookIngester extends FormatIngester {
  private final CellText cellText = new CellText();

  public WorkbookIngester() {
    super(DocumentFormat.XLS, DocumentFormat.XLSX);
  }

  @Override
  public DocumentModel ingest(Path file, SourceInfo source, IngestConfig config)
      throws IngestException, IOException {
    String format = source.format();
    Workbook wb;
    try {
      // read-only from the file: POI maps the container instead of copying the stream
      wb = WorkbookFactory.create(file.toFile(), null, true);
    } catch (EncryptedDocumentException e) {
      throw new IngestException("password-protected " + format + " workbook: it is encrypted and"
          + " cannot be read; remove the password and save it again", e);
    } catch (OldExcelFormatException e) {
      throw new IngestException("not a readable " + format + " workbook: an Excel 5.0/95 or older"
          + " (BIFF5) file, which is not read; save it as .xlsx or .xls (Excel 97-2003)", e);
    } catch (IOException | RuntimeException e) {
      throw new IngestException("not a readable " + format + " workbook: "
          + IngestException.reason(e), e);
    }
    try (wb) {
      DocumentBuilder builder = new DocumentBuilder();
      SheetReader reader = new SheetReader(cellText);
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        reader.read(wb.getSheetAt(i), i, visibility(wb, i), builder);
      }
      if (builder.blockCount() == 0) {
        builder.warn("the workbook's " + wb.getNumberOfSheets() + " sheet(s) hold no text");
      }
      return builder.build(withMetadata(source, wb));
    } catch (RuntimeException e) {
      throw new IngestException("not a readable " + format + " workbook: "
          + IngestException.reason(e), e);
    }
  }

  private static SheetVisibility visibility(Workbook wb, int i) {
    return switch (wb.getSheetVisibility(i)) {
      case VISIBLE -> SheetVisibility.VISIBLE;
      case HIDDEN -> SheetVisibility.HIDDEN;
      case VERY_HIDDEN -> SheetVisibility.VERY_HIDDEN;
    };
  }

  private static SourceInfo withMetadata(SourceInfo source, Workbook wb) {
    Map<String, String> meta = new HashMap<>(source.metadata());
    if (wb instanceof XSSFWorkbook x) {
      POIXMLProperties.CoreProperties core = x.getProperties().getCoreProperties();
      put(meta, "title", core.getTitle());
      put(meta, "author", core.getCreator());
      if (core.getCreated() != null) {
        put(meta, "created", core.getCreated().toInstant().toString());
      }
    } else if (wb instanceof HSSFWorkbook h && h.getSummaryInformation() != null) {
      put(meta, "title", h.getSummaryInformation().getTitle());
      put(meta, "author", h.getSummaryInformation().getAuthor());
      if (h.getSummaryInformation().getCreateDateTime() != null) {
        put(meta, "created", h.getSummaryInformation().getCreateDateTime().toInstant().toString());
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
