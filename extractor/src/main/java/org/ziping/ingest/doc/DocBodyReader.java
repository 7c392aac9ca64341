package org.ziping.ingest.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.tika.parser.microsoft.ListManager;
import org.ziping.ingest.doc.DocTableLayout.DocCell;
import org.ziping.ingest.docx.TableGridBuilder;
import org.ziping.ingest.docx.TableGridBuilder.Merge;
import org.ziping.ingest.docx.WordBodyReader;
import org.ziping.ingest.text.TextLines;
import org.ziping.model.CharMap;
import org.ziping.model.DocumentBuilder;
import org.ziping.model.DocumentBuilder.RawTable;

/**
 * Walks the main text of a Word 97 document ({@link HWPFDocument#getRange()}) paragraph by
 * paragraph and turns it into blocks, as {@code org.ziping.ingest.docx.WordBodyReader} does for
 * .docx.
 *
 * <p>A paragraph's text is the text of its character runs, leaving out hidden ({@code fVanish})
 * and deleted runs; field codes are dropped and their results kept ({@link Range#stripFields});
 * a line break (vertical tab) becomes a newline, tabs stay tabs, other control marks (cell and row
 * ends, page and section breaks, picture and object anchors, note references) are dropped; the
 * text is trimmed. Its outline level (the paragraph's or its style's) 0 to 8 makes it a heading of
 * level + 1, and so does a style named "heading N" / "标题 N". A numbered paragraph gets its list
 * label (Tika's {@link ListManager} renders Word's list levels) in front and the hint {@code list};
 * hints {@code bold} (every visible run bold) and {@code centered} are added.
 *
 * <p>Tables: the paragraphs of a table ({@link Range#getTable}) become one table block; each
 * cell's text is its non-empty paragraphs joined by newlines; tables nested in a cell become its
 * nested tables; rows are put on a grid by {@link DocTableLayout}.
 *
 * <p>Limits: headers, footers, footnotes, endnotes, comments and text boxes are outside the main
 * range and are not read; pages are unknown.
 */
final class DocBodyReader {
  private static final Pattern HEADING_NAME =
      Pattern.compile("(?:heading|标题)\\s*([1-9])");
  private static final int BODY_TEXT_LEVEL = 9;

  private final HWPFDocument doc;
  private final ListManager lists;
  private final DocumentBuilder out;

  DocBodyReader(HWPFDocument doc, DocumentBuilder out) {
    this.doc = doc;
    this.out = out;
    ListManager l;
    try {
      l = new ListManager(doc);
    } catch (RuntimeException e) {
      out.warn("list numbering could not be read (" + e.getMessage()
          + "); list labels are left out");
      l = null;
    }
    this.lists = l;
  }

  void read() {
    Range range = doc.getRange();
    int n = range.numParagraphs();
    for (int i = 0; i < n; i++) {
      Paragraph p = range.getParagraph(i);
      if (p.isInTable() && p.getTableLevel() > 0) {
        Table t = tableAt(range, p);
        if (t != null) {
          out.table(table(t), null, null, List.of());
          i += Math.max(1, t.numParagraphs()) - 1;
          continue;
        }
      }
      paragraph(p);
    }
  }

  private Table tableAt(Range range, Paragraph p) {
    try {
      return range.getTable(p);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return null;
    }
  }

  private void paragraph(Paragraph p) {
    Para para = read(p);
    if (para.text().isEmpty()) {
      return;
    }
    if (para.headingLevel() != null) {
      out.heading(para.headingLevel(), para.text(), null, para.style(), para.hints());
    } else {
      out.paragraph(para.text(), null, para.style(), para.hints());
    }
  }

  private record Para(String text, String style, Integer headingLevel, List<String> hints) {}

  private Para read(Paragraph p) {
    StringBuilder raw = new StringBuilder();
    boolean anyVisible = false;
    boolean allBold = true;
    for (int k = 0; k < p.numCharacterRuns(); k++) {
      CharacterRun run = p.getCharacterRun(k);
      if (run.isVanished() || run.isMarkedDeleted()) {
        continue;
      }
      String t = run.text();
      raw.append(t);
      if (!clean(t).isBlank()) {
        anyVisible = true;
        allBold &= run.isBold();
      }
    }
    String body = TextLines.trim(clean(Range.stripFields(raw.toString())));
    String style = styleName(p.getStyleIndex());
    List<String> hints = new ArrayList<>();
    String text = body;
    String label = label(p);
    if (label != null && !body.isEmpty()) {
      text = label + body;
      hints.add("list");
    }
    if (anyVisible && allBold) {
      hints.add("bold");
    }
    if (p.getJustification() == 1) {
      hints.add("centered");
    }
    return new Para(text, style, headingLevel(p, style), hints);
  }

  /** The list label with its separator as {@code WordBodyReader} writes it, or null. */
  private String label(Paragraph p) {
    if (lists == null || !p.isInList()) {
      return null;
    }
    String l;
    try {
      l = lists.getFormattedNumber(p);
    } catch (RuntimeException e) {
      return null;
    }
    if (l == null) {
      return null;
    }
    String t = TextLines.trim(l);
    if (t.isEmpty()) {
      return null;
    }
    char last = t.charAt(t.length() - 1);
    return WordBodyReader.selfDelimiting(last) ? t : t + " ";
  }

  private Integer headingLevel(Paragraph p, String style) {
    int lvl = p.getLvl();
    if (lvl >= 0 && lvl < BODY_TEXT_LEVEL) {
      return lvl + 1;
    }
    if (style != null) {
      Matcher m = HEADING_NAME.matcher(style.trim().toLowerCase(Locale.ROOT));
      if (m.matches()) {
        return Integer.parseInt(m.group(1));
      }
    }
    return null;
  }

  private String styleName(short index) {
    try {
      StyleDescription s = doc.getStyleSheet().getStyleDescription(index);
      return s == null ? null : s.getName();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private RawTable table(Table t) {
    List<List<DocCell>> rows = new ArrayList<>();
    for (int r = 0; r < t.numRows(); r++) {
      TableRow row = t.getRow(r);
      List<DocCell> cells = new ArrayList<>();
      for (int c = 0; c < row.numCells(); c++) {
        cells.add(cell(row.getCell(c), t.getTableLevel()));
      }
      rows.add(cells);
    }
    TableGridBuilder.Result result = DocTableLayout.layout(rows);
    result.warnings().forEach(out::warn);
    return result.table();
  }

  private DocCell cell(TableCell cell, int level) {
    List<String> lines = new ArrayList<>();
    List<RawTable> nested = new ArrayList<>();
    int n = cell.numParagraphs();
    for (int j = 0; j < n; j++) {
      Paragraph p = cell.getParagraph(j);
      if (p.getTableLevel() > level) {
        Table inner = tableAt(cell, p);
        if (inner != null) {
          RawTable raw = table(inner);
          if (!raw.cells().isEmpty()) {
            nested.add(raw);
          }
          j += Math.max(1, inner.numParagraphs()) - 1;
          continue;
        }
      }
      String text = read(p).text();
      if (!text.isEmpty()) {
        lines.add(text);
      }
    }
    Merge v = !cell.isVerticallyMerged() ? Merge.NONE
        : cell.isFirstVerticallyMerged() ? Merge.RESTART : Merge.CONTINUE;
    Merge h = !cell.isMerged() || cell.isFirstMerged() ? Merge.NONE : Merge.CONTINUE;
    return new DocCell(cell.getLeftEdge(), cell.getLeftEdge() + cell.getWidth(), v, h,
        String.join("\n", lines), nested);
  }

  /**
   * Word 97's text with its control marks resolved: vertical tab (line break) to newline,
   * non-breaking hyphen to a hyphen; cell/row ends, breaks, anchors and field marks left after
   * {@link Range#stripFields} dropped.
   */
  static String clean(String s) {
    return CharMap.apply(s, DocBodyReader::resolveMark);
  }

  /** A control mark's replacement (a line break, a hyphen, or nothing); null keeps the character. */
  private static String resolveMark(char ch) {
    return switch (ch) {
      case '\u000B' -> "\n";
      case '\u001E' -> "-";
      case '\t', '\n' -> null;
      default -> ch < ' ' ? "" : null;
    };
  }
}
