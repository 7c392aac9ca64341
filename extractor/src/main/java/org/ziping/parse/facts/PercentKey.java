package org.ziping.parse.facts;

/**
 * Comparison keys of labels that are not money: a percentage's subject (服务对象满意度) and a
 * scored item's name.
 *
 * <p>Percentages: the label without markup, punctuation, years, 的 and trailing verbs, when it
 * ends in 率/度/比例, states no change or share ({@link Vocabulary#CHANGE_OR_SHARE}) and keeps at
 * least two characters once the generic rate words are removed ({@link
 * Vocabulary#GENERIC_RATE_WORDS}: "预算执行率" alone names no subject). Scored items: the label
 * without punctuation, a leading number and a trailing 指标/项.
 */
public final class PercentKey {
  private PercentKey() {}

  /** The comparison key of a percentage label, null when the label is not specific enough. */
  public static String of(String label) {
    if (label == null) {
      return null;
    }
    String s = Vocabulary.TAG.matcher(label).replaceAll("")
        .replaceAll("[\\s\\p{Punct}“”‘’（）《》、，。：；]", "")
        .replaceAll("[0-9]{4}年度?", "").replace("的", "")
        .replaceAll("(达到|达|为|是|约|保持在|保持|控制在)$", "");
    if (Vocabulary.CHANGE_OR_SHARE.matcher(s).find() || !s.matches(".*(率|度|比例)$")) {
      return null;
    }
    String subject = Vocabulary.GENERIC_RATE_WORDS.matcher(s).replaceAll("");
    return subject.length() >= 2 ? s : null;
  }

  /** The name of a scored item for matching a 分值调整 note against it; "" when none. */
  public static String item(String label) {
    if (label == null) {
      return "";
    }
    return label.replaceAll("[\\s\\p{Punct}“”‘’「」『』《》（）：、，。；]", "")
        .replaceAll("^[0-9一二三四五六七八九十]+", "").replaceAll("(指标|项)$", "");
  }
}
