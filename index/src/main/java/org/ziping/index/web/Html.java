package org.ziping.index.web;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
    return org.ziping.render.HtmlText.escape(o instanceof BigDecimal d ? d.toPlainString() : o.toString());
  }

  static String url(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + esc(title) + "</title><style>" + Style.CSS + "</style></head><body>"
        + "<header><a class=\"home\" href=\"/\">ziping</a> <span>performance self-evaluation "
        + "reports (绩效自评报告)</span></header>" + body + "</body></html>\n";
  }
}
