package org.ziping.render;

import org.ziping.model.CharMap;

/**
 * Escapes text for HTML element content and quoted attribute values ({@code & < > " '}): the one
 * escaping used by every HTML page the project writes (the audit report, the search page).
 */
public final class HtmlText {
  private HtmlText() {}

  /** The escaped text; null gives "". */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    return CharMap.apply(s, HtmlText::entity);
  }

  /** The entity of a character HTML reserves; null for any other. */
  private static String entity(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> null;
    };
  }
}
