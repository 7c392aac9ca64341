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
import org.ziping.ingest.DocumentReader;
import org.ziping.model.TableGrid;
import org.ziping.model.DocumentModel;
import org.ziping.model.Cell;
import org.ziping.model.BlockType;
import org.ziping.model.Block;
import org.ziping.ingest.IngestConfig;
import org.ziping.ingest.IngestException;
import org.ziping.report.Evidence;
import org.ziping.report.Finding;
import org.ziping.report.Report;

/**
 * The body of {@code GET /report/{id}/evidence/{finding}/{evidence}}: one quoted figure of a
 * finding shown where it stands in the original document.
 *
 * <ul>
 *   <li>PDF with a page: the page as an image ({@code /report/{id}/page/{n}.png},
 *       {@link PageImages}) under an SVG layer of the same size with one {@code rect.box} per line
 *       of the quote ({@link PdfTextBoxes}, PDF points × {@link PageImages#SCALE});</li>
 *   <li>any other document: its extracted text (read again with the standard
 *       {@link DocumentReader}) with the evidence's character range marked
 *       ({@code mark#evidence}), and for a table cell the table drawn with that cell outlined
 *       ({@code td#evidence-cell}); offsets are those of the extraction, so the same reader gives
 *       the same text.</li>
 * </ul>
 * The quote shown and looked up is the extracted text at the evidence's location (the document is
 * read again), else the evidence's own text. When the file is not on this machine, or the quote
 * is not found on the page, the page says so and shows the quote alone.
 */
record EvidenceView(ReportSummary s, Report r, int findingNo, int evidenceNo, Messages m) {

  String render() throws IOException {
    List<Finding> findings = r.findings() == null ? List.of() : r.findings();
    StringBuilder b = new StringBuilder("<div class=\"report\"><p><a href=\"")
        .append(esc(m.link("/report/" + url(s.id())))).append("\">")
        .append(esc(m.t("evidence.back"))).append("</a></p>");
    if (findingNo < 0 || findingNo >= findings.size()
        || findings.get(findingNo).evidence() == null
        || evidenceNo < 0 || evidenceNo >= findings.get(findingNo).evidence().size()) {
      return b.append("<p>").append(esc(m.t("evidence.none"))).append("</p></div>").toString();
    }
    Finding f = findings.get(findingNo);
    Evidence e = f.evidence().get(evidenceNo);
    Optional<Path> file = SourceFiles.of(s);
    String text = null;
    String readError = null;
    DocumentModel model = null;
    if (file.isPresent()) {
      try {
        model = DocumentReader.standard(IngestConfig.defaults()).read(file.get());
        text = model.text();
      } catch (IngestException ex) {
        readError = ex.getMessage();
      }
    }
    String quote = span(text, e).orElse(e.text());
    b.append("<h1 id=\"unit\">").append(esc(s.unit())).append("</h1><div class=\"finding ")
        .append(esc(f.severity())).append("\"><b class=\"rule\">").append(esc(f.rule()))
        .append("</b> <i>").append(esc(m.severity(f.severity()))).append("</i><p>")
        .append(esc(f.message())).append("</p><blockquote class=\"evidence\"><b>")
        .append(esc(e.label())).append("</b> ").append(esc(e.value())).append("<br><q>")
        .append(esc(quote)).append("</q></blockquote></div>");
    if (file.isEmpty()) {
      return b.append("<p class=\"note\">").append(esc(m.t("evidence.noFile"))).append(" ")
          .append(esc(s.sourceFile())).append("</p></div>").toString();
    }
    if (readError != null) {
      b.append("<p class=\"note\">").append(esc(readError)).append("</p>");
    } else if (SourceFiles.isPdf(file.get()) && e.location() != null
        && e.location().page() != null) {
      pdf(b, file.get(), e.location().page(), quote);
    } else {
      cell(b, model, e);
      text(b, file.get(), text, e);
    }
    return b.append("</div>").toString();
  }

  /** The extracted text the evidence's location points at, when it is within the text. */
  static Optional<String> span(String text, Evidence e) {
    if (text == null || e.location() == null || e.location().start() < 0
        || e.location().end() > text.length() || e.location().start() >= e.location().end()) {
      return Optional.empty();
    }
    return Optional.of(text.substring(e.location().start(), e.location().end()));
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

  private void text(StringBuilder b, Path file, String text, Evidence e) {
    b.append("<p class=\"where\">").append(esc(file.getFileName().toString()));
    if (e.location() != null && e.location().sheet() != null) {
      b.append(" · ").append(esc(e.location().sheet())).append('!')
          .append(esc(e.location().cell()));
    }
    b.append("</p>");
    if (span(text, e).isEmpty()) {
      b.append("<p class=\"note\">").append(esc(m.t("evidence.notFound"))).append("</p>");
      return;
    }
    int start = e.location().start();
    int end = e.location().end();
    b.append("<pre class=\"text\" id=\"source\">").append(esc(text.substring(0, start)))
        .append("<mark class=\"evidence\" id=\"evidence\">").append(esc(text.substring(start, end)))
        .append("</mark>").append(esc(text.substring(end))).append("</pre>");
  }

  /**
   * For evidence in a table cell of a text format (docx, doc, html, txt, workbook): the table as
   * the document model holds it, spans kept, with the evidence's cell outlined
   * ({@code td#evidence-cell}), above the text with the span marked.
   */
  private void cell(StringBuilder b, DocumentModel model, Evidence e) {
    if (model == null || e.location() == null || e.location().table() == null
        || e.location().row() == null || e.location().col() == null) {
      return;
    }
    TableGrid grid = null;
    int n = 0;
    for (Block block : model.blocks()) {
      if (block.type() == BlockType.TABLE && n++ == e.location().table()) {
        grid = block.table();
        break;
      }
    }
    if (grid == null) {
      return;
    }
    Cell target = grid.cellAt(e.location().row(), e.location().col());
    b.append("<table class=\"grid\" id=\"evidence-table\">");
    for (int r = 0; r < grid.rows(); r++) {
      b.append("<tr>");
      for (Cell c : grid.row(r)) {
        b.append("<td");
        if (c.rowSpan() > 1) {
          b.append(" rowspan=\"").append(c.rowSpan()).append('"');
        }
        if (c.colSpan() > 1) {
          b.append(" colspan=\"").append(c.colSpan()).append('"');
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
