package org.ziping.ingest.text;

import java.util.List;
import org.ziping.model.Spaces;

/**
 * Line-level helpers shared by the text layout rules: line splitting after line-ending
 * normalisation, the kinds of line the table readers look for, and trimming.
 *
 * <p>Kinds: a <em>tab-led</em> line starts with a tab and holds no other tab (one cell of a Word
 * form flattened to text); a <em>tab-fields</em> line holds a tab anywhere else (a row of
 * tab-separated fields); a <em>blank</em> line holds only white space (ASCII, ideographic space
 * U+3000, no-break space) and no tab; everything else is <em>plain</em>.
 */
public final class TextLines {
  /** The kind of one line. */
  public enum Kind { BLANK, PLAIN, TAB_LED, TAB_FIELDS }

  private TextLines() {}

  /** CRLF and lone CR become LF, then the text is split at LF (a trailing LF gives no extra line). */
  public static List<String> split(String text) {
    String s = text.replace("\r\n", "\n").replace('\r', '\n');
    if (s.endsWith("\n")) {
      s = s.substring(0, s.length() - 1);
    }
    return List.of(s.split("\n", -1));
  }

  public static Kind kind(String line) {
    int tab = line.indexOf('\t');
    if (tab == 0 && line.indexOf('\t', 1) < 0) {
      return Kind.TAB_LED;
    }
    if (tab >= 0) {
      return Kind.TAB_FIELDS;
    }
    return isBlank(line) ? Kind.BLANK : Kind.PLAIN;
  }

  /** White space for layout purposes: Java white space, U+3000, no-break space, stray BOM. */
  public static boolean isSpace(char ch) {
    return Character.isWhitespace(ch) || ch == '\u3000' || ch == '\u00A0' || ch == '\u202F'
        || ch == '\u200B' || ch == '\uFEFF';
  }

  public static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Trims ASCII and full-width spaces (everything {@link #isSpace} accepts) at both ends. */
  public static String trim(String s) {
    return Spaces.trim(s, TextLines::isSpace);
  }

  /** Trims ASCII white space and control characters only ({@code <= ' '}), as {@link String#strip}
   * would not: full-width spaces stay, because a cell holding only U+3000 is kept as it is. */
  public static String trimAscii(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && s.charAt(b) <= ' ') {
      b++;
    }
    while (e > b && s.charAt(e - 1) <= ' ') {
      e--;
    }
    return s.substring(b, e);
  }
}
