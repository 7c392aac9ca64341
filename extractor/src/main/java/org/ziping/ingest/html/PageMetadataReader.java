package org.ziping.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.ziping.model.PageField;

/**
 * Finds the metadata block of a government web page: the label/value pairs (索引号：…, 发文机构：…,
 * 成文日期：…, 发布时间：…, 来源：…) that disclosure pages print above the article, as a
 * {@code <table>} of label and value cells or as {@code <div>}/{@code <li>}/{@code <span>} runs.
 *
 * <p>Algorithm: the page is cut into units, the text of each leaf block (a block-level element or
 * table cell with no block-level element inside), in document order. In each unit every label of
 * {@link PageField} is looked for where it starts the unit or follows white space or punctuation
 * (so 资金来源： is not 来源：), spaces between its characters allowed (索 引 号), followed by a colon;
 * its value runs to the next label, to a label of page tools (浏览次数, 字号, 打印 ...) or to the end.
 * A unit that is only a label (a table's label cell, colon optional) takes the next unit as its
 * value. The first value of each field wins.
 *
 * <p>It also tells which elements are metadata blocks: the largest element around a unit that
 * holds fields whose text is at least 90% label/value pairs, so the article reader can leave them
 * out of the body.
 *
 * <p>The head's {@code <meta name="ArticleTitle|PubDate|ContentSource">} tags fill the fields the
 * block does not give ({@link #fromHead}).
 *
 * <p>Limits: values are kept as written; a label the list does not know is not read; a metadata
 * block drawn as an image is not read.
 */
final class PageMetadataReader {
  private static final List<String> STOP_LABELS = List.of("时效性", "有效性", "公开方式", "公开范围",
      "公开时限", "公开形式", "体裁分类", "组配分类", "服务对象分类", "关键词", "信息类别", "信息分类",
      "生效日期", "废止日期", "归档时间", "浏览次数", "浏览量", "点击数", "点击量",
      "阅读数", "阅读量", "访问量", "访问次数", "作者", "责任编辑", "编辑", "字号", "字体", "打印",
      "分享", "【", "[");
  private static final Pattern LABEL;
  private static final Map<String, PageField> BY_LABEL = new HashMap<>();

  static {
    List<String> labels = new ArrayList<>();
    for (PageField f : PageField.values()) {
      for (String l : f.labels()) {
        BY_LABEL.put(l, f);
        labels.add(l);
      }
    }
    labels.addAll(STOP_LABELS.subList(0, STOP_LABELS.size() - 2));
    labels.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alt = new StringBuilder();
    for (String l : labels) {
      if (alt.length() > 0) {
        alt.append('|');
      }
      alt.append(spaced(l));
    }
    LABEL = Pattern.compile("(?<![\\u4e00-\\u9fa5])(" + alt + ")[\\s\\u3000\\u00A0]*([:：])?");
  }

  /** What was found: the fields and the elements that are metadata blocks. */
  record Result(Map<PageField, String> fields, Set<Element> blocks) {}

  private record Unit(Element element, String text) {}

  private PageMetadataReader() {}

  /**
   * Reads the fields of the page whose article is {@code article}: from everything outside the
   * article, and from the article's first units until two label-free units (a title, a subtitle)
   * or one long one have passed — a report's own "名称：" lines further down are not page metadata.
   */
  static Result read(Element body, Element article) {
    List<Unit> all = new ArrayList<>();
    collect(body, all);
    List<Unit> units = new ArrayList<>();
    int plain = 0;
    boolean open = true;
    for (Unit u : all) {
      boolean inside = u.element() == article || u.element().parents().contains(article);
      if (!inside) {
        units.add(u);
        continue;
      }
      if (open && !LABEL.matcher(u.text()).find()) {
        plain++;
        open = plain <= 2 && u.text().length() <= 100;
      }
      if (open) {
        units.add(u);
      }
    }
    Map<PageField, String> fields = new EnumMap<>(PageField.class);
    Map<Element, Integer> covered = new IdentityHashMap<>();
    Map<Element, Set<PageField>> found = new IdentityHashMap<>();
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      String t = u.text();
      Matcher m = LABEL.matcher(t);
      List<int[]> hits = new ArrayList<>();
      while (m.find()) {
        boolean wholeUnit = m.start() == 0 && t.substring(m.end()).isBlank();
        if (m.group(2) != null || wholeUnit) {
          hits.add(new int[] {m.start(), m.end(), m.group(2) == null ? 0 : 1, m.start(1), m.end(1)});
        }
      }
      for (int h = 0; h < hits.size(); h++) {
        int[] hit = hits.get(h);
        String label = t.substring(hit[3], hit[4]).replaceAll("[\\s\\u3000\\u00A0]", "");
        PageField field = BY_LABEL.get(label);
        int valueEnd = h + 1 < hits.size() ? hits.get(h + 1)[0] : t.length();
        String value = clean(t.substring(hit[1], valueEnd));
        boolean onlyLabel = hits.size() == 1 && hit[0] == 0 && value.isEmpty()
            && t.substring(hit[1]).isBlank();
        if (hit[2] == 0 && !onlyLabel) {
          continue; // a label without a colon counts only as a whole label cell
        }
        if (field == null) {
          // a page label this model does not keep (浏览次数, 时效性 ...): still part of the block
          found.computeIfAbsent(u.element(), k -> new LinkedHashSet<>());
          add(covered, u.element(), Dom.TextSizes.visible(t.substring(hit[0], valueEnd)));
          continue;
        }
        if (onlyLabel && i + 1 < units.size() && !LABEL.matcher(units.get(i + 1).text()).lookingAt()) {
          Unit next = units.get(i + 1);
          value = clean(next.text());
          add(covered, next.element(), Dom.TextSizes.visible(next.text()));
        }
        if (value.isEmpty() || value.length() > 200) {
          continue;
        }
        fields.putIfAbsent(field, value);
        found.computeIfAbsent(u.element(), k -> new LinkedHashSet<>()).add(field);
        add(covered, u.element(), Dom.TextSizes.visible(t.substring(hit[0], valueEnd)));
      }
    }
    return new Result(fields, blocks(found, covered));
  }

  /**
   * The fields government site templates also state in {@code <meta>} tags of the head (the
   * national guideline for government websites names them): {@code ArticleTitle}, {@code PubDate},
   * {@code ContentSource}. The label block, which a reader sees, wins over them.
   */
  static Map<PageField, String> fromHead(Element head) {
    Map<PageField, String> out = new EnumMap<>(PageField.class);
    if (head == null) {
      return out;
    }
    Map<String, PageField> names = Map.of("articletitle", PageField.TITLE, "pubdate",
        PageField.PUBLISHED, "contentsource", PageField.SOURCE);
    for (Element meta : head.select("meta[name][content]")) {
      PageField f = names.get(meta.attr("name").strip().toLowerCase(Locale.ROOT));
      String v = clean(meta.attr("content"));
      if (f != null && !v.isEmpty() && v.length() <= 200) {
        out.putIfAbsent(f, v);
      }
    }
    return out;
  }

  /** Whether {@code e}'s text holds two or more labelled page fields (索引号：…, 发布时间：…). */
  static boolean looksLikeMetadata(Element e) {
    Matcher m = LABEL.matcher(e.text());
    int n = 0;
    while (m.find()) {
      if (m.group(2) != null && ++n >= 2) {
        return true;
      }
    }
    return false;
  }

  private static void add(Map<Element, Integer> covered, Element e, int n) {
    covered.merge(e, n, Integer::sum);
  }

  /** The largest ancestor of each unit with fields whose text is at least 90% covered by pairs. */
  private static Set<Element> blocks(Map<Element, Set<PageField>> found, Map<Element, Integer> covered) {
    Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
    Dom.TextSizes sizes = new Dom.TextSizes();
    for (Element unit : found.keySet()) {
      Element best = null;
      for (Element e = unit; e != null && !Dom.tag(e).equals("body") && !Dom.tag(e).equals("html");
           e = e.parent()) {
        int total = sizes.all(e);
        if (total == 0 || Dom.tag(e).equals("tr") || Dom.tag(e).equals("tbody")
            || Dom.tag(e).equals("thead")) {
          continue;
        }
        int inside = 0;
        for (Map.Entry<Element, Integer> c : covered.entrySet()) {
          if (c.getKey() == e || c.getKey().parents().contains(e)) {
            inside += c.getValue();
          }
        }
        if (inside * 10 >= total * 9) {
          best = e;
        } else {
          break;
        }
      }
      if (best != null && !Dom.tag(best).equals("td") && !Dom.tag(best).equals("th")) {
        out.add(best);
      }
    }
    return out;
  }

  private static String clean(String v) {
    int tools = v.replaceAll("[\\[【].*", "").length();
    v = v.substring(0, tools);
    return v.replaceAll("[\\s\\u3000\\u00A0]+", " ").replaceAll("^[\\s|｜丨/]+|[\\s|｜丨/]+$", "")
        .strip();
  }

  /** A label with optional white space between its characters: 索 引 号. */
  private static String spaced(String label) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < label.length(); i++) {
      if (i > 0) {
        sb.append("[\\s\\u3000\\u00A0]*");
      }
      sb.append(Pattern.quote(String.valueOf(label.charAt(i))));
    }
    return sb.toString();
  }

  /** Leaf blocks in document order, with their text (white space collapsed). */
  private static void collect(Element e, List<Unit> out) {
    boolean leaf = true;
    for (Element c : e.children()) {
      if (Dom.isBlock(c)) {
        leaf = false;
        break;
      }
    }
    if (leaf) {
      String t = e.text();
      if (!t.isBlank()) {
        out.add(new Unit(e, t));
      }
      return;
    }
    // inline runs between block children are units of their own
    StringBuilder run = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof Element c && Dom.isBlock(c)) {
        flush(e, run, out);
        collect(c, out);
      } else if (n instanceof Element c) {
        run.append(' ').append(c.text());
      } else if (n instanceof TextNode tn) {
        run.append(tn.text());
      }
    }
    flush(e, run, out);
  }

  private static void flush(Element e, StringBuilder run, List<Unit> out) {
    String t = run.toString().strip();
    if (!t.isEmpty()) {
      out.add(new Unit(e, t));
    }
    run.setLength(0);
  }
}
