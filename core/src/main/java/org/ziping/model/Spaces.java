package org.ziping.model;

/**
 * White space by the caller's definition of a space character: trimming it at both ends of a
 * string, and folding each run of it into one space ({@link Folder}), as a browser lays out HTML
 * text and as a quote is shown on one line. Which characters are spaces differs by source (HTML's
 * own white space, Java's, the full-width and no-break spaces of Chinese documents), so each
 * caller passes its own {@link IsSpace}.
 */
public final class Spaces {
  private Spaces() {}

  /** Which characters count as space. */
  @FunctionalInterface
  public interface IsSpace {
    boolean test(char c);
  }

  /** {@code s} without the spaces at its start and end. */
  public static String trim(String s, IsSpace space) {
    int b = 0;
    int e = s.length();
    while (b < e && space.test(s.charAt(b))) {
      b++;
    }
    while (e > b && space.test(s.charAt(e - 1))) {
      e--;
    }
    return s.substring(b, e);
  }

  /** {@code s} with each run of spaces as one space, none at the start (and so none at the end). */
  public static String fold(String s, IsSpace space) {
    StringBuilder sb = new StringBuilder(s.length());
    Folder f = new Folder(sb, space);
    for (int i = 0; i < s.length(); i++) {
      f.append(s.charAt(i));
    }
    return sb.toString();
  }

  /**
   * Appends characters to a buffer with each run of spaces folded into one space: a run is held
   * back until a visible character follows it, and dropped when the buffer is still empty.
   * Others may append to the same buffer between calls; a held run stays held.
   */
  public static final class Folder {
    private final StringBuilder out;
    private final IsSpace space;
    private boolean pending;

    public Folder(StringBuilder out, IsSpace space) {
      this.out = out;
      this.space = space;
    }

    /** Appends {@code ch}; true when it is visible (appended), false for a space (held). */
    public boolean append(char ch) {
      if (space.test(ch)) {
        pending = true;
        return false;
      }
      if (pending && out.length() > 0) {
        out.append(' ');
      }
      pending = false;
      out.append(ch);
      return true;
    }

    /** Forgets a held run (the buffer starts a new line). */
    public void reset() {
      pending = false;
    }
  }
}
