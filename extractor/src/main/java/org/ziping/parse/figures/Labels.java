package org.ziping.parse.figures;

import java.util.regex.Pattern;

/**
 * Cleaning of label text: whitespace and markdown emphasis dropped, leading list markers, "其中"
 * and first-person subjects ("我中心", "我市") removed, trailing verbs and fillers (为, 达, 共计,
 * 合计, 约, 是, 了, 安排, 金额 …) removed. Pure string rules, no segmenter.
 */
final class Labels {
  private Labels() {}

  private static final Pattern LEADING = Pattern.compile(
      "^(其中|[(（]?\\d{1,2}[)）]|\\d{1,2}[.、．](?!\\d)|[①-⑳]|[一二三四五六七八九十]+[、是]"
          + "|[(（][一二三四五六七八九十]+[)）]|我(中心|单位|局|部门|市|县|区|们|司|院)"
          + "|[,，。；;：:、\\-—])");
  private static final Pattern TRAILING = Pattern.compile(
      "(为|达到|(?<![下到送传])达|共计|合计|总计|累计|共|约|是|了|安排|计|金额|有|的|[,，。；;：:、\\-—(（=≦≤≥≧<>])$");
  private static final Pattern SPACE = Pattern.compile("[\\s*#]+");
  /** Bookmark anchors that text exports of Word files write as text ("[bookmark: _GoBack]"). */
  private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]{0,60}\\]");

  static String clean(String raw) {
    String s = SPACE.matcher(BOOKMARK.matcher(raw).replaceAll("")).replaceAll("");
    boolean changed = true;
    while (changed && !s.isEmpty()) {
      changed = false;
      var m = LEADING.matcher(s);
      if (m.find()) {
        s = s.substring(m.end());
        changed = true;
      }
      // every TRAILING word is 1 or 2 characters and ends the text (or stands before a final line
      // terminator, at most 2 characters): a match can start only in the last 4 characters
      var t = TRAILING.matcher(s).useTransparentBounds(true);
      t.region(Math.max(0, s.length() - 4), s.length());
      if (t.find()) {
        s = s.substring(0, t.start());
        changed = true;
      }
    }
    return s;
  }

  /** A table label: "其中：" prefixes, list markers and whitespace removed. */
  static String cleanCell(String raw) {
    String s = SPACE.matcher(BOOKMARK.matcher(raw).replaceAll("")).replaceAll("");
    boolean changed = true;
    while (changed && !s.isEmpty()) {
      var m = LEADING.matcher(s);
      changed = m.find();
      if (changed) {
        s = s.substring(m.end());
      }
    }
    return s;
  }
}
