package org.ziping.parse;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} for a pattern whose every match starts with one of a few known
 * characters, trying the pattern only where such a character stands.
 *
 * <p>Algorithm: {@code java.util.regex} tries a pattern at every offset of the text; for an
 * alternation of literal words ({@code 自评得分|综合得分|…}) or a number ({@code (-)?\d+…}) each try
 * walks the alternatives, and lookbehinds run at every offset. Here a scan over the text's chars
 * (one bit test each) finds the next offset holding a start character, and the pattern is tried
 * there with {@link Matcher#lookingAt()} on the region from that offset to the search's end. The
 * first offset where it matches is the match {@code find} returns: find tries offsets in the same
 * order and the pattern cannot match where no start character stands.
 *
 * <p>Limits (the caller's duty, checked for every finder by a contract test against
 * {@code Matcher.find} on random text): every match of the pattern is non-empty and starts with one
 * of the start characters; the pattern has no boundary anchors ({@code ^ $ \b \A \G \z}), since the
 * region moves; its lookbehinds see the text before the tried offset only through transparent
 * bounds, so a matcher that searched the whole text (or a transparent region) must be given
 * {@code useTransparentBounds(true)}, and a lookbehind under opaque bounds is not supported. The
 * matcher's bounds settings are kept; its region is changed.
 */
public final class StartCharFinder {
  private static final List<StartCharFinder> ALL = new ArrayList<>();

  private final Pattern pattern;
  private final String startChars;
  private final BitSet starts = new BitSet(0x10000);

  private StartCharFinder(Pattern pattern, String startChars) {
    this.pattern = pattern;
    this.startChars = startChars;
    startChars.chars().forEach(starts::set);
  }

  /** A finder for {@code pattern}, every match of which starts with one of {@code startChars}. */
  public static StartCharFinder of(Pattern pattern, String startChars) {
    StartCharFinder f = new StartCharFinder(pattern, startChars);
    synchronized (ALL) {
      ALL.add(f);
    }
    return f;
  }

  /** Every finder made so far (for the contract test). */
  static List<StartCharFinder> all() {
    synchronized (ALL) {
      return List.copyOf(ALL);
    }
  }

  public Pattern pattern() {
    return pattern;
  }

  public String startChars() {
    return startChars;
  }

  /** A matcher of the pattern on the whole text, with transparent bounds. */
  public Matcher matcher(CharSequence text) {
    return pattern.matcher(text).useTransparentBounds(true);
  }

  /**
   * The next match starting in {@code [from, to)} and ending by {@code to}, as
   * {@code m.region(from, to); m.find()} would find it; {@code m} then holds the match.
   */
  public boolean find(Matcher m, CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (starts.get(text.charAt(i))) {
        m.region(i, to);
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The next match at or after {@code from} in the whole text. */
  public boolean find(Matcher m, CharSequence text, int from) {
    return find(m, text, from, text.length());
  }

  /** The text with every match removed, as {@code matcher(text).replaceAll("")} gives it. */
  public String remove(String text) {
    Matcher m = matcher(text);
    StringBuilder out = null;
    int kept = 0;
    for (int at = 0; find(m, text, at); at = m.end()) {
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, kept, m.start());
      kept = m.end();
    }
    return out == null ? text : out.append(text, kept, text.length()).toString();
  }

  /** True when the text holds a match in {@code [from, to)}. */
  public boolean holds(CharSequence text, int from, int to) {
    return find(matcher(text), text, from, to);
  }

  /** True when the text holds a match. */
  public boolean holds(CharSequence text) {
    return holds(text, 0, text.length());
  }
}
