package org.ziping.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.ziping.ingest.text.TextLines;
import org.ziping.model.Spaces;

/**
 * The running text of one block as a browser lays it out: runs of HTML white space (and no-break
 * spaces) collapse to one space, {@code <br>} starts a new line, preformatted text keeps its white
 * space; each line is trimmed when taken. Per line it counts the characters set in bold, so a line
 * can be marked bold when all its visible characters are.
 */
final class InlineText {
  /** One finished line. */
  record Line(String text, boolean bold) {}

  private final List<Line> lines = new ArrayList<>();
  private final StringBuilder cur = new StringBuilder();
  private final Spaces.Folder folder = new Spaces.Folder(cur, Dom::isSpace);
  private int boldChars;
  private int plainChars;

  void text(String s, boolean bold) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (folder.append(ch)) {
        count(ch, bold);
      }
    }
  }

  /** Preformatted text: white space kept, newlines start lines. */
  void pre(String s, boolean bold) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\n') {
        newline();
      } else if (ch != '\r') {
        cur.append(ch);
        count(ch, bold);
      }
    }
  }

  private void count(char ch, boolean bold) {
    if (Dom.isSpace(ch) || ch == '\u3000') {
      return;
    }
    if (bold) {
      boldChars++;
    } else {
      plainChars++;
    }
  }

  void newline() {
    lines.add(new Line(TextLines.trim(cur.toString()), boldChars > 0 && plainChars == 0));
    cur.setLength(0);
    folder.reset();
    boldChars = 0;
    plainChars = 0;
  }

  boolean isEmpty() {
    return cur.length() == 0 && lines.stream().allMatch(l -> l.text().isEmpty());
  }

  /** The non-empty lines so far; the buffer is left empty. */
  List<Line> take() {
    newline();
    List<Line> out = lines.stream().filter(l -> !l.text().isEmpty()).toList();
    lines.clear();
    return out;
  }
}
