package org.ziping.ingest.text;

import org.ziping.ingest.IngestException;
import org.ziping.ingest.IngestConfig;
import org.ziping.ingest.DocumentFormat;
import org.ziping.ingest.FormatIngester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ziping.model.DocumentBuilder;
import org.ziping.model.DocumentModel;
import org.ziping.model.SourceInfo;

/**
 * Reads plain text and markdown-ish text exports of reports into blocks.
 *
 * <p>Decoding: {@link CharsetSniffer} (Tika's byte-order-mark and ICU charset detectors; valid
 * UTF-8 wins, Chinese legacy encodings are read as GB18030); the charset is recorded as
 * {@code charset} in {@link SourceInfo#metadata()}. Bytes that are not text are refused.
 *
 * <p>Layout ({@link #ingestText}), on the text with CRLF and lone CR turned into LF:
 * <ul>
 *   <li>every non-blank line is a paragraph, trimmed of ASCII and full-width spaces at both ends,
 *       its inner text kept exactly; blank lines only separate;</li>
 *   <li>markdown markers are hints, not text ({@link MarkdownHints}): {@code # title} is a heading
 *       of level 1 to 6 with hint {@code md-heading:N}; {@code **bold**} and {@code <b>bold</b>}
 *       lose their markers and add {@code bold} (and {@code bold-line} when the whole line was
 *       bold); list markers such as {@code - } stay text;</li>
 *   <li>consecutive lines with tabs inside them (blank lines between them allowed) whose field
 *       counts mostly agree are a table
 *       ({@link TabTableReader}: title rows spanning all columns, leading empty cells continuing
 *       the label above as vertical merges);</li>
 *   <li>consecutive markdown table rows ({@code | 项目 | 金额 |}, up to a blank line; the
 *       delimiter row dropped) are a table read the same way ({@link PipeTableReader});</li>
 *   <li>lines starting with a tab, one per cell, rows separated by blank lines, are a Word form
 *       flattened to text ({@link FlattenedWordTableReader}; no vertical merges);</li>
 *   <li>everything stays in reading order; lines with tabs that do not make a table are paragraphs
 *       with their tabs.</li>
 * </ul>
 *
 * <p>Size: a file whose text is longer than {@link IngestConfig#maxTextChars()} is refused, from
 * its size alone before anything is read when no charset could make it shorter (more than 4 bytes
 * per allowed character), else after decoding; a 200 MB one-line file costs no more than its
 * size check.
 *
 * <p>Limits: headings are only those the markup marks (numbered lines such as 一、 stay paragraphs
 * for the parser); a sentence broken over lines by a PDF-to-text export stays in two paragraphs;
 * setext headings (underlined with {@code ===}) and fenced code are not recognised.
 */
public final class TextIngester extends FormatIngester {
  /** The most bytes any supported charset spends on one UTF-16 unit of text (UTF-32). */
  private static final int MAX_BYTES_PER_CHAR = 4;
  /** The longest byte-order mark (UTF-32). */
  private static final int BOM_MAX = 4;

  public TextIngester() {
    super(DocumentFormat.TXT);
  }

  @Override
  public DocumentModel ingest(Path file, SourceInfo source, IngestConfig config)
      throws IngestException, IOException {
    long size = Files.size(file);
    // no supported encoding spends more than 4 bytes on a UTF-16 unit (UTF-32; UTF-8 at most 3),
    // so a file this large holds more text than the limit whatever its charset: refused unread
    long fewestChars = (size - BOM_MAX) / MAX_BYTES_PER_CHAR;
    if (fewestChars > config.maxTextChars()) {
      throw new IngestException(config.textTooLong("text of " + IngestConfig.megabytes(size),
          fewestChars, true));
    }
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length == 0) {
      throw new IngestException("empty file (0 bytes)");
    }
    CharsetSniffer.Decoded decoded = CharsetSniffer.decode(bytes);
    if (decoded.text().length() > config.maxTextChars()) {
      throw new IngestException(config.textTooLong("text of " + IngestConfig.megabytes(size),
          decoded.text().length(), false));
    }
    Map<String, String> metadata = new HashMap<>(source.metadata());
    metadata.put("charset", decoded.charset());
    SourceInfo withCharset = new SourceInfo(source.file(), source.format(), source.mediaType(),
        source.sha256(), source.pages(), metadata);
    return ingestText(decoded.text(), withCharset);
  }

  /** The layout rules on an already decoded text (also used for the text Tika extracts). */
  public DocumentModel ingestText(String text, SourceInfo source) {
    String s = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    List<String> lines = TextLines.split(s);
    DocumentBuilder b = new DocumentBuilder();
    boolean pipes = s.indexOf('|') >= 0; // markdown tables are looked for only in a text with pipes
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      switch (TextLines.kind(line)) {
        case BLANK -> i++;
        case PLAIN -> {
          if (pipes && PipeTableReader.isRow(line)) {
            i = pipeTable(b, lines, i);
          } else {
            paragraph(b, line);
            i++;
          }
        }
        case TAB_FIELDS -> {
          List<String> run = new ArrayList<>();
          int j = i;
          while (j < lines.size()) {
            int k = j;
            while (k < lines.size() && TextLines.kind(lines.get(k)) == TextLines.Kind.BLANK) {
              k++;
            }
            if (k >= lines.size() || TextLines.kind(lines.get(k)) != TextLines.Kind.TAB_FIELDS) {
              break;
            }
            run.add(lines.get(k));
            j = k + 1;
          }
          if (TabTableReader.columns(run) > 0) {
            TabTableReader.Table t = TabTableReader.read(run);
            b.table(t.raw(), null, null, t.hints());
          } else {
            for (String l : run) {
              paragraph(b, l);
            }
          }
          i = j;
        }
        case TAB_LED -> {
          FlattenedWordTableReader.Result r = FlattenedWordTableReader.read(lines, i);
          for (FlattenedWordTableReader.Table t : r.tables()) {
            b.table(t.raw(), null, null, t.hints());
          }
          i = r.next();
        }
        default -> throw new IllegalStateException("unknown line kind");
      }
    }
    return b.build(source);
  }

  /**
   * The markdown table whose first row is line {@code i} (rows up to a blank line or a line of
   * another kind), or its lines as paragraphs when they make no table; returns the next line.
   */
  private static int pipeTable(DocumentBuilder b, List<String> lines, int i) {
    int j = i;
    while (j < lines.size() && TextLines.kind(lines.get(j)) == TextLines.Kind.PLAIN
        && PipeTableReader.isRow(lines.get(j))) {
      j++;
    }
    List<String> run = lines.subList(i, j);
    List<String> rows = PipeTableReader.asTabRows(run);
    if (TabTableReader.columns(rows) > 0) {
      TabTableReader.Table t = TabTableReader.read(rows);
      b.table(t.raw(), null, null, PipeTableReader.hints(t.hints()));
    } else {
      for (String l : run) {
        paragraph(b, l);
      }
    }
    return j;
  }

  private static void paragraph(DocumentBuilder b, String line) {
    MarkdownHints.Marked m = MarkdownHints.line(line);
    String t = TextLines.trim(m.text());
    if (t.isEmpty()) {
      return;
    }
    if (m.headingLevel() != null) {
      b.heading(m.headingLevel(), t, null, null, m.hints());
    } else {
      b.paragraph(t, null, null, m.hints());
    }
  }
}
