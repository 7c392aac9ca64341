package org.ziping.render;

import java.util.function.Function;
import org.ziping.report.Decimals;
import org.ziping.report.Evidence;
import org.ziping.report.Finding;

/**
 * One finding as an HTML fragment, the same on the audit report and the web page: severity word,
 * rule name and id, the message, and each piece of evidence with its label, value, quoted source
 * text and its location as a person reads it ({@link Locations}). Every text is escaped. A caller
 * may turn the location into a link (the web page links it to its source view).
 */
public final class FindingHtml {
  private FindingHtml() {}

  /** The finding without links. */
  public static String of(Finding f, Lang lang) {
    return of(f, lang, e -> null);
  }

  /**
   * The finding; {@code link} gives, per evidence, the address its location links to (already a
   * safe URL; it is attribute-escaped here) or null for none.
   */
  public static String of(Finding f, Lang lang, Function<Evidence, String> link) {
    String sev = HtmlText.escape(f.severity() == null ? null : f.severity().json());
    StringBuilder b = new StringBuilder();
    b.append("<div class=\"finding ").append(sev).append("\"><span class=\"sev ").append(sev).append("\">")
        .append(HtmlText.escape(MessageCatalogue.severityName(f.severity(), lang))).append("</span> <b>")
        .append(HtmlText.escape(MessageCatalogue.ruleName(f.rule(), lang))).append("</b> <span class=\"rule\">")
        .append(HtmlText.escape(f.rule())).append("</span><p>").append(HtmlText.escape(f.message()))
        .append(" <span class=\"id\">id ").append(HtmlText.escape(f.id())).append("</span></p>\n");
    for (Evidence e : f.evidence()) {
      b.append("<blockquote class=\"evidence\">");
      if (e.label() != null) {
        b.append("<b>").append(HtmlText.escape(e.label())).append("</b>");
      }
      if (e.value() != null) {
        b.append(" = ").append(HtmlText.escape(Decimals.shown(e.value())));
      }
      if (e.text() != null) {
        b.append(lang.t("audit.colon")).append("<q>").append(HtmlText.escape(QuotedText.oneLine(e.text())))
            .append("</q>");
      }
      String loc = Locations.describe(e.location(), lang);
      if (!loc.isEmpty()) {
        String href = link.apply(e);
        b.append(" <span class=\"loc\">");
        if (href != null) {
          b.append("<a class=\"show\" href=\"").append(HtmlText.escape(href)).append("\">")
              .append(HtmlText.escape(loc)).append("</a>");
        } else {
          b.append(HtmlText.escape(loc));
        }
        b.append("</span>");
      }
      b.append("</blockquote>\n");
    }
    return b.append("</div>\n").toString();
  }
}
