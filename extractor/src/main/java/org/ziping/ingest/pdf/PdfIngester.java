package org.ziping.ingest.pdf;

import org.ziping.ingest.IngestException;
import org.ziping.ingest.IngestConfig;
import org.ziping.ingest.DocumentFormat;
import org.ziping.ingest.FormatIngester;
import java.io.IOException;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.ziping.model.DocumentBuilder;
import org.ziping.model.DocumentModel;
import org.ziping.model.SourceInfo;

/**
 * Reads a PDF's text layer with PDFBox into headings, paragraphs and tables, each with its page.
 *
 * <p>Pipeline, per page: {@link LineCollector} gives every glyph with position, size and boldness;
 * {@link RulingCollector} gives the horizontal and vertical lines drawn by the graphics stream, from
 * which {@link TableDetector} rebuilds table grids with row and column spans. Each glyph goes to the
 * table cell containing its centre, or else to the body; lines are built separately per cell and
 * for the body ({@link TextLine#build}). Then, over the whole document,
 * {@link PageFurnitureFilter} removes running headers, footers and page numbers from the margin
 * bands, {@link StreamTableDetector} takes tables set with white space only out of the body lines,
 * and {@link org.ziping.ingest.pdf.DocumentAssembler} assembles paragraphs and headings,
 * joins paragraphs and tables continued across page breaks and writes the blocks through
 * {@link DocumentBuilder}.
 *
 * <p>Scanned pages: a page without text but with an image, or whose text layer is garbage, is
 * read by OCR ({@link OcrStep}, {@link PageOcr}) into the same glyphs and
 * rulings, which then go through the same steps; its blocks and cells are flagged {@code ocr}.
 * Pages that need OCR but cannot have it (OCR off, tesseract missing) are named in a warning; a
 * PDF without any text gives a model without blocks and the warning "no text layer (scanned?); "
 * with the reason.
 *
 * <p>Errors: a file PDFBox cannot parse, or one that parses to no pages, is a "damaged or
 * truncated PDF"; an encrypted file that does not open with the empty password is a
 * "password-protected PDF".
 *
 * <p>Limits: a table without ruling lines whose cells wrap onto several lines comes out in pieces
 * or as paragraphs; multi-column body layouts are read line by line across the columns; text drawn
 * as vector outlines is not text. The algorithms and the producers met are described in
 * {@code package-info.java} and {@code docs/formats.md}.
 */
public final class PdfIngester extends FormatIngester {

  public PdfIngester() {
    super(DocumentFormat.PDF);
  }

  @Override
  public DocumentModel ingest(Path file, SourceInfo source, IngestConfig config)
      throws IngestException, IOException {
    try (PDDocument doc = load(file)) {
      int n = doc.getNumberOfPages();
      if (n == 0) {
        throw new IngestException("damaged or truncated PDF: no pages");
      }
      SourceInfo info = withMetadata(source.withPages(n), doc.getDocumentInformation());
      DocumentBuilder out = new DocumentBuilder();
      List<List<PositionedChar>> glyphs;
      try {
        glyphs = new LineCollector().collect(doc);
      } catch (IOException | RuntimeException e) {
        throw new IngestException("damaged or truncated PDF: " + describe(e), e);
      }
      List<PageContent> pages = new ArrayList<>();
      List<List<TextLine>> bodies = new ArrayList<>();
      List<List<TableStitcher.Piece>> tables = new ArrayList<>();
      float[] heights = new float[n];
      int totalGlyphs = 0;
      OcrStep ocr = new OcrStep(doc, config.ocr());
      for (int i = 0; i < n; i++) {
        PDPage page = doc.getPage(i);
        heights[i] = page.getRotation() % 180 == 0 ? page.getCropBox().getHeight()
            : page.getCropBox().getWidth();
        List<PositionedChar> pageGlyphs = glyphs.get(i);
        List<Ruling> rulings = List.of();
        RulingCollector rc = new RulingCollector(page);
        try {
          rulings = rc.collect();
        } catch (IOException | RuntimeException e) {
          out.warn("page " + (i + 1) + ": graphics could not be read (" + describe(e)
              + "); tables on it are read as text");
        }
        PageOcr.Result scan = ocr.read(i, pageGlyphs, rc.imageCount(), out);
        if (scan != null) {
          pageGlyphs = scan.glyphs();
          rulings = scan.rulings();
        }
        totalGlyphs += pageGlyphs.size();
        List<PageTable> found = TableDetector.detect(rulings, i + 1);
        List<List<List<PositionedChar>>> cellGlyphs = new ArrayList<>();
        for (PageTable t : found) {
          List<List<PositionedChar>> perCell = new ArrayList<>();
          for (int k = 0; k < t.cells().size(); k++) {
            perCell.add(new ArrayList<>());
          }
          cellGlyphs.add(perCell);
        }
        List<PositionedChar> body = new ArrayList<>();
        for (PositionedChar c : pageGlyphs) {
          boolean placed = false;
          for (int t = 0; t < found.size() && !placed; t++) {
            PageTable table = found.get(t);
            if (table.contains(c.centerX(), c.centerY(), 0)) {
              cellGlyphs.get(t).get(table.cellAt(c.centerX(), c.centerY())).add(c);
              placed = true;
            }
          }
          if (!placed) {
            body.add(c);
          }
        }
        List<TableStitcher.Piece> pieces = new ArrayList<>();
        for (int t = 0; t < found.size(); t++) {
          List<List<TextLine>> lines = new ArrayList<>();
          for (List<PositionedChar> g : cellGlyphs.get(t)) {
            lines.add(TextLine.build(g, i + 1));
          }
          pieces.add(new TableStitcher.Piece(found.get(t), lines));
        }
        bodies.add(TextLine.build(body, i + 1));
        tables.add(pieces);
      }
      ocr.warn(out, totalGlyphs == 0);
      if (totalGlyphs == 0) {
        return out.build(info);
      }
      List<List<TextLine>> kept = PageFurnitureFilter.filter(bodies, heights,
          config.pdfMarginFraction());
      for (int i = 0; i < n; i++) {
        List<TextLine> body = new ArrayList<>(kept.get(i));
        List<TableStitcher.Piece> pieces = new ArrayList<>(tables.get(i));
        pieces.addAll(StreamTableDetector.extract(body, i + 1));
        pages.add(new PageContent(i + 1, heights[i], body, pieces));
      }
      DocumentAssembler.assemble(pages, out);
      return out.build(info);
    }
  }

  private static PDDocument load(Path file) throws IngestException {
    try {
      return Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()));
    } catch (InvalidPasswordException e) {
      throw new IngestException("password-protected PDF", e);
    } catch (IOException | RuntimeException e) {
      throw new IngestException("damaged or truncated PDF: " + describe(e), e);
    }
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  private static SourceInfo withMetadata(SourceInfo s, PDDocumentInformation di) {
    Map<String, String> md = new HashMap<>(s.metadata());
    if (di != null) {
      put(md, "title", di.getTitle());
      put(md, "author", di.getAuthor());
      put(md, "creator", di.getCreator());
      put(md, "producer", di.getProducer());
      try {
        Calendar c = di.getCreationDate();
        if (c != null) {
          SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'Z'");
          f.setTimeZone(TimeZone.getTimeZone("UTC"));
          md.put("created", f.format(c.getTime()));
        }
      } catch (RuntimeException e) {
        // an unparsable date is left out
      }
    }
    return new SourceInfo(s.file(), s.format(), s.mediaType(), s.sha256(), s.pages(), md);
  }

  private static void put(Map<String, String> md, String key, String value) {
    if (value != null && !value.isBlank()) {
      md.put(key, value.strip());
    }
  }
}
