package org.ziping.model;

/**
 * Rewrites a text one character at a time: each character is replaced by the string a
 * {@link Mapping} gives for it (empty to drop it), or kept as it is when the mapping gives null.
 * Used for escaping (HTML's {@code & < > " '}) and for resolving a format's control marks (Word
 * 97's line break and non-breaking hyphen).
 *
 * <p>Limit: no context; a mapping sees one UTF-16 unit, so a surrogate pair is two units it
 * normally keeps.
 */
public final class CharMap {
  private CharMap() {}

  /** The replacement of one character: a string, or null to keep it. */
  @FunctionalInterface
  public interface Mapping {
    String replace(char c);
  }

  /** {@code s} with every character replaced as {@code mapping} says. */
  public static String apply(String s, Mapping mapping) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r = mapping.replace(c);
      if (r == null) {
        sb.append(c);
      } else {
        sb.append(r);
      }
    }
    return sb.toString();
  }
}
