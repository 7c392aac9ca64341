package org.ziping.render;

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
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
