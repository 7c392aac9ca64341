package org.ziping.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.ziping.ingest.OcrMode;
import org.ziping.model.DocumentBuilder;

/**
 * Decides, page by page, whether the PDF ingester uses the text layer or OCR
 * ({@link PageOcr}), and words the warnings about pages it could not read.
 *
 * <p>A page needs OCR when it has no text but an image (a scan), or when its text layer is garbage
 * ({@link TextLayerQuality}). {@link OcrMode#AUTO} reads exactly those pages, {@link OcrMode#ALWAYS}
 * every page with text or images, {@link OcrMode#NEVER} none. Without tesseract (or its
 * {@code chi_sim} model) the pages that need OCR are named in a warning with the install command.
 */
final class OcrStep {
  /** Per-page timeout of tesseract, seconds. */
  static final long TIMEOUT_SECONDS = 300;

  private final PDDocument doc;
  private final OcrMode mode;
  private PageOcr reader;
  private final List<Integer> unread = new ArrayList<>();
  private final List<Integer> garbage = new ArrayList<>();
  private final List<Integer> read = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  private int confidenceSum;
  private int words;

  OcrStep(PDDocument doc, OcrMode mode) {
    this.doc = doc;
    this.mode = mode;
  }

  /**
   * The page read by OCR, or null when its text layer is kept.
   *
   * @param index  0-based page index
   * @param glyphs the page's text-layer glyphs
   * @param images images drawn on the page
   */
  PageOcr.Result read(int index, List<PositionedChar> glyphs, int images, DocumentBuilder out) {
    boolean bad = !glyphs.isEmpty() && TextLayerQuality.garbage(glyphs);
    boolean needs = glyphs.isEmpty() && images > 0 || bad;
    boolean wanted = mode == OcrMode.ALWAYS ? !glyphs.isEmpty() || images > 0
        : mode == OcrMode.AUTO && needs;
    if (bad) {
      garbage.add(index + 1);
    }
    if (!wanted || !Tesseract.available()) {
      if (needs) {
        unread.add(index + 1);
      }
      return null;
    }
    if (reader == null) {
      reader = new PageOcr(new PDFRenderer(doc), new Tesseract(TIMEOUT_SECONDS));
    }
    try {
      PageOcr.Result r = reader.read(index);
      out.ocrPage(r.stats());
      read.add(index + 1);
      confidenceSum += r.stats().meanConfidence() * r.stats().words();
      words += r.stats().words();
      return r;
    } catch (IOException | RuntimeException e) {
      failures.add("page " + (index + 1) + ": " + e.getMessage());
      if (needs) {
        unread.add(index + 1);
      }
      return null;
    }
  }

  /** Warnings about the pages read by OCR and those left unread; {@code noText}: no page has text. */
  void warn(DocumentBuilder out, boolean noText) {
    if (!read.isEmpty()) {
      out.warn("pages read by OCR (tesseract " + Tesseract.LANGUAGES + "; figures may be misread, "
          + "mean word confidence " + (words == 0 ? 0 : confidenceSum / words) + "): " + read);
    }
    for (String f : failures) {
      out.warn("OCR failed on " + f);
    }
    if (!garbage.isEmpty()) {
      out.warn("pages whose text layer is unreadable (fonts without a Unicode map): " + garbage);
    }
    if (unread.isEmpty()) {
      return;
    }
    String why = mode == OcrMode.NEVER ? "OCR is off"
        : !Tesseract.available() ? "OCR needs tesseract with its Chinese model (chi_sim), "
            + "install it with: " + Tesseract.INSTALL_HINT
        : "OCR failed";
    if (noText) {
      out.warn("no text layer (scanned?); " + why);
    } else {
      out.warn("pages without usable text (scanned?), their content is missing (" + why + "): "
          + unread);
    }
  }
}
