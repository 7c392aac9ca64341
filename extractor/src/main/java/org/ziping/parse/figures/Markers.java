package org.ziping.parse.figures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.model.TextNormalizer;

/** List item markers of running text: (1), （1）, 1., 1、, 1．, ①, 一是 (on normalised text). */
final class Markers {
  private Markers() {}

  private static final Pattern MARKER =
      Pattern.compile("\\((\\d{1,2})\\)|(?<![\\d.])(\\d{1,2})[.、．](?!\\d)|([①-⑳])"
          + "|(?<![\\u4e00-\\u9fff])([一二三四五六七八九十])是");
  private static final String CN_DIGITS = "一二三四五六七八九十";

  /** The item number of a marker starting exactly at {@code pos}, or -1. */
  static int numberAt(String norm, int pos, int end) {
    Matcher m = MARKER.matcher(norm);
    m.region(pos, end);
    m.useTransparentBounds(true);
    return m.lookingAt() ? number(m) : -1;
  }

  /** Position of the first marker numbered {@code n} in {@code [from, end)}, or -1. */
  static int find(String norm, int n, int from, int end) {
    Matcher m = MARKER.matcher(norm);
    m.region(from, end);
    m.useTransparentBounds(true);
    while (m.find()) {
      if (number(m) == n) {
        return m.start();
      }
    }
    return -1;
  }

  private static int number(Matcher m) {
    if (m.group(1) != null) {
      return Integer.parseInt(m.group(1));
    }
    if (m.group(2) != null) {
      return Integer.parseInt(m.group(2));
    }
    if (m.group(3) != null) {
      return TextNormalizer.digitValue(m.group(3).charAt(0));
    }
    return CN_DIGITS.indexOf(m.group(4).charAt(0)) + 1;
  }
}
