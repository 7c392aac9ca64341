package org.ziping.parse;

import java.util.ArrayList;
import java.util.List;
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
 * Without any title the whole file is one report.
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
    List<Block> blocks = doc.blocks();
    List<Part> parts = new ArrayList<>();
    int start = 0;
    String title = null;
    List<Integer> titleBlocks = new ArrayList<>();
    ReportKind kind = null;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (!isTitle(b)) {
        continue;
      }
      List<Integer> idx = new ArrayList<>();
      String t = b.text().strip();
      if (i > 0 && joinable(blocks.get(i - 1)) && !titleBlocks.contains(i - 1)) {
        t = blocks.get(i - 1).text().strip() + t;
        idx.add(i - 1);
      }
      idx.add(i);
      ReportKind k = ReportKind.fromTitle(t);
      if (kind != null && k != null && k != kind && i - start > 5) {
        int cut = idx.get(0);
        parts.add(new Part(start, cut, title, titleBlocks, kind));
        start = cut;
        title = null;
        titleBlocks = new ArrayList<>();
        kind = null;
      }
      if (title == null) {
        title = collapse(t);
      }
      titleBlocks.addAll(idx);
      if (kind == null) {
        kind = k;
      }
    }
    parts.add(new Part(start, blocks.size(), title, titleBlocks, kind));
    return parts;
  }

  static boolean isTitle(Block b) {
    if (b.type() == BlockType.TABLE) {
      return false;
    }
    String s = TextNormalizer.normalize(b.text()).strip();
    if (s.length() > 60 || s.contains("《") || s.contains("。") || s.contains("，")
        || s.contains(":") || s.contains("(此页")) {
      return false;
    }
    HeadingMatcher.Heading h = HeadingMatcher.match(b);
    if (h != null && h.number() != null) {
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

  /** Title text without the spaces of letter-spaced or line-broken layout. */
  static String collapse(String t) {
    return t.replaceAll("[\\s\\u3000]+", "");
  }
}
