package org.ziping.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the article in a web page and clears the site furniture out of it.
 *
 * <p>Algorithm (a content-density rule in the spirit of Readability, kept simple enough to predict):
 * <ol>
 *   <li>every element is weighed by its visible characters outside links, furniture subtrees
 *       ({@link Furniture}) counting zero, so navigation menus and link lists weigh nothing;</li>
 *   <li>the search starts at the heaviest of the containers government CMS templates put articles
 *       in ({@code .TRS_Editor}, {@code #zoom}, {@code #UCAP-CONTENT}, {@code .article-content}
 *       ...) when it holds at least 30% of the page's weight, else at {@code <body>};</li>
 *   <li>it then descends into the heaviest child as long as that child is a container
 *       ({@code div}, {@code section}, {@code article}, a layout table's cell ...), everything
 *       beside it weighs at most 15% of the current element, and nothing beside it is content: no
 *       data table (a table of page metadata aside) and no block of more than 100 characters
 *       outside links and furniture. The article is the smallest container that still holds the
 *       text, never a paragraph or a data table; the container check applies to the CMS
 *       container of step 2 as well (a score table beside it keeps the search at the top);</li>
 *   <li>inside the article, furniture is removed ({@link #clean}): {@code nav}, {@code aside}, {@code footer},
 *       {@code header} without a heading, and elements whose class or id names furniture, when
 *       they hold at most 30% of the article's weight;</li>
 *   <li>when the article starts below the page's title (an {@code h1}, or an element whose class
 *       names a title, before the article and outside furniture), that title is returned so the
 *       reader can put it first.</li>
 * </ol>
 *
 * <p>Limits: an article split into distant containers with heavy text between them keeps only the
 * common ancestor's content (everything, furniture filtered); a page that is mostly furniture
 * text (not links) may lose a short article's context; text shown by scripts is not on the page.
 */
final class ArticleLocator {
  private static final String CMS_CONTAINERS = ".TRS_Editor, .TRS_UEDITOR, .trs_editor_view, #zoom,"
      + " #Zoom, .zoom, #UCAP-CONTENT, #ucap-content, .article-content, .article_content,"
      + " .articleContent, #articleContent, .news_content, .news-content, .pages_content,"
      + " .detail-content, .detail_content, .xxgk_content, .zwgk_content, #fontzoom, .Custom_UnionStyle";
  private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "center",
      "form", "span", "font", "td", "th", "tr", "tbody", "thead", "tfoot", "table", "blockquote",
      "body");

  /** The article element and the page title found above it, if any. */
  record Article(Element root, Element title) {}

  private final Dom.TextSizes sizes = new Dom.TextSizes();
  private final Map<Element, Integer> weights = new IdentityHashMap<>();

  Article locate(Element body) {
    Element cur = body;
    int bodyWeight = weight(body);
    Element best = null;
    for (Element c : body.select(CMS_CONTAINERS)) {
      if (weight(c) * 10 >= bodyWeight * 3 && (best == null || weight(c) > weight(best))
          && onlyFurnitureBeside(body, c)) {
        best = c;
      }
    }
    if (best != null) {
      cur = best;
    }
    while (true) {
      Element heaviest = null;
      for (Element c : cur.children()) {
        if (heaviest == null || weight(c) > weight(heaviest)) {
          heaviest = c;
        }
      }
      if (heaviest == null || !descendable(heaviest)) {
        break;
      }
      int rest = weight(cur) - weight(heaviest);
      if (rest * 100 > weight(cur) * 15 || weight(heaviest) == 0
          || !onlyFurnitureBeside(cur, heaviest)) {
        break;
      }
      cur = heaviest;
    }
    Element title = cur == body ? null : titleAbove(body, cur);
    return new Article(cur, title);
  }

  /**
   * Whether everything in {@code ancestor} outside {@code chosen} may be left out: no data table
   * (a label/value table of page metadata aside) and no block of more than 100 characters outside
   * links and furniture, such as a paragraph or a table's note.
   */
  private boolean onlyFurnitureBeside(Element ancestor, Element chosen) {
    Set<Element> above = Collections.newSetFromMap(new IdentityHashMap<>());
    above.addAll(chosen.parents());
    List<Element> stack = new ArrayList<>(ancestor.children());
    while (!stack.isEmpty()) {
      Element e = stack.remove(stack.size() - 1);
      if (e == chosen || weight(e) == 0) {
        continue;
      }
      if (above.contains(e)) {
        stack.addAll(e.children());
        continue;
      }
      if (Dom.tag(e).equals("table") && !HtmlBlockWalker.isLayoutTable(e)
          && !PageMetadataReader.looksLikeMetadata(e)) {
        return false;
      }
      boolean leaf = e.children().stream().noneMatch(Dom::isBlock);
      if (leaf && weight(e) > 100) {
        return false;
      }
      stack.addAll(e.children());
    }
    return true;
  }

  private boolean descendable(Element e) {
    String t = Dom.tag(e);
    if (!CONTAINERS.contains(t)) {
      return false;
    }
    if (t.equals("table")) {
      return HtmlBlockWalker.isLayoutTable(e);
    }
    if (t.equals("tbody") || t.equals("thead") || t.equals("tfoot") || t.equals("tr")
        || t.equals("td") || t.equals("th")) {
      Element table = e.closest("table");
      return table != null && HtmlBlockWalker.isLayoutTable(table);
    }
    return true;
  }

  /** Visible characters outside links and furniture (memoised). */
  int weight(Element e) {
    Integer known = weights.get(e);
    if (known != null) {
      return known;
    }
    int w = 0;
    if (!isFurniture(e)) {
      w = sizes.unlinked(e);
      for (Element c : e.children()) {
        w -= sizes.unlinked(c) - weight(c);
      }
    }
    weights.put(e, Math.max(0, w));
    return Math.max(0, w);
  }

  private boolean isFurniture(Element e) {
    return Furniture.isFurnitureTag(e) || (Furniture.hasFurnitureName(e) && !holdsCms(e));
  }

  private static boolean holdsCms(Element e) {
    return !e.select(CMS_CONTAINERS).isEmpty();
  }

  /** Removes furniture inside the article. */
  void clean(Element root) {
    int total = Math.max(1, sizes.unlinked(root));
    List<Element> drop = new ArrayList<>();
    collectFurniture(root, total, drop);
    drop.forEach(Element::remove);
  }

  private void collectFurniture(Element parent, int total, List<Element> drop) {
    for (Element e : parent.children()) {
      String t = Dom.tag(e);
      boolean tablePart = t.equals("td") || t.equals("th") || t.equals("tr") || t.equals("tbody")
          || t.equals("table");
      boolean keptHeader = t.equals("header") && !e.select("h1, h2, h3").isEmpty();
      boolean small = sizes.unlinked(e) * 10 <= total * 3;
      if (!tablePart && !keptHeader && small && (Furniture.isFurnitureTag(e)
          || (Furniture.hasFurnitureName(e) && !holdsCms(e)))) {
        drop.add(e);
      } else {
        collectFurniture(e, total, drop);
      }
    }
  }

  /** The page title: the last h1 (or title-named element) before the article, outside furniture. */
  private Element titleAbove(Element body, Element root) {
    Element found = null;
    Elements candidates = body.select("h1, h2, .title, .tit, .bt, .biaoti, .article-title,"
        + " .article_title, .detail-title, .news_title, .xl_title, #title, [class*=title]");
    for (Element e : candidates) {
      if (e.siblingIndex() < 0 || root.parents().contains(e) || e.parents().contains(root) || e == root) {
        continue;
      }
      if (!before(e, root) || furnitureAround(e)) {
        continue;
      }
      String text = e.text().strip();
      if (text.length() < 4 || text.length() > 100 || Furniture.isFurnitureLine(text)) {
        continue;
      }
      if (!e.select("h1, h2, .title").isEmpty() && e.select("h1, h2, .title").first() != e) {
        continue; // the inner title element is found on its own
      }
      found = e;
    }
    if (found != null && root.text().strip().startsWith(found.text().strip())) {
      return null;
    }
    return found;
  }

  private static boolean furnitureAround(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      if (Furniture.isFurnitureTag(a) && !(Dom.tag(a).equals("header")
          && a.closest("article, main") != null)) {
        return true;
      }
      if (Furniture.hasFurnitureName(a) && !holdsCms(a) && a != e) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code a} comes before {@code b} in document order. */
  private static boolean before(Element a, Element b) {
    List<Integer> pa = path(a);
    List<Integer> pb = path(b);
    for (int i = 0; i < Math.min(pa.size(), pb.size()); i++) {
      if (!pa.get(i).equals(pb.get(i))) {
        return pa.get(i) < pb.get(i);
      }
    }
    return pa.size() < pb.size();
  }

  private static List<Integer> path(Element e) {
    List<Integer> p = new ArrayList<>();
    for (Element x = e; x != null && x.parent() != null; x = x.parent()) {
      p.add(0, x.siblingIndex());
    }
    return p;
  }
}
