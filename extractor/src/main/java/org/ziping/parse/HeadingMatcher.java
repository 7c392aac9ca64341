package org.ziping.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.TextNormalizer;

/**
 * Recognises the numbering of a heading at the start of a block: 一、 / （一） / 1. or 1、 /
 * （1） / ① (on the normalised text, so full-width forms match too), plus headings the format
 * marks itself (markdown {@code #}, Word heading styles), and short unnumbered title lines.
 *
 * <p>A numbered block is a heading when its title is short: either the whole block (at most
 * {@value #MAX_TITLE} characters, no comma or semicolon, ending with at most one full stop), or a
 * run-in title ended by 。 or ： whose body follows in the same block ("（一）评价目的。1. 确保…").
 * Long numbered paragraphs (list items that are sentences), numbered lines stating a money figure
 * or a percentage ("（1）社保经办机构工作经费126万元。") and bare numbers without a title are not
 * headings. Table cells are
 * never looked at: only heading and paragraph blocks are passed in.
 *
 * <p>Limits: numbering written as words ("第一部分") and Roman numerals are not recognised.
 */
public final class HeadingMatcher {
  static final int MAX_TITLE = 32;
  private static final int MAX_RUN_IN = 20;

  /** A recognised heading: style, number as written, title, and where the title is in the block. */
  public record Heading(String style, String number, String title, int titleStart, int titleEnd,
                        boolean runIn) {}

  private static final String CN = "[一二三四五六七八九十百零〇]+";
  private static final Pattern[] PATTERNS = {
      Pattern.compile("^(第(" + CN + ")[部章节][分]?)\\s*"),
      Pattern.compile("^((" + CN + ")\\s*[、.])\\s*"),
      Pattern.compile("^(\\((" + CN + ")\\)[、.]?)\\s*"),
      Pattern.compile("^((\\d{1,2})\\s*(?:[、]|\\.(?!\\d)))\\s*"),
      Pattern.compile("^(\\((\\d{1,2})\\)[、.]?)\\s*"),
      Pattern.compile("^(([\\u2460-\\u2473\\u2474-\\u2487]))\\s*"),
  };
  private static final String[] STYLES = {"cn-part", "cn", "cn-paren", "arabic", "arabic-paren",
      "circled"};

  /** A money figure or percentage: list items that state figures are not headings. */
  private static final Pattern FIGURE = Pattern.compile("\\d\\s*(?:万元|亿元|元|%)");

  private HeadingMatcher() {}

  /** The heading at the start of the block, or null. */
  public static Heading match(Block b) {
    if (b.type() == BlockType.TABLE) {
      return null;
    }
    String raw = b.text();
    String s = TextNormalizer.normalize(raw);
    int lead = 0;
    while (lead < s.length() && Character.isWhitespace(s.charAt(lead))) {
      lead++;
    }
    String t = s.substring(lead);
    for (int i = 0; i < PATTERNS.length; i++) {
      Matcher m = PATTERNS[i].matcher(t);
      if (!m.find()) {
        continue;
      }
      int titleStart = lead + m.end();
      Heading h = titled(STYLES[i], m.group(2), s, titleStart, b.type() == BlockType.HEADING);
      if (h != null) {
        return h;
      }
      return null;
    }
    if (b.type() == BlockType.HEADING) {
      String title = s.strip();
      int st = s.indexOf(title);
      return new Heading("heading", null, title, st,
          st + title.length(), false);
    }
    return null;
  }

  private static Heading titled(String style, String number, String s, int titleStart,
                                boolean formatHeading) {
    String rest = s.substring(titleStart);
    String trimmed = rest.strip();
    int end = titleStart + rest.indexOf(trimmed) + trimmed.length();
    if (trimmed.isEmpty()) {
      return null;
    }
    String body = stripEndStop(trimmed);
    if (!formatHeading && FIGURE.matcher(body).find()) {
      return null;
    }
    boolean shortWhole = body.length() <= MAX_TITLE && body.indexOf('，') < 0 && body.indexOf(',') < 0
        && body.indexOf('；') < 0 && body.indexOf(';') < 0 && body.indexOf('。') < 0;
    if (shortWhole || formatHeading && body.length() <= 2 * MAX_TITLE && body.indexOf('。') < 0) {
      int ts = titleStart + lead(rest);
      return new Heading(style, number, body, ts, ts + body.length(), false);
    }
    int stop = firstStop(trimmed);
    if (stop > 0 && stop <= MAX_RUN_IN) {
      String title = trimmed.substring(0, stop);
      if (title.indexOf('，') < 0 && title.indexOf(',') < 0) {
        int ts = titleStart + lead(rest);
        return new Heading(style, number, title, ts, ts + title.length(), true);
      }
    }
    return null;
  }

  private static int lead(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int firstStop(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '。' || c == ':' || c == '：') {
        return i;
      }
    }
    return -1;
  }

  private static String stripEndStop(String s) {
    String t = s;
    while (!t.isEmpty() && (t.endsWith("。") || t.endsWith(".") || t.endsWith("：")
        || t.endsWith(":"))) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  /** A short unnumbered line that may be a heading: no punctuation at all, at most 12 chars. */
  public static boolean plainTitleCandidate(Block b) {
    if (b.type() == BlockType.TABLE) {
      return false;
    }
    String s = TextNormalizer.normalize(b.text()).strip();
    if (s.length() < 2 || s.length() > 12) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c) || "。，、；：:;,.()（）“”\"《》!！?？%-".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }
}
