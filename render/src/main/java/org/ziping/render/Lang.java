package org.ziping.render;

import java.util.List;
import java.util.Locale;

/**
 * The language of the words a writer adds around the data (headings, column names, location
 * phrases), all kept in the {@link MessageCatalogue}: Chinese (zh-CN) first, English on request.
 * The data itself (messages, quoted source text, units) stays as extracted, in Chinese.
 */
public enum Lang {
  ZH("zh-CN", "zh", "cn"),
  EN("en");

  private final String tag;
  /** The names {@link #parse} accepts besides the tag (lower case). */
  private final List<String> aliases;

  Lang(String tag, String... aliases) {
    this.tag = tag;
    this.aliases = List.of(aliases);
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

  /** A tag or an alias in any case: "zh", "zh-CN", "cn", "en"; anything else is refused. */
  public static Lang parse(String s) {
    String x = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    for (Lang l : values()) {
      if (l.tag.toLowerCase(Locale.ROOT).equals(x) || l.aliases.contains(x)) {
        return l;
      }
    }
    throw new IllegalArgumentException("language must be zh or en, not '" + s + "'");
  }
}
