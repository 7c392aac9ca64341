package org.ziping.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.ziping.report.Evidence;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;
import org.ziping.report.PageOccurrence;
import org.ziping.report.Report;
import org.ziping.report.Severity;

/**
 * Writes a copy of each audited PDF with its findings on the pages, for auditors who file PDFs:
 * each piece of evidence that carries a page becomes a highlight annotation
 * ({@link PDAnnotationHighlight}, red for error, orange for warning, blue for info) over the glyphs
 * of its figure, and each finding a note ({@link PDAnnotationText}) beside its first highlight
 * with the rule, severity and message.
 *
 * <p>Placing: the report stores, for each located evidence, where its figure stands among the text
 * of its page ({@link Report#pageOccurrences()}, written by the extraction from the document it
 * read): the figure (white space dropped) and its occurrence number k among the same string on
 * that page, counted over the page's paragraphs and table cells, and over the page as one stretch.
 * The page is read with PDFBox's text stripper ({@link PageGlyphs}) and the k-th occurrence there
 * is highlighted, provided PDFBox finds the string as often on the page as one of the two counts
 * (else the order cannot be trusted; the first count that agrees is taken). A string that stands
 * once on the page but that PDFBox does not read in one piece (a table cell wrapped over two
 * lines) is placed when it reads as a head and a tail in the same column, one line below
 * ({@link PageGlyphs#wrapped}), and only when that pair is unique. Evidence that
 * cannot be placed so, or has no stored occurrence (JSON written before they were stored, read
 * without its source), is not guessed: its finding's note goes to the top left corner of the
 * page, saying so, and it is counted in {@link Result#unplaced()}. The source PDF is the file the
 * extraction recorded ({@code source.file}); it is read, never changed. Limits: unrotated pages;
 * evidence spanning a page break is placed on its first page only.
 */
public final class AnnotatedPdfWriter {
  private final Lang lang;

  public AnnotatedPdfWriter(Lang lang) {
    this.lang = lang;
  }

  /** What one written copy holds. */
  public record Result(Path source, Path written, int highlights, int notes, int unplaced) {}

  /** Whether the document was read from a PDF. */
  public static boolean isPdf(ExtractedDocument d) {
    return d.source() != null && "pdf".equals(d.source().format());
  }

  /** The copy's name in {@code dir}: the source's name with ".audit.pdf" for ".pdf". */
  public static Path outputFor(Path source, Path dir) {
    String n = source.getFileName().toString();
    String stem = n.toLowerCase().endsWith(".pdf") ? n.substring(0, n.length() - 4) : n;
    return dir.resolve(stem + ".audit.pdf");
  }

  /** Writes the annotated copy of one PDF document of the batch into {@code dir}. */
  public Result write(AuditedBatch batch, ExtractedDocument d, Path dir) throws IOException {
    Path source = Path.of(d.source().file());
    if (!Files.isRegularFile(source)) {
      throw new IOException(source + ": the source PDF is not there to annotate");
    }
    Path out = outputFor(source, dir);
    int highlights = 0;
    int notes = 0;
    int unplaced = 0;
    try (PDDocument pdf = Loader.loadPDF(source.toFile())) {
      Map<Integer, PageGlyphs> pages = new HashMap<>();
      for (AuditedBatch.Row row : batch.rows(d)) {
        for (Finding f : row.findings()) {
          float[] noteAt = null;
          int notePage = -1;
          boolean missed = false;
          for (Evidence e : f.evidence()) {
            if (e.location() == null || e.location().page() == null) {
              continue;
            }
            int page = e.location().page();
            if (page < 1 || page > pdf.getNumberOfPages()) {
              missed = true;
              continue;
            }
            PageGlyphs g = pages.get(page);
            if (g == null) {
              g = PageGlyphs.read(pdf, page);
              pages.put(page, g);
            }
            List<PageGlyphs.Glyph> boxes = place(g, occurrence(row.report(), e));
            if (boxes.isEmpty()) {
              missed = true;
              unplaced++;
              if (notePage < 0) {
                notePage = page;
              }
              continue;
            }
            PDPage p = pdf.getPage(page - 1);
            PDAnnotationHighlight h = highlight(boxes, f, e);
            h.constructAppearances(pdf);
            p.getAnnotations().add(h);
            highlights++;
            if (noteAt == null) {
              PDRectangle r = h.getRectangle();
              noteAt = new float[] {r.getUpperRightX() + 2, r.getUpperRightY()};
              notePage = page;
            }
          }
          if (notePage > 0) {
            PDPage p = pdf.getPage(notePage - 1);
            float[] at = noteAt != null ? noteAt : new float[] {p.getMediaBox().getLowerLeftX() + 10,
                p.getMediaBox().getUpperRightY() - 10};
            PDAnnotationText n = note(f, missed && noteAt == null);
            n.setRectangle(new PDRectangle(Math.min(at[0], p.getMediaBox().getUpperRightX() - 20), at[1] - 20, 20, 20));
            n.constructAppearances(pdf);
            p.getAnnotations().add(n);
            notes++;
          }
        }
      }
      Files.createDirectories(dir);
      pdf.save(out.toFile());
    }
    return new Result(source, out, highlights, notes, unplaced);
  }

  /** The stored occurrence of the evidence's figure on its page, null when none is stored. */
  private static PageOccurrence occurrence(Report r, Evidence e) {
    for (PageOccurrence o : r.pageOccurrences()) {
      if (o.at(e.location())) {
        return o;
      }
    }
    return null;
  }

  /** The glyphs of the evidence's figure on its page, empty when it cannot be placed. */
  static List<PageGlyphs.Glyph> place(PageGlyphs g, PageOccurrence o) {
    if (o == null) {
      return List.of();
    }
    String target = o.text();
    int onPage = g.count(target);
    boolean once = false;
    int[][] readings = {{o.index(), o.count()}, {o.spanIndex(), o.spanCount()}};
    for (int[] reading : readings) {
      int before = reading[0];
      int total = reading[1];
      if (total == onPage && total > 0) {
        int at = g.nth(target, before);
        return at < 0 ? List.of() : g.glyphs(at, at + target.length());
      }
      once |= total == 1;
    }
    return once && onPage == 0 ? g.wrapped(target) : List.of();
  }

  private PDAnnotationHighlight highlight(List<PageGlyphs.Glyph> boxes, Finding f, Evidence e) {
    List<float[]> lines = new ArrayList<>();
    float[] cur = null;
    for (PageGlyphs.Glyph b : boxes) {
      if (cur != null && Math.abs(b.y() - cur[1]) < b.h() / 2 && b.x() >= cur[0]) {
        cur[2] = Math.max(cur[2], b.x() + b.w());
        cur[3] = Math.max(cur[3], b.y() + b.h());
        cur[1] = Math.min(cur[1], b.y());
      } else {
        cur = new float[] {b.x(), b.y(), b.x() + b.w(), b.y() + b.h()};
        lines.add(cur);
      }
    }
    float[] quads = new float[lines.size() * 8];
    float x0 = Float.MAX_VALUE, y0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, y1 = -Float.MAX_VALUE;
    for (int i = 0; i < lines.size(); i++) {
      float[] l = lines.get(i);
      float[] q = {l[0], l[3], l[2], l[3], l[0], l[1], l[2], l[1]};
      System.arraycopy(q, 0, quads, i * 8, 8);
      x0 = Math.min(x0, l[0]);
      y0 = Math.min(y0, l[1]);
      x1 = Math.max(x1, l[2]);
      y1 = Math.max(y1, l[3]);
    }
    PDAnnotationHighlight h = new PDAnnotationHighlight();
    h.setRectangle(new PDRectangle(x0, y0, x1 - x0, y1 - y0));
    h.setQuadPoints(quads);
    h.setColor(color(f.severity()));
    h.setConstantOpacity(0.4f);
    h.setTitlePopup("ziping " + f.rule());
    h.setSubject(MessageCatalogue.ruleName(f.rule(), lang));
    h.setContents((e.label() == null ? "" : e.label() + lang.t("audit.colon")) + f.message());
    h.setPrinted(true);
    return h;
  }

  private PDAnnotationText note(Finding f, boolean unplaced) {
    PDAnnotationText n = new PDAnnotationText();
    n.setName(PDAnnotationText.NAME_COMMENT);
    n.setColor(color(f.severity()));
    n.setTitlePopup("ziping " + f.rule());
    n.setSubject(MessageCatalogue.ruleName(f.rule(), lang));
    n.setContents(MessageCatalogue.severityName(f.severity(), lang) + " " + f.rule() + " "
        + MessageCatalogue.ruleName(f.rule(), lang) + "\n" + f.message()
        + (unplaced ? "\n" + lang.t("audit.unplaced") : ""));
    n.setPrinted(true);
    return n;
  }

  private static PDColor color(Severity severity) {
    float[] rgb = severity == Severity.ERROR ? new float[] {0.9f, 0.1f, 0.1f}
        : severity == Severity.WARNING ? new float[] {1f, 0.6f, 0f}
        : new float[] {0.2f, 0.5f, 1f};
    return new PDColor(rgb, PDDeviceRGB.INSTANCE);
  }
}
