package org.ziping.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.ziping.report.DocumentKind;
import org.ziping.report.Severity;

/**
 * The one catalogue of the words ziping adds around the data, in Chinese and English: headings,
 * column names and location phrases of the audit outputs ({@code audit.*}), the short names of
 * the rules ({@code rule.<RULE_ID>}), finding severities ({@code severity.*}) and the search web
 * page's words ({@code web.*}, read through the index's web {@code Messages}).
 *
 * <p>Data source: {@code words_zh.properties} and {@code words_en.properties} beside this class,
 * read as UTF-8 once. Both files must hold the same keys; a key missing from either one, or asked
 * for and missing from both, is a programming error and fails loudly rather than showing a key to
 * a reader. The data itself (messages, quoted source text, units, rule ids) is never translated.
 */
public final class MessageCatalogue {
  private static final Map<Lang, Map<String, String>> WORDS = load();

  private MessageCatalogue() {}

  /**
   * The words of {@code key} in the language.
   *
   * @throws IllegalArgumentException when the catalogue has no such key
   */
  public static String text(Lang lang, String key) {
    String v = WORDS.get(lang).get(key);
    if (v == null) {
      throw new IllegalArgumentException("no " + lang + " text for " + key);
    }
    return v;
  }

  /** The words of {@code key} in the language, empty when the catalogue has no such key. */
  public static Optional<String> find(Lang lang, String key) {
    return Optional.ofNullable(WORDS.get(lang).get(key));
  }

  /** The rule's short name in the language; the id itself when unknown, "" for null. */
  public static String ruleName(String ruleId, Lang lang) {
    return ruleId == null ? "" : find(lang, "rule." + ruleId).orElse(ruleId);
  }

  /**
   * The document kind of the audit outputs as a word (部门整体支出/department …); the JSON name
   * when unknown, "" for null.
   */
  public static String kindName(String kind, Lang lang) {
    return kind == null ? "" : find(lang, "audit.kind." + kind).orElse(kind);
  }

  /** The severity as a word: 错误/警告/提示 or error/warning/info; as it is when unknown. */
  public static String severityName(String severity, Lang lang) {
    return severity == null ? "" : find(lang, "severity." + severity).orElse(severity);
  }

  /** The document kind as a word (部门整体支出/department …); "" for null. */
  public static String kindName(DocumentKind kind, Lang lang) {
    return kind == null ? "" : kindName(kind.json(), lang);
  }

  /** The severity as a word: 错误/警告/提示 or error/warning/info; "" for null. */
  public static String severityName(Severity severity, Lang lang) {
    return severity == null ? "" : severityName(severity.json(), lang);
  }

  private static Map<Lang, Map<String, String>> load() {
    Map<Lang, Map<String, String>> out = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      String file = "words_" + lang.name().toLowerCase(Locale.ROOT) + ".properties";
      Properties p = new Properties();
      try (InputStream in = MessageCatalogue.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("message catalogue " + file + " missing from the jar");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          p.load(r);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the message catalogue " + file, e);
      }
      Map<String, String> words = new HashMap<>();
      p.stringPropertyNames().forEach(k -> words.put(k, p.getProperty(k)));
      out.put(lang, Map.copyOf(words));
    }
    Set<String> zh = out.get(Lang.ZH).keySet();
    for (Lang lang : Lang.values()) {
      Set<String> other = out.get(lang).keySet();
      if (!other.equals(zh)) {
        Set<String> oneOnly = new TreeSet<>(zh);
        oneOnly.addAll(other);
        oneOnly.removeIf(k -> zh.contains(k) && other.contains(k));
        throw new IllegalStateException("the message catalogue's languages differ in keys: "
            + oneOnly);
      }
    }
    return out;
  }
}
