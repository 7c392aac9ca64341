package org.ziping.testing;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Makes the "scanned" corpus PDFs: every page of a PDF rendered to a gray image at 150 dpi, faint
 * marks darkened 2.5 times (a scanner's "darker" setting: hairline rulings spread over two pixel
 * rows would otherwise fade away), light gray made paper white, 8 gray levels kept, and stored
 * losslessly (Flate) as one image filling a page of the same size, with no text layer. Usage (from
 * the repository root):
 *
 * <pre>
 * mvn -o -q test-compile -pl extractor
 * mvn -o -q dependency:build-classpath -pl extractor -Dmdep.outputFile=/tmp/cp.txt
 * java -cp extractor/target/classes:extractor/target/test-classes:$(cat /tmp/cp.txt) \
 *     org.ziping.testing.ScanRenderer corpus/X.pdf corpus-scans/X.scan.pdf
 * </pre>
 */
public final class ScanRenderer {
  static final float DPI = 150;
  static final int WHITE = 245;
  static final double DARKEN = 2.5;
  static final int LEVEL = 32;

  private ScanRenderer() {}

  /** Paper white: light gray (anti-aliasing fringe, at or above {@link #WHITE}) becomes white. */
  static void whiten(BufferedImage img) {
    var raster = img.getRaster();
    int[] row = new int[img.getWidth()];
    for (int y = 0; y < img.getHeight(); y++) {
      raster.getSamples(0, y, row.length, 1, 0, row);
      for (int x = 0; x < row.length; x++) {
        // a scanner's "darker" setting: faint marks (hairline rulings spread over two pixel rows)
        // are darkened 2.5 times, the paper stays white, and 8 gray levels are kept
        int ink = Math.min(255, (int) ((255 - row[x]) * DARKEN));
        row[x] = row[x] >= WHITE ? 255 : (255 - ink) / LEVEL * LEVEL;
      }
      raster.setSamples(0, y, row.length, 1, 0, row);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ScanRenderer IN.pdf OUT.pdf");
      System.exit(2);
    }
    try (PDDocument in = Loader.loadPDF(new File(args[0])); PDDocument out = new PDDocument()) {
      PDFRenderer r = new PDFRenderer(in);
      for (int i = 0; i < in.getNumberOfPages(); i++) {
        PDRectangle box = in.getPage(i).getCropBox();
        BufferedImage img = r.renderImageWithDPI(i, DPI, ImageType.GRAY);
        whiten(img);
        PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
        out.addPage(page);
        PDImageXObject x = LosslessFactory.createFromImage(out, img);
        try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
          cs.drawImage(x, 0, 0, box.getWidth(), box.getHeight());
        }
      }
      out.getDocumentInformation().setProducer("ziping ScanRenderer (PDFBox, "
          + (int) DPI + " dpi, 8 gray levels, Flate)");
      out.save(new File(args[1]));
    }
  }
}
