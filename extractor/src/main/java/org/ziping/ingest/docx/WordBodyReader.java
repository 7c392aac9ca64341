package org.ziping.ingest.docx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Node;
import org.ziping.ingest.docx.TableGridBuilder.CellSpec;
import org.ziping.ingest.docx.TableGridBuilder.Merge;
import org.ziping.ingest.docx.TableGridBuilder.RowSpec;
import org.ziping.ingest.text.TextLines;
import org.ziping.model.DocumentBuilder;
import org.ziping.model.DocumentBuilder.RawTable;

/**
 * Walks the body of a Word document ({@code w:body}) in document order and turns it into blocks.
 *
 * <p>Block-level content is {@code w:p} (a paragraph or heading block) and {@code w:tbl} (a table
 * block); block-level content controls ({@code w:sdt}) and custom XML are transparent wrappers
 * whose content is read in place, so a table inside a content control stays a table. Text boxes
 * anchored in a paragraph are read as blocks following that paragraph.
 *
 * <p>A paragraph's style is its {@code w:pStyle}, else the document's default paragraph style. Its
 * outline level is its own {@code w:outlineLvl}, else the style chain's; a level 0 to 8 makes it a
 * heading of level + 1, and so does a style named like "heading N" / "标题 N" (level N) when no
 * outline level says otherwise. A paragraph with {@code w:numPr} (its own or its style's) gets its
 * list label ({@link NumberingRenderer}) in front of its text and the hint {@code list}; the label
 * is separated by a space when Word's suffix is a tab or space, except after a full-width or CJK
 * punctuation mark or an enclosed number ("一、", "（一）", "①") where no space is written. An empty
 * numbered paragraph still advances its counter, as in Word. Hints {@code bold} (every visible
 * run bold) and {@code centered} ({@code w:jc} center) are added. Text is trimmed at both ends
 * (including ideographic spaces); paragraphs left empty produce no block.
 *
 * <p>Tables: rows are laid out by {@link TableGridBuilder}; a cell's text is its non-empty
 * paragraphs joined by newlines, with list labels; tables inside a cell become its nested tables.
 * Rows and cells wrapped in content controls or custom XML are read as if unwrapped.
 *
 * <p>Limits: headers, footers, footnotes, endnotes and comments are not part of the body and are
 * not read; embedded documents ({@code w:altChunk}) are reported as a warning; page numbers are
 * unknown (Word paginates at render time).
 */
public final class WordBodyReader {
  private final StyleSheet styles;
  private final NumberingRenderer numbering;
  private final ParagraphReader paragraphs;
  private final DocumentBuilder out;
  private int altChunks;

  public WordBodyReader(StyleSheet styles, NumberingRenderer numbering, DocumentBuilder out) {
    this.styles = styles;
    this.numbering = numbering;
    this.paragraphs = new ParagraphReader(styles);
    this.out = out;
  }

  /** Reads the children of {@code body} into the builder. */
  public void read(Node body) {
    blocks(body);
    if (altChunks > 0) {
      out.warn(altChunks + " embedded document part(s) (w:altChunk) were not read");
    }
  }

  private void blocks(Node container) {
    for (Node n : WordXml.children(container)) {
      if (WordXml.is(n, "p")) {
        paragraph(n);
      } else if (WordXml.is(n, "tbl")) {
        Table t = table(n);
        if (t != null) {
          out.table(t.raw(), null, t.style(), List.of());
        }
      } else if (WordXml.is(n, "sdt")) {
        blocks(WordXml.child(n, "sdtContent"));
      } else if (WordXml.is(n, "customXml") || WordXml.is(n, "ins") || WordXml.is(n, "moveTo")) {
        blocks(n);
      } else if (WordXml.is(n, "altChunk")) {
        altChunks++;
      }
    }
  }

  /** A paragraph's text with its list label, and what it says about its own kind. */
  private record Para(String text, String style, Integer headingLevel, List<String> hints,
                      List<Node> textBoxes) {}

  private void paragraph(Node p) {
    Para para = readParagraph(p);
    if (!para.text().isEmpty()) {
      if (para.headingLevel() != null) {
        out.heading(para.headingLevel(), para.text(), null, para.style(), para.hints());
      } else {
        out.paragraph(para.text(), null, para.style(), para.hints());
      }
    }
    for (Node box : para.textBoxes()) {
      blocks(box);
    }
  }

  private Para readParagraph(Node p) {
    Node pPr = WordXml.child(p, "pPr");
    String ownStyle = WordXml.val(WordXml.child(pPr, "pStyle"));
    String style = ownStyle != null ? ownStyle : styles.defaultParagraphStyle();
    ParagraphReader.Content content = paragraphs.read(p, style);
    String body = TextLines.trim(content.text());
    List<String> hints = new ArrayList<>();
    String label = label(pPr, style);
    String text = body;
    if (label != null && !body.isEmpty()) {
      text = label + body;
      hints.add("list");
    }
    if (content.allBold()) {
      hints.add("bold");
    }
    String jc = WordXml.val(WordXml.child(pPr, "jc"));
    if (jc == null) {
      jc = styles.justification(style);
    }
    if ("center".equals(jc)) {
      hints.add("centered");
    }
    return new Para(text, style, headingLevel(pPr, style), hints, content.textBoxes());
  }

  /** The label with its separator, "" or null when the paragraph is not numbered. */
  private String label(Node pPr, String style) {
    Node numPr = WordXml.child(pPr, "numPr");
    String numId = WordXml.val(WordXml.child(numPr, "numId"));
    Integer ilvl = WordXml.intVal(WordXml.child(numPr, "ilvl"));
    if (numId == null) {
      numId = styles.numId(style);
    }
    if (ilvl == null) {
      ilvl = styles.numLevel(style);
    }
    if (numId == null || numId.equals("0")) {
      return null;
    }
    NumberingRenderer.Label l = numbering.next(numId, ilvl == null ? -1 : ilvl, style);
    if (l == null || l.text().isEmpty()) {
      return null;
    }
    char last = l.text().charAt(l.text().length() - 1);
    boolean spaced = !"nothing".equals(l.suffix()) && !selfDelimiting(last);
    return spaced ? l.text() + " " : l.text();
  }

  /**
   * CJK or full-width punctuation and enclosed numbers (①, ⑴, ⒈, ㉑) need no space after them
   * when they end a list label (also used by the Word 97 reader).
   */
  public static boolean selfDelimiting(char ch) {
    return (ch >= '\u3000' && ch <= '\u303F') || (ch >= '\u2460' && ch <= '\u24FF')
        || (ch >= '\u3200' && ch <= '\u32FF') || (ch >= '\uFF01' && ch <= '\uFF0F')
        || (ch >= '\uFF1A' && ch <= '\uFF20') || (ch >= '\uFF3B' && ch <= '\uFF40')
        || (ch >= '\uFF5B' && ch <= '\uFF65');
  }

  private Integer headingLevel(Node pPr, String style) {
    Integer outline = WordXml.intVal(WordXml.child(pPr, "outlineLvl"));
    if (outline == null) {
      outline = styles.outlineLevel(style);
    }
    if (outline != null) {
      return outline >= 0 && outline <= 8 ? outline + 1 : null;
    }
    return styles.headingLevelByName(style);
  }

  private record Table(RawTable raw, String style) {}

  private Table table(Node tbl) {
    int declared = 0;
    for (Node g : WordXml.children(WordXml.child(tbl, "tblGrid"))) {
      if (WordXml.is(g, "gridCol")) {
        declared++;
      }
    }
    List<RowSpec> rows = new ArrayList<>();
    for (Node tr : childrenThroughWrappers(tbl, "tr", new ArrayList<>())) {
      Node trPr = WordXml.child(tr, "trPr");
      int before = orZero(WordXml.intVal(WordXml.child(trPr, "gridBefore")));
      int after = orZero(WordXml.intVal(WordXml.child(trPr, "gridAfter")));
      List<CellSpec> cells = new ArrayList<>();
      for (Node tc : childrenThroughWrappers(tr, "tc", new ArrayList<>())) {
        cells.add(cell(tc));
      }
      rows.add(new RowSpec(before, after, cells));
    }
    TableGridBuilder.Result r = TableGridBuilder.build(rows, declared);
    r.warnings().forEach(out::warn);
    String style = WordXml.val(WordXml.path(tbl, "tblPr", "tblStyle"));
    return new Table(r.table(), style);
  }

  /**
   * The children named {@code tag} ({@code tr} of a table, {@code tc} of a row), looking through
   * the content controls ({@code sdt}) and custom XML that may wrap them.
   */
  private static List<Node> childrenThroughWrappers(Node container, String tag, List<Node> acc) {
    for (Node n : WordXml.children(container)) {
      if (WordXml.is(n, tag)) {
        acc.add(n);
      } else if (WordXml.is(n, "sdt")) {
        childrenThroughWrappers(WordXml.child(n, "sdtContent"), tag, acc);
      } else if (WordXml.is(n, "customXml")) {
        childrenThroughWrappers(n, tag, acc);
      }
    }
    return acc;
  }

  private CellSpec cell(Node tc) {
    Node tcPr = WordXml.child(tc, "tcPr");
    Integer span = WordXml.intVal(WordXml.child(tcPr, "gridSpan"));
    List<String> lines = new ArrayList<>();
    List<RawTable> nested = new ArrayList<>();
    cellContent(tc, lines, nested);
    return new CellSpec(span == null ? 1 : span, merge(WordXml.child(tcPr, "vMerge")),
        merge(WordXml.child(tcPr, "hMerge")), String.join("\n", lines), nested);
  }

  private void cellContent(Node container, List<String> lines, List<RawTable> nested) {
    for (Node n : WordXml.children(container)) {
      if (WordXml.is(n, "p")) {
        Para para = readParagraph(n);
        if (!para.text().isEmpty()) {
          lines.add(para.text());
        }
        for (Node box : para.textBoxes()) {
          cellContent(box, lines, nested);
        }
      } else if (WordXml.is(n, "tbl")) {
        Table t = table(n);
        if (!t.raw().cells().isEmpty()) {
          nested.add(t.raw());
        }
      } else if (WordXml.is(n, "sdt")) {
        cellContent(WordXml.child(n, "sdtContent"), lines, nested);
      } else if (WordXml.is(n, "customXml") || WordXml.is(n, "ins") || WordXml.is(n, "moveTo")) {
        cellContent(n, lines, nested);
      }
    }
  }

  /** {@code w:vMerge}/{@code w:hMerge}: absent = none; no value or "continue" = continue. */
  private static Merge merge(Node n) {
    if (n == null) {
      return Merge.NONE;
    }
    return "restart".equals(WordXml.val(n)) ? Merge.RESTART : Merge.CONTINUE;
  }

  private static int orZero(Integer i) {
    return i == null ? 0 : Math.max(0, i);
  }




}
