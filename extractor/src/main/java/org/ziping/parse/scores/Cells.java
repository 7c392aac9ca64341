package org.ziping.parse.scores;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.model.Spaces;
import org.ziping.model.TextNormalizer;

/**
 * Text helpers shared by the score and table parsers: markup stripping, whitespace removal and
 * exact number reading of cell texts.
 *
 * <p>Numbers are read with {@link BigDecimal} from the digits as written (scale kept, thousands
 * separators dropped). A cell is "numeric" when its whole text is one number, optionally preceded by
 * a comparator (≥ ≤ &gt; &lt; = 约) and followed by % or 分; "-", "—" and "/" mean "no value".
 * Limits: Chinese numerals (五分) are not read.
 */
final class Cells {
  private Cells() {}

  private static final Pattern MARKUP = Pattern.compile("</?[a-zA-Z]+>|\\*\\*|\\[bookmark:[^\\]]*\\]");
  private static final Pattern NUMBER = Pattern.compile(
      "^(?:[≥≤≧≦><=]|约|不低于|不高于|不少于|不超过)*\\s*([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*(%|分|万元|亿元|元)?$");

  /** The text with markup (html bold, markdown bold, Word bookmarks) removed and trimmed; never null. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    if (s.indexOf('<') < 0 && s.indexOf('*') < 0 && s.indexOf('[') < 0) {
      return trim(s); // every markup match starts with one of these
    }
    return trim(MARKUP.matcher(s).replaceAll(""));
  }

  /** Trims ASCII and full-width spaces. */
  static String trim(String s) {
    return Spaces.trim(s, Cells::isSpace);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
  }

  /** The cleaned text with every whitespace character removed (labels as written, compacted). */
  static String compact(String s) {
    String c = clean(s);
    StringBuilder b = new StringBuilder(c.length());
    for (int i = 0; i < c.length(); i++) {
      if (!isSpace(c.charAt(i))) {
        b.append(c.charAt(i));
      }
    }
    return b.toString();
  }

  /** Compacted and normalised (full-width forms mapped), for matching. */
  static String key(String s) {
    return TextNormalizer.normalize(compact(s));
  }

  /** True for "-", "—", "/", "无" and the like: a cell that says there is no value. */
  static boolean isDash(String s) {
    String k = key(s);
    return k.matches("[-—–－/／]+|无");
  }

  /** The number a cell holds as its whole text, or null. */
  static BigDecimal number(String s) {
    Matcher m = numberMatcher(s);
    return m == null ? null : parse(m.group(1));
  }

  /** True when the cell's whole text is a number (percent, points and comparators allowed). */
  static boolean isNumeric(String s) {
    return numberMatcher(s) != null;
  }

  private static Matcher numberMatcher(String s) {
    String k = key(s);
    if (k.isEmpty()) {
      return null;
    }
    Matcher m = NUMBER.matcher(k);
    return m.matches() ? m : null;
  }

  /** Exact decimal of digits as written ("1,234.50" keeps scale 2). */
  static BigDecimal parse(String digits) {
    return new BigDecimal(TextNormalizer.normalize(digits).replace(",", ""));
  }
}
