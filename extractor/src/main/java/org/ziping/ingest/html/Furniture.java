package org.ziping.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises site furniture: the parts of a government web page that belong to the site, not to
 * the article (navigation, site header and footer, breadcrumbs, share/print/close tools, 上一篇/下一篇
 * and 相关链接 lists, copyright lines).
 *
 * <p>Three signals: the element ({@code nav}, {@code header}, {@code footer}, {@code aside}); a
 * class or id token that CMS templates give such parts ({@code nav}, {@code breadcrumb},
 * {@code position}, {@code share}, {@code print}, {@code footer}, {@code related} ... and their pinyin
 * forms {@code dqwz}, {@code fenxiang}, {@code xglj}); and the text of a short line (当前位置：…,
 * 【打印】【关闭】, 上一篇：…, 版权所有 …). The callers decide where each signal applies: an element
 * that holds much of the article's text is never dropped for its name alone.
 */
final class Furniture {
  private static final Set<String> TAGS = Set.of("nav", "header", "footer", "aside");
  private static final Pattern TOKEN = Pattern.compile(
      "(?:^|[\\s_-])(?:nav|navs|navbar|subnav|menu|submenu|breadcrumbs?|crumbs?|bread|location|"
          + "position|weizhi|dqwz|curpos|footer|foot|bottom|header|head|top|topbar|banner|logo|share|"
          + "bdshare|bdsharebuttonbox|fenxiang|print|dayin|toolbar|tools?|related|relate|xgxx|xglj|"
          + "xgwz|links?|sidebar|side|aside|left|right|copyright|search|pagination|pager|pages?nav|"
          + "prev|next|prevnext|sxp|gotop|backtop|qrcode|ewm|erweima|fontsize|zihao|zh|login|comment|"
          + "close|guanbi|shouc?ang|favorite|jiucuo)(?:[\\s_-]|\\d|$)");
  /** A line made only of tool words and brackets: 【打印本页】【关闭窗口】, 字号：大 中 小. */
  private static final Pattern TOOLS = Pattern.compile(
      "(?:[\\[【〔(（<《]?\\s*(?:打印本页|打印文章|打印此页|打印|关闭本页|关闭窗口|关闭|返回顶部|返回|顶部|收藏本页|"
          + "收藏|加入收藏|分享到|分享|转发|纠错|我要纠错|字号|字体|大|中|小|默认|扫一扫|"
          + "在手机上查看|手机扫码|保存|下载|视力保护色|恢复默认|繁体|简体|无障碍)\\s*[\\]】〕)）>》]?"
          + "[\\s:：|｜丨/、，,]*)+");
  private static final Pattern LINE_PREFIX = Pattern.compile(
      "^(?:您?当前(?:的)?位置|您的位置|所在位置|当前页面|首页\\s*[>＞»/]|上一篇|下一篇|上一条|下一条|"
          + "相关链接|相关文章|相关新闻|相关阅读|相关信息|相关稿件|版权所有|主办单位|主办[:：]|承办单位|"
          + "承办[:：]|技术支持|网站标识码|网站地图|联系我们|[\\u4e00-\\u9fa5]{0,4}ICP备|"
          + "[\\u4e00-\\u9fa5]{0,4}公网安备)");

  /** Whole lines that are tab captions or link-list titles of disclosure pages. */
  private static final Set<String> LINES = Set.of("详细信息", "公开具体内容", "正文", "附件下载",
      "相关附件", "扫一扫在手机打开当前页", "用手机扫描二维码");

  private Furniture() {}

  /** Furniture by element name. */
  static boolean isFurnitureTag(Element e) {
    return TAGS.contains(Dom.tag(e));
  }

  /** Furniture by class or id. */
  static boolean hasFurnitureName(Element e) {
    String names = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
    if (names.isBlank()) {
      return false;
    }
    // camelCase tokens (printBtn, shareBox) count as separate words
    String split = (e.id() + " " + e.className()).replaceAll("([a-z])([A-Z])", "$1 $2")
        .toLowerCase(Locale.ROOT);
    return TOKEN.matcher(names).find() || TOKEN.matcher(split).find();
  }

  /** A short line of site furniture by its text alone. */
  static boolean isFurnitureLine(String text) {
    String s = text.strip();
    if (s.isEmpty() || s.length() > 200) {
      return false;
    }
    if (LINES.contains(s) || LINE_PREFIX.matcher(s).find()) {
      return true;
    }
    return s.length() <= 80 && TOOLS.matcher(s).matches() && !s.matches("[大中小]");
  }
}
