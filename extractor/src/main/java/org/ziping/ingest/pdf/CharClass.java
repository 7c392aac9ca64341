package org.ziping.ingest.pdf;

/**
 * Character classes that drive spacing and joining decisions: full-width ("wide") CJK characters
 * are written without spaces between them; narrow Latin letters and digits need a space where the
 * layout shows a gap.
 */
final class CharClass {
  private CharClass() {}

  /** Sentence-final punctuation after which a paragraph may end at a page break (。；！？： and
   * the ASCII . ! ? ;). */
  public static boolean isSentenceFinal(int cp) {
    return "。；！？：!?;.".indexOf(cp) >= 0;
  }

  /** Full-width: Han, kana, hangul, CJK symbols and punctuation, full-width forms, and the
   * general punctuation Chinese text sets full width (quotes, dashes, ellipsis), circled numbers. */
  public static boolean isWide(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.BOPOMOFO) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.GENERAL_PUNCTUATION
        || block == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS
        || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
        || block == Character.UnicodeBlock.CJK_COMPATIBILITY
        || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
        || block == Character.UnicodeBlock.VERTICAL_FORMS;
  }

  /** Punctuation that may not start a line (kinsoku): it travels with the glyph before it. */
  public static boolean isClosing(int cp) {
    return "，。、；：！？）」』》〉】〕”’%,.;:!?)]}".indexOf(cp) >= 0;
  }

  /** Opening brackets and quotes, which may not end a line: they travel with the glyph after. */
  public static boolean isOpening(int cp) {
    return "（「『《〈【〔“‘([{".indexOf(cp) >= 0;
  }

  /** Narrow letter or digit (Latin, Greek, Cyrillic, ASCII digits). */
  public static boolean isNarrowAlnum(int cp) {
    return !isWide(cp) && Character.isLetterOrDigit(cp);
  }
}
