package org.ziping.ingest.html;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What the ingester needs to know about HTML elements: which are block-level, which hold no
 * content, which are hidden, bold or centred, and how much text an element holds.
 */
final class Dom {
  /** Elements that start a new block when they appear in running text. */
  static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body",
      "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption",
      "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
      "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
      "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "xmp", "listing", "plaintext");
  /** Elements whose content is never article text. */
  static final Set<String> NO_CONTENT = Set.of("script", "style", "noscript", "template", "iframe",
      "frame", "frameset", "object", "embed", "applet", "svg", "math", "canvas", "map", "audio",
      "video", "source", "track", "input", "select", "option", "optgroup", "button", "textarea",
      "head", "title", "meta", "link", "base", "param", "datalist", "progress", "meter", "dialog");
  /** A declaration that hides an element. */
  static final Pattern HIDDEN_STYLE =
      declaration("(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)");
  private static final Pattern BOLD_STYLE =
      declaration("font-weight\\s*:\\s*(bold|bolder|[6-9]00)");
  private static final Pattern NORMAL_STYLE =
      declaration("font-weight\\s*:\\s*(normal|lighter|[1-5]00)");
  private static final Pattern ALIGN_STYLE = declaration("text-align\\s*:\\s*([a-z-]+)");

  private Dom() {}

  /**
   * A CSS declaration matching {@code body} (property, colon, value) in a style attribute or a
   * rule's block: at its start or after a semicolon, in any case.
   */
  static Pattern declaration(String body) {
    return Pattern.compile("(?:^|;)\\s*" + body, Pattern.CASE_INSENSITIVE);
  }

  static String tag(Element e) {
    return e.normalName();
  }

  static boolean isBlock(Element e) {
    return BLOCKS.contains(tag(e));
  }

  static boolean isHeading(Element e) {
    String t = tag(e);
    return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
  }

  /** Hidden by the {@code hidden} attribute, ARIA, an inline style or a hidden input. */
  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
  }

  /** Bold by the element's own markup: null when it says nothing. */
  static Boolean ownBold(Element e) {
    String t = tag(e);
    if (t.equals("b") || t.equals("strong") || t.equals("th") || isHeading(e)) {
      return Boolean.TRUE;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      if (BOLD_STYLE.matcher(style).find()) {
        return Boolean.TRUE;
      }
      if (NORMAL_STYLE.matcher(style).find()) {
        return Boolean.FALSE;
      }
    }
    return null;
  }

  /** Alignment by the element's own markup ({@code align}, {@code text-align}, {@code <center>}): null when it says nothing. */
  static Boolean ownCentered(Element e) {
    if (tag(e).equals("center")) {
      return Boolean.TRUE;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      var m = ALIGN_STYLE.matcher(style);
      if (m.find()) {
        return m.group(1).toLowerCase(Locale.ROOT).equals("center");
      }
    }
    String align = e.attr("align");
    if (!align.isEmpty() && !tag(e).equals("table") && !tag(e).equals("img")) {
      return align.equalsIgnoreCase("center") || align.equalsIgnoreCase("middle");
    }
    return null;
  }

  /** HTML white space (collapsible) plus the no-break space, which pages use for indentation. */
  static boolean isSpace(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\u00A0';
  }

  /** Counts of visible characters (white space not counted) of elements, memoised. */
  static final class TextSizes {
    private final Map<Node, Integer> all = new IdentityHashMap<>();
    private final Map<Node, Integer> linked = new IdentityHashMap<>();

    /** Visible characters in the subtree. */
    int all(Element e) {
      compute(e);
      return all.get(e);
    }

    /** Visible characters outside links. */
    int unlinked(Element e) {
      compute(e);
      return all.get(e) - linked.get(e);
    }

    private void compute(Element e) {
      if (all.containsKey(e)) {
        return;
      }
      int a = 0;
      int l = 0;
      boolean link = tag(e).equals("a") && e.hasAttr("href");
      for (Node n : e.childNodes()) {
        if (n instanceof TextNode t) {
          int c = visible(t.getWholeText());
          a += c;
          l += link ? c : 0;
        } else if (n instanceof Element c) {
          compute(c);
          a += all.get(c);
          l += link ? all.get(c) : linked.get(c);
        }
      }
      all.put(e, a);
      linked.put(e, l);
    }

    static int visible(String s) {
      int c = 0;
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (!isSpace(ch) && ch != '\u3000') {
          c++;
        }
      }
      return c;
    }
  }
}
