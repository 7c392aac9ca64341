package org.ziping.render;

/** Text shaping shared by the writers. */
final class Texts {
  private Texts() {}

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
