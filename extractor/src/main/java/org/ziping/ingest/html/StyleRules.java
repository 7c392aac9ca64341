package org.ziping.ingest.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * Applies the few declarations of a page's own {@code <style>} sheets that change what a reader
 * sees of the text: {@code display:none} and {@code visibility:hidden} (the element is hidden),
 * {@code text-align} and {@code font-weight} (copied into the element's inline style unless it
 * states its own), so that the block walker, which reads inline styles only, sees them.
 *
 * <p>Algorithm: comments and at-rules with a block ({@code @media}, {@code @font-face},
 * {@code @page}) are cut out; each remaining rule's selectors are matched with jsoup's selector
 * engine, selectors with pseudo-classes or pseudo-elements skipped. Rules apply in sheet order,
 * so a later rule wins; specificity is not weighed.
 *
 * <p>Limits: linked style sheets ({@code <link rel=stylesheet>}) are not fetched; inheritance is
 * left to the walker, which inherits alignment and weight from enclosing elements.
 */
final class StyleRules {
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern AT_BLOCK = Pattern.compile("@[a-zA-Z-]+[^{;]*\\{(?:[^{}]*\\{[^{}]*\\})*[^{}]*\\}");
  private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
  private static final Pattern ALIGN = Dom.declaration("(text-align\\s*:\\s*[a-zA-Z-]+)");
  private static final Pattern WEIGHT = Dom.declaration("(font-weight\\s*:\\s*[a-zA-Z0-9-]+)");

  private StyleRules() {}

  static void apply(Document doc) {
    for (Element style : doc.select("style")) {
      String css = COMMENT.matcher(style.data()).replaceAll(" ");
      css = AT_BLOCK.matcher(css).replaceAll(" ");
      Matcher m = RULE.matcher(css);
      while (m.find()) {
        String decl = m.group(2);
        boolean hidden = Dom.HIDDEN_STYLE.matcher(decl).find();
        String align = first(ALIGN, decl);
        String weight = first(WEIGHT, decl);
        if (!hidden && align == null && weight == null) {
          continue;
        }
        for (String selector : m.group(1).split(",")) {
          String sel = selector.strip();
          if (sel.isEmpty() || sel.contains(":") || sel.startsWith("@")) {
            continue;
          }
          try {
            for (Element e : doc.body().select(sel)) {
              if (hidden) {
                e.attr("hidden", "");
              }
              add(e, "text-align", align);
              add(e, "font-weight", weight);
            }
          } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            // a selector jsoup does not understand changes nothing
          }
        }
      }
    }
  }

  private static String first(Pattern p, String decl) {
    Matcher m = p.matcher(decl);
    return m.find() ? m.group(1).replaceAll("\\s+", "") : null;
  }

  private static void add(Element e, String property, String declaration) {
    if (declaration == null) {
      return;
    }
    String style = e.attr("style");
    if (style.toLowerCase(Locale.ROOT).contains(property)) {
      return;
    }
    e.attr("style", style.isBlank() ? declaration : style.strip().replaceAll(";$", "") + ";" + declaration);
  }
}
