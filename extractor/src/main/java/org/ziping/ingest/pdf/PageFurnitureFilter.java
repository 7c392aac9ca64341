package org.ziping.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops running headers, footers and page numbers from the body lines of a document.
 *
 * <p>Algorithm: a line lies in the margin band when it is within {@code marginFraction} of the page
 * height from the top or the bottom of the page. Its key is its text with every digit replaced by
 * {@code #} and whitespace removed. A band line is furniture when (a) it is a bare page number
 * ({@link #isPageNumber}) or (b) its key occurs in the band of at least two pages and of at least a
 * quarter of the document's pages (odd/even headers included). Table text is never passed here.
 *
 * <p>Limits: a header printed on only one page, or in the body area, is kept; a real content line
 * that happens to repeat in the top band of many pages would be dropped.
 */
final class PageFurnitureFilter {
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "[-–—－‐\\s]*\\d{1,4}[-–—－‐\\s]*"
          + "|第\\s*\\d{1,4}\\s*页(\\s*[,，/／]?\\s*共\\s*\\d{1,4}\\s*页)?"
          + "|共\\s*\\d{1,4}\\s*页\\s*[,，]?\\s*第\\s*\\d{1,4}\\s*页"
          + "|\\d{1,4}\\s*[/／]\\s*\\d{1,4}"
          + "|(?i:page|p\\.?)\\s*\\d{1,4}(\\s*(?i:of|/)\\s*\\d{1,4})?"
          + "|[-–—－]\\s*[ivxlcIVXLC]{1,6}\\s*[-–—－]"
          + "|第\\s*[一二三四五六七八九十百]{1,4}\\s*页");

  private PageFurnitureFilter() {}

  /** True for a bare page number: "1", "- 1 -", "第1页", "第1页 共12页", "1/12", "Page 1 of 3". */
  public static boolean isPageNumber(String text) {
    String t = text.strip();
    return !t.isEmpty() && PAGE_NUMBER.matcher(t).matches();
  }

  /**
   * Returns the body lines without furniture.
   *
   * @param pages          body lines of every page (index 0 = page 1)
   * @param pageHeights    height of every page in points
   * @param marginFraction share of the page height at the top and at the bottom searched
   */
  public static List<List<TextLine>> filter(List<List<TextLine>> pages, float[] pageHeights,
                                           double marginFraction) {
    Map<String, Set<Integer>> bandPages = new HashMap<>();
    for (int p = 0; p < pages.size(); p++) {
      for (TextLine l : pages.get(p)) {
        if (inBand(l, pageHeights[p], marginFraction)) {
          bandPages.computeIfAbsent(key(l.text()), k -> new HashSet<>()).add(p);
        }
      }
    }
    int minPages = Math.max(2, (int) Math.ceil(pages.size() / 4.0));
    List<List<TextLine>> out = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      List<TextLine> kept = new ArrayList<>();
      for (TextLine l : pages.get(p)) {
        boolean furniture = inBand(l, pageHeights[p], marginFraction)
            && (isPageNumber(l.text()) || bandPages.get(key(l.text())).size() >= minPages);
        if (!furniture) {
          kept.add(l);
        }
      }
      out.add(kept);
    }
    return out;
  }

  private static boolean inBand(TextLine l, float height, double fraction) {
    double band = height * fraction;
    return l.bottom() <= band || l.top() >= height - band;
  }

  private static String key(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      sb.append(Character.isDigit(c) ? '#' : c);
    }
    return sb.toString();
  }
}
