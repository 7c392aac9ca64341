package org.ziping.index.web;

import io.javalin.http.Context;
import org.ziping.render.Lang;
import org.ziping.render.MessageCatalogue;

/**
 * The web page's words in the reader's language: Chinese (zh-CN) by default, English with
 * {@code ?lang=en}. Every label of the page goes through {@link #t(String)}, which reads the
 * {@code web.*} keys of the one {@link MessageCatalogue} that the audit outputs use too; a key
 * missing is a programming error and fails loudly rather than showing the key to a user.
 *
 * <p>Data (unit names, quoted evidence, rule ids) is never translated; only the page's own words
 * and the names of the enumerations it shows (document kinds, severities).
 */
record Messages(Lang lang) {

  static final Messages ZH = new Messages(Lang.ZH);
  static final Messages EN = new Messages(Lang.EN);

  /** The language a request asks for ({@code lang=en}, else Chinese). */
  static Messages of(Context ctx) {
    return "en".equalsIgnoreCase(ctx.queryParam("lang")) ? EN : ZH;
  }

  /** The page's words for {@code key} (catalogue key {@code web.<key>}). */
  String t(String key) {
    return lang.t("web." + key);
  }

  /** The name of a {@code DocumentKind} JSON value; an unknown value as it is. */
  String kind(String json) {
    return json == null ? null : MessageCatalogue.find(lang, "web.kind." + json).orElse(json);
  }

  /** The name of a finding severity; an unknown value as it is. */
  String severity(String s) {
    return MessageCatalogue.severityName(s, lang);
  }

  /** A page link in this language: {@code path} plus {@code ?lang=en} when English. */
  String link(String path) {
    return lang == Lang.EN ? path + (path.contains("?") ? "&" : "?") + "lang=en" : path;
  }
}
