package org.ziping.render;

import org.ziping.model.Spaces;

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
    String t = Spaces.fold(s, Character::isWhitespace);
    return t.length() > 300 ? t.substring(0, 300) + "…" : t;
  }
}
