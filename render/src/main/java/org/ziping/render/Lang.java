package org.ziping.render;

import java.util.Locale;

/**
 * The language of the words a writer adds around the data (headings, column names, location
 * phrases), all kept in the {@link MessageCatalogue}: Chinese (zh-CN) first, English on request.
 * The data itself (messages, quoted source text, units) stays as extracted, in Chinese.
 */
public enum Lang {
  ZH("zh-CN"),
  EN("en");

  private final String tag;

  Lang(String tag) {
    this.tag = tag;
  }

  /** The BCP 47 tag for {@code <html lang>}. */
  public String tag() {
    return tag;
  }

  /** The words of a {@link MessageCatalogue} key in this language. */
  public String t(String key) {
    return MessageCatalogue.text(this, key);
  }

  /** The words of a catalogue key with its {@code %s} filled in by {@code args}, in order. */
  public String t(String key, Object... args) {
    return String.format(Locale.ROOT, MessageCatalogue.text(this, key), args);
  }

  /** "zh", "zh-CN", "en" (any case); anything else is refused. */
  public static Lang parse(String s) {
    String x = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    if (x.equals("zh") || x.equals("zh-cn") || x.equals("cn")) {
      return ZH;
    }
    if (x.equals("en")) {
      return EN;
    }
    throw new IllegalArgumentException("language must be zh or en, not '" + s + "'");
  }
}
