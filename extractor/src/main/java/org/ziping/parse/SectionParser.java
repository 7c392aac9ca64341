package org.ziping.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ziping.model.Block;
import org.ziping.report.Section;

/**
 * Builds the section tree of a report from its heading and paragraph blocks.
 *
 * <p>Algorithm: {@link HeadingMatcher} finds numbered headings (一、 （一） 1. （1） ①) and headings
 * the format marks (markdown {@code #}, Word heading styles). Levels come from the order in which
 * numbering styles appear, as a reader infers them: a stack of styles; a style already on the stack
 * closes the deeper ones and takes its place, a new style opens a level below the current one.
 * Headings the format marks without numbering sit at the level their format level gives relative
 * to the others. A short unnumbered line without punctuation directly followed by a numbered heading
 * whose style is deeper than the top level is an unnumbered heading at the top level ("绩效分析"
 * between 二、 and （一）). Numbering gaps are kept as written (a report may skip 三、). A title line
 * of the report (a summary page's title, then the report's own title) starts the levels afresh.
 *
 * <p>Data source: the block sequence of {@link ReportScope}; report titles (blocks that
 * {@link ReportSplitter} took as titles) are skipped. Limits: a list of numbered short sentences
 * inside a section becomes a level of its own.
 */
public final class SectionParser {

  private record Flat(int level, HeadingMatcher.Heading h, Block block) {}

  public List<Section> parse(ReportScope scope, Set<Integer> titleBlocks) {
    List<Block> blocks = scope.textBlocks();
    List<Flat> flat = new ArrayList<>();
    List<String> stack = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (titleBlocks.contains(b.index())) {
        stack.clear();
        continue;
      }
      HeadingMatcher.Heading h = HeadingMatcher.match(b);
      if (h == null && HeadingMatcher.plainTitleCandidate(b) && i + 1 < blocks.size()
          && !stack.isEmpty()) {
        HeadingMatcher.Heading next = HeadingMatcher.match(blocks.get(i + 1));
        if (next != null && next.number() != null && !next.style().equals(stack.get(0))) {
          String title = b.text().strip();
          int st = b.text().indexOf(title);
          while (stack.size() > 1) {
            stack.remove(stack.size() - 1);
          }
          flat.add(new Flat(1, new HeadingMatcher.Heading("plain", null, title, st,
              st + title.length(), false), b));
          continue;
        }
      }
      if (h == null) {
        continue;
      }
      String key = h.number() == null ? h.style() + ":" + b.headingLevel() : h.style();
      int at = stack.indexOf(key);
      if (at >= 0) {
        while (stack.size() > at + 1) {
          stack.remove(stack.size() - 1);
        }
      } else {
        stack.add(key);
      }
      flat.add(new Flat(stack.size(), h, b));
    }
    return tree(scope, flat);
  }

  private List<Section> tree(ReportScope scope, List<Flat> flat) {
    List<Section> roots = new ArrayList<>();
    build(scope, flat, 0, flat.size(), 1, roots);
    return roots;
  }

  /** Builds sections of {@code level} from flat[from, to) into {@code out}; returns nothing. */
  private void build(ReportScope scope, List<Flat> flat, int from, int to, int level,
                     List<Section> out) {
    int i = from;
    while (i < to) {
      Flat f = flat.get(i);
      int j = i + 1;
      while (j < to && flat.get(j).level() > f.level()) {
        j++;
      }
      List<Section> children = new ArrayList<>();
      build(scope, flat, i + 1, j, level + 1, children);
      Block b = f.block();
      int start = b.start() + f.h().titleStart();
      int end = b.start() + f.h().titleEnd();
      out.add(new Section(level, f.h().number(), f.h().style(), title(b, f.h()),
          scope.locate(start, end), children));
      i = j;
    }
  }

  private static String title(Block b, HeadingMatcher.Heading h) {
    return b.text().substring(h.titleStart(), h.titleEnd()).strip();
  }
}
