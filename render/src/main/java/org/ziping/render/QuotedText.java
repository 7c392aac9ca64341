package org.ziping.render;

/**
 * An evidence quote shaped for one line of a report or a table cell: runs of white space become
 * one space and the quote is cut at 300 characters.
 */
final class QuotedText {
  private QuotedText() {}

  /** Runs of white space (tabs between cells, line breaks) as one space, cut at 300 characters. */
  static String oneLine(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
      }
      space = false;
      sb.append(c);
    }
    String t = sb.toString();
    return t.length() > 300 ? t.substring(0, 300) + "…" : t;
  }
}
