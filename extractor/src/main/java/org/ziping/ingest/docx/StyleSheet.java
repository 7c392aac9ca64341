package org.ziping.ingest.docx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Node;

/**
 * The style definitions of a Word document ({@code word/styles.xml}), read from its DOM, with
 * look-ups that follow the {@code w:basedOn} chain: the first style in the chain that sets a
 * property decides it, as Word does for paragraph properties.
 *
 * <p>Heading styles are recognised two ways: an outline level 0 to 8 anywhere in the chain, or the
 * style's own name or id naming a heading ("heading 1", "Heading1", "标题 1"). Limits: toggle
 * properties (bold) are resolved as plain properties (a bold style based on a bold style is bold,
 * not un-bold); table-style conditional formatting and document defaults are not applied.
 */
public final class StyleSheet {
  private static final Pattern HEADING_NAME =
      Pattern.compile("(?:heading|标题)\\s*([1-9])", Pattern.CASE_INSENSITIVE);

  /** One {@code w:style}. */
  public record Style(String id, String name, String type, String basedOn, Node pPr, Node rPr) {}

  private final Map<String, Style> styles = new HashMap<>();
  private final String defaultParagraphStyle;

  /** Reads the styles from a {@code w:styles} element; null gives an empty sheet. */
  public StyleSheet(Node stylesRoot) {
    String def = null;
    for (Node s : WordXml.children(stylesRoot)) {
      if (!WordXml.is(s, "style")) {
        continue;
      }
      String id = WordXml.attr(s, "styleId");
      if (id == null) {
        continue;
      }
      String type = WordXml.attr(s, "type");
      Style st = new Style(id, WordXml.val(WordXml.child(s, "name")), type == null ? "paragraph" : type,
          WordXml.val(WordXml.child(s, "basedOn")), WordXml.child(s, "pPr"), WordXml.child(s, "rPr"));
      styles.put(id, st);
      String isDefault = WordXml.attr(s, "default");
      if ("paragraph".equals(st.type()) && isDefault != null
          && (isDefault.equals("1") || isDefault.equalsIgnoreCase("true") || isDefault.equalsIgnoreCase("on"))) {
        def = id;
      }
    }
    this.defaultParagraphStyle = def;
  }

  /** The paragraph style applied when a paragraph names none, or null. */
  public String defaultParagraphStyle() {
    return defaultParagraphStyle;
  }

  public Style get(String id) {
    return id == null ? null : styles.get(id);
  }

  /** The outline level (0 to 9) set in the style chain, or null. */
  public Integer outlineLevel(String styleId) {
    return inChain(styleId, s -> WordXml.intVal(WordXml.child(s.pPr(), "outlineLvl")));
  }

  /** The heading level 1 to 9 the style's own name or id announces, or null. */
  public Integer headingLevelByName(String styleId) {
    Style s = get(styleId);
    if (s == null) {
      return null;
    }
    for (String candidate : new String[] {s.name(), s.id()}) {
      if (candidate == null) {
        continue;
      }
      Matcher m = HEADING_NAME.matcher(candidate.trim().toLowerCase(Locale.ROOT));
      if (m.matches()) {
        return Integer.parseInt(m.group(1));
      }
    }
    return null;
  }

  /** The paragraph justification ({@code w:jc}) set in the chain, or null. */
  public String justification(String styleId) {
    return inChain(styleId, s -> WordXml.val(WordXml.child(s.pPr(), "jc")));
  }

  /** Whether the chain makes runs bold; null when no style in the chain says. */
  public Boolean bold(String styleId) {
    return inChain(styleId, s -> {
      Node b = WordXml.child(s.rPr(), "b");
      return b == null ? null : WordXml.isOn(b);
    });
  }

  /** The numbering id set in the chain's {@code w:numPr}, or null. */
  public String numId(String styleId) {
    return inChain(styleId, s -> WordXml.val(WordXml.path(s.pPr(), "numPr", "numId")));
  }

  /** The numbering level set in the chain's {@code w:numPr}, or null. */
  public Integer numLevel(String styleId) {
    return inChain(styleId, s -> WordXml.intVal(WordXml.path(s.pPr(), "numPr", "ilvl")));
  }

  private <T> T inChain(String styleId, Function<Style, T> f) {
    Set<String> seen = new HashSet<>();
    Style s = get(styleId);
    while (s != null && seen.add(s.id())) {
      T v = f.apply(s);
      if (v != null) {
        return v;
      }
      s = get(s.basedOn());
    }
    return null;
  }
}
