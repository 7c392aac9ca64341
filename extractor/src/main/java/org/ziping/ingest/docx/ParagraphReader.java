package org.ziping.ingest.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Node;

/**
 * Reads the visible text of one paragraph ({@code w:p}) from its markup, in document order: the
 * {@code w:t} of every run, {@code w:tab}/{@code w:ptab} as a tab, {@code w:br}/{@code w:cr} as a
 * newline, non-breaking hyphens as "-". It descends into every wrapper that holds runs (hyperlinks,
 * simple fields, smart tags, inline content controls, tracked insertions, custom XML, the chosen
 * branch of {@code mc:AlternateContent}) and skips what Word does not show: deleted and moved-away
 * text, field instructions, hidden runs ({@code w:vanish}), ruby annotations, note and comment
 * references. Text boxes met on the way ({@code w:txbxContent}) are not inlined but handed back to
 * the caller, which reads them as content of their own after the paragraph.
 *
 * <p>It also tells whether every run with visible text is bold: the run's own {@code w:b}, else its
 * character style, else the paragraph style.
 *
 * <p>Limits: symbol-font characters ({@code w:sym}) are kept as their code point; text produced by
 * fields Word computes at render time (page numbers) is what the file last stored.
 */
public final class ParagraphReader {
  private static final Set<String> SKIPPED = Set.of("pPr", "rPr", "del", "moveFrom", "delText",
      "delInstrText", "instrText", "fldData", "footnoteReference", "endnoteReference",
      "commentReference", "annotationRef", "sdtPr", "sdtEndPr", "rt", "customXmlPr", "smartTagPr");

  /** What one paragraph holds. */
  public record Content(String text, boolean allBold, List<Node> textBoxes) {}

  private final StyleSheet styles;

  public ParagraphReader(StyleSheet styles) {
    this.styles = styles;
  }

  /** Reads {@code p}; {@code paragraphStyle} is the effective paragraph style id or null. */
  public Content read(Node p, String paragraphStyle) {
    State st = new State(paragraphStyle);
    visit(p, st);
    return new Content(st.text.toString(), st.boldRuns > 0 && st.plainRuns == 0, st.textBoxes);
  }

  private static final class State {
    final StringBuilder text = new StringBuilder();
    final List<Node> textBoxes = new ArrayList<>();
    final String paragraphStyle;
    int boldRuns;
    int plainRuns;

    State(String paragraphStyle) {
      this.paragraphStyle = paragraphStyle;
    }
  }

  private void visit(Node parent, State st) {
    for (Node n : WordXml.children(parent)) {
      if (WordXml.MC.equals(n.getNamespaceURI())) {
        if ("AlternateContent".equals(n.getLocalName())) {
          Node choice = firstChild(n, "Choice");
          visit(choice != null ? choice : firstChild(n, "Fallback"), st);
        }
        continue;
      }
      if (!WordXml.W.equals(n.getNamespaceURI())) {
        visit(n, st);
        continue;
      }
      String name = n.getLocalName();
      if (SKIPPED.contains(name)) {
        continue;
      }
      switch (name) {
        case "r" -> run(n, st);
        case "t" -> st.text.append(WordXml.text(n));
        case "tab", "ptab" -> st.text.append('\t');
        case "br", "cr" -> st.text.append('\n');
        case "noBreakHyphen" -> st.text.append('-');
        case "softHyphen" -> { }
        case "sym" -> sym(n, st);
        case "txbxContent" -> st.textBoxes.add(n);
        default -> visit(n, st);
      }
    }
  }

  private void run(Node r, State st) {
    Node rPr = WordXml.child(r, "rPr");
    if (WordXml.isOn(WordXml.child(rPr, "vanish"))) {
      return;
    }
    int before = st.text.length();
    visit(r, st);
    if (st.text.substring(before).isBlank()) {
      return;
    }
    if (bold(rPr, st.paragraphStyle)) {
      st.boldRuns++;
    } else {
      st.plainRuns++;
    }
  }

  private boolean bold(Node rPr, String paragraphStyle) {
    Node b = WordXml.child(rPr, "b");
    if (b != null) {
      return WordXml.isOn(b);
    }
    Boolean fromRunStyle = styles.bold(WordXml.val(WordXml.child(rPr, "rStyle")));
    if (fromRunStyle != null) {
      return fromRunStyle;
    }
    Boolean fromParagraphStyle = styles.bold(paragraphStyle);
    return fromParagraphStyle != null && fromParagraphStyle;
  }

  private static void sym(Node n, State st) {
    String hex = WordXml.attr(n, "char");
    if (hex == null) {
      return;
    }
    try {
      st.text.appendCodePoint(Integer.parseInt(hex.trim(), 16));
    } catch (IllegalArgumentException e) {
      // an unreadable symbol code shows nothing, as in Word
    }
  }

  private static Node firstChild(Node n, String localName) {
    for (Node c : WordXml.children(n)) {
      if (WordXml.MC.equals(c.getNamespaceURI()) && localName.equals(c.getLocalName())) {
        return c;
      }
    }
    return null;
  }
}
