package org.ziping.model;

/**
 * One-to-one normalisation of full-width forms for parsing: full-width ASCII variants (U+FF01 to
 * U+FF5E) become their ASCII counterparts and the ideographic space (U+3000) a space. Every
 * character maps to exactly one character, so an offset in the normalised string is the same offset
 * in the original: parsers match on {@link #normalize(String)} and report offsets into the original
 * text. Chinese punctuation that has no ASCII twin (、。“”《》) is left alone, and so are the
 * full-width parentheses' meaning: （一） becomes (一), which heading patterns accept in both forms.
 *
 * <p>Limits: compatibility forms outside that block (circled digits ①, Roman numerals) are not
 * touched; use {@link #digitValue(char)} for those.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** The normalised form of one character. */
  public static char normalize(char ch) {
    if (ch >= '\uFF01' && ch <= '\uFF5E') {
      return (char) (ch - 0xFEE0);
    }
    if (ch == '\u3000' || ch == '\u00A0') {
      return ' ';
    }
    return ch;
  }

  /** The normalised form of a string, of the same length. */
  public static String normalize(String s) {
    if (s == null) {
      return null;
    }
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char n = normalize(s.charAt(i));
      if (n != s.charAt(i)) {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = n;
      }
    }
    return out == null ? s : new String(out);
  }

  /** Value of a circled digit ① to ⑳ or a parenthesised digit ⑴ to ⒇, else -1. */
  public static int digitValue(char ch) {
    if (ch >= '\u2460' && ch <= '\u2473') {
      return ch - '\u2460' + 1;
    }
    if (ch >= '\u2474' && ch <= '\u2487') {
      return ch - '\u2474' + 1;
    }
    return -1;
  }
}
