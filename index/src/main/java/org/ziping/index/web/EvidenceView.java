package org.ziping.index.web;

import static org.ziping.index.web.Html.esc;
import static org.ziping.index.web.Html.url;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.ziping.index.ReportSummary;
import org.ziping.index.source.PageImages;
import org.ziping.index.source.PdfTextBoxes;
import org.ziping.index.source.SourceFiles;
import org.ziping.report.Evidence;
import org.ziping.report.EvidenceTable;
import org.ziping.report.Finding;
import org.ziping.report.Location;
import org.ziping.report.Report;

/**
 * The body of {@code GET /report/{id}/evidence/{finding}/{evidence}}: one quoted figure of a
 * finding shown where it stands in the original document.
 *
 * <p>Data: the report as the index stored it, nothing read again with other settings. The quote
 * is the report's stored text ({@link Report#text()}, the extracted text from
 * {@code location.start} to {@code location.end}) at the evidence's location, else the evidence's
 * own text; the table of a cited cell is the one the extraction stored
 * ({@link Report#evidenceTables()}).
 *
 * <ul>
 *   <li>PDF with a page: the page as an image ({@code /report/{id}/page/{n}.png},
 *       {@link PageImages}) under an SVG layer of the same size with one {@code rect.box} per line
 *       of the quote ({@link PdfTextBoxes}: the quote looked up among the page's glyphs with
 *       PDFBox, PDF points × {@link PageImages#SCALE});</li>
 *   <li>any other document: the report's stored text with the evidence's character range marked
 *       ({@code mark#evidence}), and for a table cell the stored table drawn with that cell
 *       outlined ({@code td#evidence-cell}) above it.</li>
 * </ul>
 * When the file is not on this machine (the page image needs it), or the quote is not found on
 * the page, the page says so and shows the quote alone. Limits: a report indexed from JSON
 * written before tables were stored shows the marked text without the table.
 */
record EvidenceView(ReportSummary s, Report r, int findingNo, int evidenceNo, Messages m) {

  String render() throws IOException {
    List<Finding> findings = r.findings();
    StringBuilder b = new StringBuilder("<div class=\"report\"><p><a href=\"")
        .append(esc(m.link("/report/" + url(s.id())))).append("\">")
        .append(esc(m.t("evidence.back"))).append("</a></p>");
    if (findingNo < 0 || findingNo >= findings.size()
        || evidenceNo < 0 || evidenceNo >= findings.get(findingNo).evidence().size()) {
      return b.append("<p>").append(esc(m.t("evidence.none"))).append("</p></div>").toString();
    }
    Finding f = findings.get(findingNo);
    Evidence e = f.evidence().get(evidenceNo);
    Optional<Path> file = SourceFiles.of(s);
    String quote = span(r, e.location()).orElse(e.text());
    b.append("<h1 id=\"unit\">").append(esc(s.unit())).append("</h1><div class=\"finding ")
        .append(esc(f.severity() == null ? null : f.severity().json()))
        .append("\"><b class=\"rule\">").append(esc(f.rule())).append("</b> <i>")
        .append(esc(m.severity(f.severity() == null ? null : f.severity().json())))
        .append("</i><p>").append(esc(f.message())).append("</p><blockquote class=\"evidence\"><b>")
        .append(esc(e.label())).append("</b> ").append(esc(e.value())).append("<br><q>")
        .append(esc(quote)).append("</q></blockquote></div>");
    if (file.isEmpty()) {
      return b.append("<p class=\"note\">").append(esc(m.t("evidence.noFile"))).append(" ")
          .append(esc(s.sourceFile())).append("</p></div>").toString();
    }
    if (SourceFiles.isPdf(file.get()) && e.location() != null
        && e.location().page() != null) {
      pdf(b, file.get(), e.location().page(), quote);
    } else {
      cell(b, e.location());
      text(b, file.get(), e.location());
    }
    return b.append("</div>").toString();
  }

  /**
   * The report's stored text at a location, when the location lies within the report's stretch
   * of the extracted text.
   */
  static Optional<String> span(Report r, Location l) {
    int[] at = offsets(r, l);
    return at == null ? Optional.empty() : Optional.of(r.text().substring(at[0], at[1]));
  }

  /** The location's offsets into the report's stored text, null when it lies outside it. */
  private static int[] offsets(Report r, Location l) {
    if (l == null || r.text() == null || r.location() == null) {
      return null;
    }
    int start = l.start() - r.location().start();
    int end = l.end() - r.location().start();
    if (start < 0 || end > r.text().length() || start >= end) {
      return null;
    }
    return new int[] {start, end};
  }

  private void pdf(StringBuilder b, Path file, int page, String quote) throws IOException {
    List<PdfTextBoxes.Box> boxes;
    PDRectangle size;
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      if (page < 1 || page > doc.getNumberOfPages()) {
        b.append("<p class=\"note\">").append(esc(m.t("evidence.notFound"))).append("</p>");
        return;
      }
      size = doc.getPage(page - 1).getCropBox();
      boxes = PdfTextBoxes.find(doc, page, quote);
    }
    double sc = PageImages.SCALE;
    long w = Math.round(size.getWidth() * sc);
    long h = Math.round(size.getHeight() * sc);
    b.append("<p class=\"where\">").append(esc(file.getFileName().toString())).append(" · ")
        .append(esc(String.format(m.t("report.page"), page))).append("</p>");
    if (boxes.isEmpty()) {
      b.append("<p class=\"note\">").append(esc(m.t("evidence.notFound"))).append("</p>");
    }
    b.append("<div class=\"source\" id=\"source\"><img id=\"page-image\" alt=\"\" src=\"/report/")
        .append(esc(url(s.id()))).append("/page/").append(page).append(".png\" width=\"")
        .append(w).append("\" height=\"").append(h).append("\"><svg id=\"boxes\" width=\"")
        .append(w).append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w)
        .append(' ').append(h).append("\" xmlns=\"http://www.w3.org/2000/svg\">");
    int i = 0;
    for (PdfTextBoxes.Box x : boxes) {
      b.append("<rect class=\"box\"").append(i == 0 ? " id=\"evidence\"" : "")
          .append(" data-pdf=\"").append(f(x.x())).append(' ').append(f(x.y())).append(' ')
          .append(f(x.width())).append(' ').append(f(x.height())).append("\" x=\"")
          .append(f(x.x() * sc - 2)).append("\" y=\"").append(f(x.y() * sc - 2))
          .append("\" width=\"").append(f(x.width() * sc + 4)).append("\" height=\"")
          .append(f(x.height() * sc + 4)).append("\"/>");
      i++;
    }
    b.append("</svg></div>");
  }

  private void text(StringBuilder b, Path file, Location l) {
    b.append("<p class=\"where\">").append(esc(file.getFileName().toString()));
    if (l != null && l.sheet() != null) {
      b.append(" · ").append(esc(l.sheet())).append('!').append(esc(l.cell()));
    }
    b.append("</p>");
    int[] at = offsets(r, l);
    if (at == null) {
      b.append("<p class=\"note\">").append(esc(m.t("evidence.notFound"))).append("</p>");
      return;
    }
    String text = r.text();
    b.append("<pre class=\"text\" id=\"source\">").append(esc(text.substring(0, at[0])))
        .append("<mark class=\"evidence\" id=\"evidence\">")
        .append(esc(text.substring(at[0], at[1]))).append("</mark>")
        .append(esc(text.substring(at[1]))).append("</pre>");
  }

  /**
   * For evidence in a table cell of a document without pages (docx, doc, html, txt, workbook): the
   * table the extraction stored, spans kept, with the evidence's cell outlined
   * ({@code td#evidence-cell}), above the text with the span marked.
   */
  private void cell(StringBuilder b, Location l) {
    if (l == null || l.table() == null || l.row() == null || l.col() == null) {
      return;
    }
    EvidenceTable grid = null;
    for (EvidenceTable t : r.evidenceTables()) {
      if (t.table() == l.table()) {
        grid = t;
        break;
      }
    }
    if (grid == null) {
      return;
    }
    EvidenceTable.Cell target = grid.cellAt(l.row(), l.col());
    b.append("<table class=\"grid\" id=\"evidence-table\">");
    for (int row = 0; row < grid.rows(); row++) {
      b.append("<tr>");
      for (EvidenceTable.Cell c : grid.row(row)) {
        b.append("<td");
        if (c.rowsCovered() > 1) {
          b.append(" rowspan=\"").append(c.rowsCovered()).append('"');
        }
        if (c.colsCovered() > 1) {
          b.append(" colspan=\"").append(c.colsCovered()).append('"');
        }
        if (c == target) {
          b.append(" class=\"evidence-cell\" id=\"evidence-cell\"");
        }
        b.append('>').append(esc(c.text())).append("</td>");
      }
      b.append("</tr>");
    }
    b.append("</table>");
  }

  private static String f(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }
}
