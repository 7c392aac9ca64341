package org.ziping.index.web;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.ziping.render.HtmlText;
import org.ziping.render.Style;

/**
 * HTML building helpers: every piece of data goes through {@link #esc(Object)}; pages carry the
 * project's one style sheet ({@link Style}).
 */
final class Html {
  private Html() {}

  /** Escapes text for element content and quoted attribute values. Null gives "". */
  static String esc(Object o) {
    if (o == null) {
      return "";
    }
    return HtmlText.escape(o instanceof BigDecimal d ? d.toPlainString() : o.toString());
  }

  static String url(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * A whole page in the language of {@code m}; {@code switchHref} is the same page in the other
   * language (the header's language switch).
   */
  static String page(String title, String body, Messages m, String switchHref) {
    return "<!DOCTYPE html>\n<html lang=\"" + m.lang().tag() + "\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + esc(title) + "</title><style>" + Style.CSS + "</style></head><body>"
        + "<header><a class=\"home\" href=\"" + esc(m.link("/")) + "\">自评 ziping</a> <span>"
        + esc(m.t("app.tagline")) + "</span><a class=\"lang\" id=\"lang\" href=\""
        + esc(switchHref) + "\">" + esc(m.t("app.switch")) + "</a></header>" + body
        + "</body></html>\n";
  }

  /** The non-null parts run together (a place name from province, city, county). */
  static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p != null) {
        sb.append(p);
      }
    }
    return sb.toString();
  }
}
