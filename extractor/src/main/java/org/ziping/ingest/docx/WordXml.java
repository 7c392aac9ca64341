package org.ziping.ingest.docx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Small helpers over the DOM view of WordprocessingML (transitional namespace) that POI's XmlBeans
 * objects expose through {@code getDomNode()}. Reading the markup directly lets the ingester see
 * every wrapper Word may put around paragraphs, rows and cells (content controls, custom XML,
 * tracked insertions) without depending on generated schema classes.
 *
 * <p>Limits: strict OOXML ({@code purl.oclc.org} namespace) is not recognised.
 */
public final class WordXml {
  /** The WordprocessingML main namespace. */
  public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  /** The markup-compatibility namespace (mc:AlternateContent). */
  public static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  private WordXml() {}

  /** True when {@code n} is an element of the Word namespace with local name {@code name}. */
  public static boolean is(Node n, String name) {
    return n != null && n.getNodeType() == Node.ELEMENT_NODE && W.equals(n.getNamespaceURI())
        && name.equals(n.getLocalName());
  }

  /** Element children of {@code n}, in document order. */
  public static List<Node> children(Node n) {
    List<Node> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.ELEMENT_NODE) {
        out.add(c);
      }
    }
    return out;
  }

  /** The first Word-namespace child element called {@code name}, or null. */
  public static Node child(Node n, String name) {
    if (n == null) {
      return null;
    }
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (is(c, name)) {
        return c;
      }
    }
    return null;
  }

  /** Follows a path of Word-namespace child names; null when any step is missing. */
  public static Node path(Node n, String... names) {
    Node cur = n;
    for (String name : names) {
      cur = child(cur, name);
      if (cur == null) {
        return null;
      }
    }
    return cur;
  }

  /** The value of the Word-namespace attribute {@code name}, or null. */
  public static String attr(Node n, String name) {
    if (!(n instanceof Element e)) {
      return null;
    }
    String v = e.getAttributeNS(W, name);
    if (v == null || v.isEmpty()) {
      // some producers write unqualified attributes
      v = e.getAttribute(name);
      if (v == null || v.isEmpty()) {
        v = e.getAttribute("w:" + name);
      }
    }
    return v == null || v.isEmpty() ? null : v;
  }

  /** The {@code w:val} attribute, or null. */
  public static String val(Node n) {
    return attr(n, "val");
  }

  /** {@code w:val} as an integer, or null when absent or not a number. */
  public static Integer intVal(Node n) {
    return intAttr(n, "val");
  }

  /** A {@code w:} attribute as an integer, or null when absent or not a number. */
  public static Integer intAttr(Node n, String name) {
    String v = attr(n, name);
    if (v == null) {
      return null;
    }
    try {
      return Integer.valueOf(v.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A toggle property ({@code w:b}, {@code w:vanish}): on when present without a false value. */
  public static boolean isOn(Node n) {
    if (n == null) {
      return false;
    }
    String v = val(n);
    return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
  }

  /**
   * The character data directly inside an element ({@code w:t}), never null. (XmlBeans' DOM does
   * not implement {@code getTextContent}.)
   */
  public static String text(Node n) {
    StringBuilder sb = new StringBuilder();
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
        sb.append(c.getNodeValue());
      }
    }
    return sb.toString();
  }
}
