package org.ziping.ingest.pdf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends the figures of an OCR word before anything parses them: full-width digits and signs
 * (０-９, ．, ％, ，) become ASCII; in a word that is a number but for look-alike letters, O / o / 〇
 * next to a digit becomes 0 and l / I / | next to a digit becomes 1 ("1O0" → 100, "9l.5" → 91.5,
 * "1OO%" → 100%); a Chinese full stop or a middle dot between digits is a decimal point
 * ("99。5" → 99.5). Words holding Chinese characters other than a trailing 分 / 元 / 万元 / 个 / 人
 * are left alone, so labels ("Ol类", "I级") keep their letters.
 *
 * <p>Limits: a look-alike standing alone ("O") is not changed (it may be a letter); a misread
 * digit that is itself a digit (6 for 0) cannot be seen here — the audit lowers findings resting
 * on OCR figures (audit/OcrSeverityCap) and skips score tables with gaps.
 */
final class OcrDigits {
  private OcrDigits() {}

  /** A number with look-alikes: digits, look-alikes and separators, at least one real digit. */
  private static final Pattern NUMBERISH = Pattern.compile(
      "[-+≥≤<>=]?[0-9OoIl|〇.,。·]*[0-9][0-9OoIl|〇.,。·]*%?(?:分|元|万元|亿元|个|人|次)?");
  private static final Pattern POINT_BETWEEN_DIGITS = Pattern.compile("(?<=\\d)[。·](?=\\d)");

  /** The word with its figures mended, or the word as it was. */
  static String mend(String word) {
    if (word == null || word.isEmpty()) {
      return word;
    }
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= '０' && c <= '９') {
        c = (char) ('0' + (c - '０'));
      } else if (c == '．') {
        c = '.';
      } else if (c == '％') {
        c = '%';
      } else if (c == '，' && i > 0 && i + 1 < word.length() && Character.isDigit(word.charAt(i + 1))
          && Character.isDigit(b.charAt(b.length() - 1))) {
        c = ',';
      }
      b.append(c);
    }
    String w = b.toString();
    if (!NUMBERISH.matcher(w).matches()) {
      return w;
    }
    char[] a = w.toCharArray();
    // look-alikes next to a digit (repeated, so that "1OO" mends both O's)
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < a.length; i++) {
        char d = switch (a[i]) {
          case 'O', 'o', '〇' -> '0';
          case 'l', 'I', '|' -> '1';
          default -> 0;
        };
        if (d != 0 && (i > 0 && Character.isDigit(a[i - 1])
            || i + 1 < a.length && Character.isDigit(a[i + 1]))) {
          a[i] = d;
          changed = true;
        }
      }
    }
    Matcher m = POINT_BETWEEN_DIGITS.matcher(new String(a));
    return m.replaceAll(".");
  }
}
