package org.ziping.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes hostile and huge inputs at test time (nothing large is committed): the torture set of
 * issue 10. Sizes are parameters, so a unit test can scale the huge cases down while a manual run
 * uses the issue's sizes. Text content is report-like: sentences of a seed report
 * ({@link #reportSentences()}) drawn by a seeded generator.
 */
public final class TortureFiles {
  private TortureFiles() {}

  /** A text of about {@code bytes} UTF-8 bytes, one sentence per line or all on one line. */
  public static Path reportLikeText(Path file, long bytes, boolean oneLine, long seed)
      throws IOException {
    List<String> sentences = reportSentences();
    Random r = new Random(seed);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      long n = 0;
      while (n < bytes) {
        String s = sentences.get(r.nextInt(sentences.size())) + (oneLine ? "" : "\n");
        w.write(s);
        n += s.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return file;
  }

  /**
   * At most {@code bytes} UTF-8 bytes of report-like text on one line, written quickly: one MB of
   * {@link #reportLikeText} on one line, repeated (for the issue's 200 MB single line).
   */
  public static Path hugeOneLine(Path file, long bytes) throws IOException {
    Path block = Files.createTempFile(file.getParent(), "block", ".txt");
    reportLikeText(block, 1L << 20, true, 11);
    byte[] b = Files.readAllBytes(block);
    Files.delete(block);
    try (OutputStream o = Files.newOutputStream(file)) {
      for (long n = 0; n + b.length <= bytes; n += b.length) {
        o.write(b);
      }
    }
    return file;
  }

  /** The sentences (split after 。；！？ and at line ends) of seed 002's text, blank ones left out. */
  public static List<String> reportSentences() throws IOException {
    String text = Files.readString(Corpus.file("002", "txt"), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    for (String s : text.split("(?<=[。；！？])|\\R")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** {@code lines} short lines (a few characters each). */
  public static Path shortLines(Path file, int lines) throws IOException {
    Random r = new Random(lines);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < lines; i++) {
        w.write("经费" + r.nextInt(100) + "\n");
      }
    }
    return file;
  }

  /** A text in UTF-16 (LE or BE) without a byte-order mark. */
  public static Path utf16WithoutBom(Path file, String text, boolean littleEndian)
      throws IOException {
    Files.write(file, text.getBytes(littleEndian ? StandardCharsets.UTF_16LE
        : StandardCharsets.UTF_16BE));
    return file;
  }

  /** A PDF of {@code pages} blank pages (no text layer at all). */
  public static Path blankPdf(Path file, int pages) throws IOException {
    try (PDDocument d = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        d.addPage(new PDPage());
      }
      d.save(file.toFile());
    }
    return file;
  }

  /**
   * A one-page PDF whose content stream draws an inline image of {@code width} x {@code height}
   * RGB pixels, of which only {@code dataBytes} bytes are actually present (a declared size far
   * above the data is the hostile case).
   */
  public static Path inlineImagePdf(Path file, int width, int height, int dataBytes)
      throws IOException {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    content.write(("q 500 0 0 500 50 50 cm BI /W " + width + " /H " + height
        + " /BPC 8 /CS /RGB ID ").getBytes(StandardCharsets.US_ASCII));
    byte[] data = new byte[dataBytes];
    new Random(7).nextBytes(data);
    for (int i = 0; i + 1 < data.length; i++) {
      if (data[i] == 'E' && data[i + 1] == 'I') {
        data[i + 1] = 'J'; // no premature end of the image
      }
    }
    content.write(data);
    content.write("\nEI Q\n".getBytes(StandardCharsets.US_ASCII));
    try (PDDocument d = new PDDocument()) {
      PDPage page = new PDPage();
      d.addPage(page);
      PDStream s = new PDStream(d);
      try (OutputStream o = s.createOutputStream(COSName.FLATE_DECODE)) {
        o.write(content.toByteArray());
      }
      page.setContents(s);
      d.save(file.toFile());
    }
    return file;
  }

  /** A docx holding about {@code chars} characters of varied report-like text. */
  public static Path bigDocx(Path file, long chars, long seed) throws IOException {
    Random r = new Random(seed);
    List<String> sentences = reportSentences();
    try (XWPFDocument d = new XWPFDocument(); OutputStream o = Files.newOutputStream(file)) {
      d.createParagraph().createRun().setText("某市教育局2023年度项目支出绩效自评报告");
      long n = 0;
      while (n < chars) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < 20; i++) {
          p.append(sentences.get(r.nextInt(sentences.size())));
        }
        d.createParagraph().createRun().setText(p.toString());
        n += p.length();
      }
      d.write(o);
    }
    return file;
  }

  /** A copy of a docx whose part {@code part} declares an external entity reading a local file. */
  public static Path docxWithXxe(Path source, Path file, String part) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipFile z = new ZipFile(source.toFile())) {
      Enumeration<? extends ZipEntry> es = z.entries();
      while (es.hasMoreElements()) {
        ZipEntry e = es.nextElement();
        parts.put(e.getName(), z.getInputStream(e).readAllBytes());
      }
    }
    String xml = new String(parts.getOrDefault(part, "<x/>".getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
    int decl = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
    int root = xml.indexOf('<', decl);
    int nameEnd = root + 1;
    while (nameEnd < xml.length() && " />\r\n\t".indexOf(xml.charAt(nameEnd)) < 0) {
      nameEnd++;
    }
    String rootName = xml.substring(root + 1, nameEnd);
    int openEnd = xml.indexOf('>', root) + 1;
    String hostile = xml.substring(0, decl) + "<!DOCTYPE " + rootName
        + " [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + xml.substring(decl, openEnd)
        + "&xxe;" + xml.substring(openEnd);
    parts.put(part, hostile.getBytes(StandardCharsets.UTF_8));
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (var e : parts.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return file;
  }
}
