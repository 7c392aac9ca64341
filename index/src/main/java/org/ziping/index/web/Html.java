package org.ziping.index.web;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** HTML building helpers: every piece of data goes through {@link #esc(Object)}. */
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
        + "<title>" + esc(title) + "</title><style>" + CSS + "</style></head><body>"
        + "<header><a class=\"home\" href=\"/\">ziping</a> <span>performance self-evaluation "
        + "reports (绩效自评报告)</span></header>" + body + "</body></html>\n";
  }

  private static final String CSS = """
      body{font-family:"Noto Sans CJK SC","Noto Sans SC","Microsoft YaHei",sans-serif;margin:0;
        color:#222;background:#fafafa}
      header{background:#234;color:#fff;padding:.6em 1em}header a{color:#fff;font-weight:bold;
        text-decoration:none;margin-right:1em}
      main{display:flex;gap:1.5em;padding:1em}
      aside{min-width:15em;max-width:18em}aside h3{margin:.8em 0 .2em;font-size:1em}
      aside ul{list-style:none;padding:0;margin:0}aside li{margin:.1em 0}
      aside a.on{font-weight:bold;color:#a00}
      .results{flex:1}.hit{background:#fff;border:1px solid #ddd;padding:.6em .8em;margin:.6em 0}
      .hit h2{font-size:1.05em;margin:0 0 .3em}.meta{color:#555;font-size:.9em}
      mark{background:#ffe066;padding:0 1px}
      form.search input[type=text]{width:28em;font-size:1em;padding:.3em}
      form.search fieldset{border:1px solid #ddd;margin:.5em 0;padding:.4em}
      form.search input[type=number]{width:7em}
      table{border-collapse:collapse;margin:.5em 0;background:#fff}
      td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top}th{background:#eef}
      td.num{text-align:right;font-variant-numeric:tabular-nums}
      .finding{border-left:4px solid #c33;background:#fff;padding:.4em .8em;margin:.6em 0}
      .finding.warning{border-color:#e90}.finding.info{border-color:#39c}
      blockquote{margin:.3em 0 .3em 1em;color:#444;border-left:2px solid #ccc;padding-left:.6em}
      .report{padding:1em 2em;max-width:70em}
      """;
}
