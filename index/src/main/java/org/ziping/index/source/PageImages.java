package org.ziping.index.source;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * PDF pages as PNG images (PDFBox {@link PDFRenderer}, {@value #DPI} dpi, so one PDF point is
 * {@link #SCALE} pixels), kept in a small least-recently-used cache of {@value #CACHE_PAGES}
 * pages keyed by file, size, modification time and page.
 */
public final class PageImages {
  public static final int DPI = 96;
  public static final double SCALE = DPI / 72.0;
  static final int CACHE_PAGES = 32;

  private final Map<String, byte[]> cache = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, byte[]> e) {
      return size() > CACHE_PAGES;
    }
  };

  /** The PNG of page {@code page} (from 1); an IOException names the file and the reason. */
  public byte[] png(Path pdf, int page) throws IOException {
    String key = pdf.toAbsolutePath() + "|" + Files.size(pdf) + "|"
        + Files.getLastModifiedTime(pdf).toMillis() + "|" + page;
    synchronized (cache) {
      byte[] hit = cache.get(key);
      if (hit != null) {
        return hit;
      }
    }
    byte[] png;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      if (page < 1 || page > doc.getNumberOfPages()) {
        throw new IOException(pdf + ": no page " + page + " (it has " + doc.getNumberOfPages()
            + ")");
      }
      BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(page - 1, DPI, ImageType.RGB);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, "png", out);
      png = out.toByteArray();
    }
    synchronized (cache) {
      cache.put(key, png);
    }
    return png;
  }
}
