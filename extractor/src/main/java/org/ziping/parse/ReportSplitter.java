package org.ziping.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.DocumentModel;
import org.ziping.model.TextNormalizer;

/**
 * Finds the reports a file holds and their titles.
 *
 * <p>A title line is a short heading or paragraph (at most 60 characters, no sentence punctuation,
 * no 《》 document name) that names an evaluation report: it contains 报告 together with 自评 or
 * 评价. A title split over two lines (cover pages: "2022年度怀化市…中心" / "专项资金绩效自评报告")
 * is joined with the short unpunctuated line right before it. The report kind is read from the
 * title ({@link ReportKind}). A new report starts at a title whose kind differs from the current
 * report's kind; titles of the same kind (a summary page, a repeated title) stay in one report.
 * A document that opens as a disclosure (its first lines name a 部门预算, 部门决算 or
 * 绩效目标申报表, see {@link KindCues}) keeps those lines as its own part: a self-evaluation title
 * further down (a 自评报告 appended to a 决算公开) starts a new report instead of renaming the
 * whole file. Without any title the whole file is one report.
 *
 * <p>Blocks excluded as web-page furniture ({@link PageFurniture}) belong to no report: the parts
 * start at the first and end after the last block that is not furniture.
 *
 * <p>A line of a table of contents (dot leaders "……", a page number at the end) is never a title.
 *
 * <p>Limits: two reports of the same kind in one file (two project reports back to back) are read
 * as one; their unit or project name would have to be compared to split them.
 */
public final class ReportSplitter {
  private static final Pattern TITLE = Pattern.compile("报告");
  private static final Pattern EVAL = Pattern.compile("自评|评价");

  /** One report's block range and title. */
  public record Part(int firstBlock, int endBlock, String title, List<Integer> titleBlocks,
                     ReportKind kind) {}

  public List<Part> split(DocumentModel doc) {
    return split(doc, Set.of());
  }

  /** The reports of a document whose {@code excluded} blocks (page furniture) belong to none. */
  public List<Part> split(DocumentModel doc, Set<Integer> excluded) {
    List<Block> blocks = doc.blocks();
    List<Part> parts = new ArrayList<>();
    int first = 0;
    while (first < blocks.size() && excluded.contains(first)) {
      first++;
    }
    int end = blocks.size();
    while (end > first && excluded.contains(end - 1)) {
      end--;
    }
    int start = first;
    String title = null;
    List<Integer> titleBlocks = new ArrayList<>();
    ReportKind kind = null;
    boolean disclosure = opensAsDisclosure(blocks, first, end, excluded);
    for (int i = first; i < end; i++) {
      Block b = blocks.get(i);
      if (excluded.contains(i) || !isTitle(b)) {
        continue;
      }
      List<Integer> idx = new ArrayList<>();
      String t = b.text().strip();
      if (i > 0 && !excluded.contains(i - 1) && joinable(blocks.get(i - 1))
          && !titleBlocks.contains(i - 1)) {
        t = blocks.get(i - 1).text().strip() + t;
        idx.add(i - 1);
      }
      idx.add(i);
      ReportKind k = ReportKind.fromTitle(t);
      boolean newKind = kind != null && k != null && k != kind;
      if ((newKind || disclosure) && i - start > 5) {
        int cut = idx.get(0);
        parts.add(new Part(start, cut, title, titleBlocks, kind));
        start = cut;
        title = null;
        titleBlocks = new ArrayList<>();
        kind = null;
      }
      disclosure = false;
      if (title == null) {
        title = collapse(t);
      }
      titleBlocks.addAll(idx);
      if (kind == null) {
        kind = k;
      }
    }
    parts.add(new Part(start, end, title, titleBlocks, kind));
    return parts;
  }

  /** The first few lines of the document name a disclosure before any self-evaluation title. */
  private static boolean opensAsDisclosure(List<Block> blocks, int first, int end,
                                           Set<Integer> excluded) {
    int seen = 0;
    for (int i = first; i < end && seen < 6; i++) {
      Block b = blocks.get(i);
      if (excluded.contains(i) || b.type() == BlockType.TABLE) {
        continue;
      }
      seen++;
      String s = collapse(TextNormalizer.normalize(b.text()));
      if (isTitle(b)) {
        return false;
      }
      if (s.length() <= 40 && KindCues.disclosureCue(s) != null) {
        return true;
      }
    }
    return false;
  }

  /** Short, one line, no sentence punctuation and no 《》 document name: the shape of a title. */
  static boolean titleShaped(String s) {
    return s.length() <= 60 && !s.contains("《") && !s.contains("。") && !s.contains("，")
        && !s.contains(":") && !s.contains("：") && !s.contains("(此页");
  }

  static boolean isTitle(Block b) {
    if (b.type() == BlockType.TABLE) {
      return false;
    }
    String s = TextNormalizer.normalize(b.text()).strip();
    if (!titleShaped(s)) {
      return false;
    }
    HeadingMatcher.Heading h = HeadingMatcher.match(b);
    if (h != null && h.number() != null) {
      return false;
    }
    if (s.contains("…") || s.contains("...") || s.matches(".*\\D\\s*\\d{1,3}$")) {
      return false;
    }
    return TITLE.matcher(s).find() && EVAL.matcher(s).find() && !s.endsWith("摘要");
  }

  private static boolean joinable(Block b) {
    if (b.type() == BlockType.TABLE) {
      return false;
    }
    String s = TextNormalizer.normalize(b.text()).strip();
    return !s.isEmpty() && s.length() <= 30 && !s.startsWith("附") && !s.matches(".*[。，；:：,;].*") && !isTitle(b)
        && !s.contains("报告") && HeadingMatcher.match(b) == null;
  }

  /**
   * Title text without the spaces of letter-spaced or line-broken layout, and without the file
   * extension a page adds when it shows an attachment's name as its title ("….pdf").
   */
  static String collapse(String t) {
    return t.replaceAll("[\\s\\u3000]+", "").replaceFirst("(?i)\\.(pdf|docx?|xlsx?|wps|ofd)$", "");
  }
}
