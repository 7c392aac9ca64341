package org.ziping.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the markup that text exports of reports carry and turns it into hints: ATX headings
 * ({@code # title} to {@code ###### title}), bold spans written {@code **bold**} or
 * {@code <b>bold</b>} / {@code <strong>bold</strong>}, and Word bookmark anchors that converters
 * write as {@code [bookmark: name]}. Everything else is kept exactly as it is, list markers
 * ({@code - }, {@code 1. }) included: the Word originals show them as text.
 *
 * <p>Algorithm: a line whose first non-space characters are one to six {@code #} followed by a space
 * (or the end of the line) is a heading of that level; an optional closing run of {@code #} is
 * dropped. Bold markers are then removed pairwise, left to right ({@code **a****b**} is two bold
 * spans); an unpaired {@code **} stays text. Hints: {@code md-heading:N}, {@code bold} when a bold
 * span was seen, {@code bold-line} when every non-space character of the line was inside one,
 * {@code bookmark} when an anchor was removed.
 *
 * <p>Limits: only these markers are known; emphasis with one star or underscores, links and
 * escapes ({@code \*}) are left as text, because report texts use the characters literally.
 */
public final class MarkdownHints {
  private static final Pattern HEADING = Pattern.compile("^#{1,6}(?=[ \\t\\u3000]|$)");
  private static final Pattern CLOSING = Pattern.compile("[ \\t\\u3000]+#+[ \\t\\u3000]*$");
  private static final Pattern BOLD = Pattern.compile(
      "\\*\\*(.+?)\\*\\*|<(b|strong)>(.*?)</\\2>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern STRAY_TAG = Pattern.compile("</?(b|strong)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]\\n]*\\]");

  /**
   * A line with its markup removed.
   *
   * @param text         the text without markers (not trimmed)
   * @param headingLevel number of {@code #} of a heading line, else null
   * @param hints        hints in the order found
   */
  public record Marked(String text, Integer headingLevel, List<String> hints) {
    public Marked {
      hints = List.copyOf(hints);
    }
  }

  private MarkdownHints() {}

  /** A paragraph line: heading markers, bold markers and bookmarks. */
  public static Marked line(String line) {
    List<String> hints = new ArrayList<>();
    String s = line;
    Integer level = null;
    int lead = 0;
    while (lead < s.length() && TextLines.isSpace(s.charAt(lead))) {
      lead++;
    }
    Matcher h = HEADING.matcher(s.substring(lead));
    if (h.find()) {
      level = h.end();
      s = s.substring(lead + h.end());
      s = CLOSING.matcher(s).replaceFirst("");
      hints.add("md-heading:" + level);
    }
    Marked inline = inline(s);
    hints.addAll(inline.hints());
    return new Marked(inline.text(), level, hints);
  }

  /** Inline markup only (bold, bookmarks): for table cells and heading texts. */
  public static Marked inline(String s) {
    List<String> hints = new ArrayList<>();
    String t = s;
    if (BOOKMARK.matcher(t).find()) {
      t = BOOKMARK.matcher(t).replaceAll("");
      hints.add("bookmark");
    }
    Matcher m = BOLD.matcher(t);
    StringBuilder out = new StringBuilder();
    int last = 0;
    int boldChars = 0;
    boolean bold = false;
    while (m.find()) {
      String inner = m.group(1) != null ? m.group(1) : m.group(3);
      out.append(t, last, m.start());
      out.append(inner);
      boldChars += visible(inner);
      bold = true;
      last = m.end();
    }
    out.append(t, last, t.length());
    String r = out.toString();
    if (STRAY_TAG.matcher(r).find()) {
      r = STRAY_TAG.matcher(r).replaceAll("");
      bold = true;
    }
    if (bold) {
      hints.add("bold");
      int all = visible(r);
      if (all > 0 && boldChars == all) {
        hints.add("bold-line");
      }
    }
    return new Marked(r, null, hints);
  }

  private static int visible(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!TextLines.isSpace(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
