package org.ziping.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.ziping.model.DocumentBuilder;

/**
 * Turns the pages' body lines and table pieces into blocks in reading order.
 *
 * <p>Per page: body lines become paragraphs ({@link ParagraphAssembler}); a paragraph that is only
 * a page number ({@link PageFurnitureFilter#isPageNumber}) is dropped wherever it stands (Word
 * documents converted to PDF often carry their page numbers inline); paragraphs and tables are put
 * in order of their top edge.
 *
 * <p>Headings: a paragraph of at most two lines and 60 characters whose font is at least 15%
 * larger than the body size, or all bold, is a heading; its level is the rank of its font size
 * among the heading sizes of the document (largest = 1). Hints: {@code bold} for all-bold text,
 * {@code centered} for lines centred between the margins.
 *
 * <p>Across page breaks: the body top and bottom are the highest and lowest content edges over all
 * pages. A paragraph that is the last item of its page, ends within two line pitches of the body
 * bottom on a full line and without sentence-final punctuation (。；！？：) is joined with the first
 * item of the next page when that is a paragraph of the same size starting within two line
 * pitches of the body top, neither is a heading, and it does not start with a numbered item
 * ("一、", "（一）", "1.", "（1）", "①"); the block gets the hint {@code page-break-joined}.
 * A table that is the last item of its page continues with a table that is the first item of the
 * next page, with the same outer edges and compatible column boundaries ({@link TableStitcher}),
 * wherever they stand on their pages (spreadsheet printers centre the short last page of a table
 * vertically; a new table has its title above it); the break cut a row when both
 * pieces are open along the break ({@link TableStitcher#cutRowContinues}), or when the table ends
 * within two line pitches of the body bottom and {@link TableStitcher#looksLikeSplitRow} agrees.
 */
final class DocumentAssembler {
  private static final Pattern NUMBERED = Pattern.compile(
      "^\\s*([一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[）)]"
          + "|\\d{1,3}\\s*[、．.](?!\\d)|[（(]\\d{1,3}[）)]|\\d{1,3}[）)]|[\\u2460-\\u2473\\u2776-\\u277f]"
          + "|第[一二三四五六七八九十百\\d]+[章节条部分篇])");

  private DocumentAssembler() {}

  /** A paragraph in the making. */
  private static final class Para {
    final List<TextLine> lines = new ArrayList<>();
    String text;
    final int page;
    boolean heading;
    boolean joined;
    final float size;
    final boolean bold;
    boolean centered;

    Para(List<TextLine> ls) {
      lines.addAll(ls);
      text = ParagraphAssembler.join(ls);
      page = ls.get(0).page();
      float s = 0;
      boolean b = true;
      for (TextLine l : ls) {
        s = Math.max(s, l.fontSize());
        b &= l.bold();
      }
      size = s;
      bold = b;
    }

    float top() {
      return lines.get(0).top();
    }

    float bottom() {
      return lines.get(lines.size() - 1).bottom();
    }
  }

  private record Item(Para para, TableStitcher.Piece piece, float top, float bottom) {}

  /** Builds the blocks of all pages into {@code out}. */
  public static void assemble(List<PageContent> pages, DocumentBuilder out) {
    List<List<TextLine>> bodies = new ArrayList<>();
    for (PageContent pc : pages) {
      bodies.add(pc.bodyLines());
    }
    ParagraphAssembler.Metrics m = ParagraphAssembler.measure(bodies);
    List<List<Item>> perPage = new ArrayList<>();
    float bodyTop = Float.MAX_VALUE;
    float bodyBottom = -Float.MAX_VALUE;
    TreeSet<Integer> headingSizes = new TreeSet<>();
    for (PageContent pc : pages) {
      List<Item> items = new ArrayList<>();
      for (List<TextLine> ls : ParagraphAssembler.split(pc.bodyLines(), m)) {
        Para p = new Para(ls);
        if (PageFurnitureFilter.isPageNumber(p.text)) {
          continue;
        }
        classify(p, m);
        if (p.heading) {
          headingSizes.add(Math.round(p.size * 2));
        }
        items.add(new Item(p, null, p.top(), p.bottom()));
      }
      for (TableStitcher.Piece t : pc.tables()) {
        items.add(new Item(null, t, t.table().top(), t.table().bottom()));
      }
      items.sort((a, b) -> Float.compare(a.top(), b.top()));
      if (!items.isEmpty()) {
        bodyTop = Math.min(bodyTop, items.get(0).top());
        bodyBottom = Math.max(bodyBottom, items.get(items.size() - 1).bottom());
      }
      perPage.add(items);
    }
    float reach = 2 * m.linePitch();
    List<Object> blocks = new ArrayList<>();
    Object prevLast = null;
    float prevLastBottom = 0;
    int prevPage = -1;
    for (int pi = 0; pi < pages.size(); pi++) {
      List<Item> items = perPage.get(pi);
      int page = pages.get(pi).page();
      for (int k = 0; k < items.size(); k++) {
        Item it = items.get(k);
        boolean continuation = k == 0 && prevLast != null && prevPage == page - 1
            && it.top() - bodyTop <= reach;
        boolean prevNearBottom = bodyBottom - prevLastBottom <= reach;
        if (it.para() != null) {
          Para p = it.para();
          if (continuation && prevNearBottom && prevLast instanceof Para q && joinable(q, p, m)) {
            q.text = q.text + ParagraphAssembler.separator(q.text, p.text, true) + p.text;
            q.lines.addAll(p.lines);
            q.joined = true;
            continue;
          }
          blocks.add(p);
        } else {
          TableStitcher.Piece piece = it.piece();
          boolean tableContinues = k == 0 && prevPage == page - 1;
          if (tableContinues && prevLast instanceof TableStitcher st
              && st.sameColumns(piece.table())) {
            st.append(piece, st.cutRowContinues(piece) || !piece.table().openTop()
                && prevNearBottom && st.looksLikeSplitRow(piece));
            continue;
          }
          blocks.add(new TableStitcher(piece));
        }
      }
      if (!items.isEmpty()) {
        prevLast = blocks.get(blocks.size() - 1);
        prevLastBottom = items.get(items.size() - 1).bottom();
        prevPage = page;
      }
    }
    List<Integer> sizes = new ArrayList<>(headingSizes.descendingSet());
    for (Object b : blocks) {
      if (b instanceof Para p) {
        List<String> hints = new ArrayList<>();
        if (p.bold) {
          hints.add("bold");
        }
        if (p.centered) {
          hints.add("centered");
        }
        if (p.joined) {
          hints.add("page-break-joined");
        }
        if (p.heading) {
          out.heading(sizes.indexOf(Math.round(p.size * 2)) + 1, p.text, p.page, null, hints);
        } else {
          out.paragraph(p.text, p.page, null, hints);
        }
      } else {
        TableStitcher st = (TableStitcher) b;
        out.table(st.toRaw(), st.firstPage(), null, List.of());
      }
    }
  }

  private static void classify(Para p, ParagraphAssembler.Metrics m) {
    boolean larger = p.size >= m.bodyFontSize() * 1.15f;
    int len = p.text.replaceAll("\\s+", "").length();
    p.heading = (larger || p.bold) && p.lines.size() <= 2 && len <= 60;
    float center = (m.leftMargin() + m.rightMargin()) / 2;
    boolean centered = !p.lines.isEmpty();
    for (TextLine l : p.lines) {
      float em = l.fontSize();
      centered &= l.x0() > m.leftMargin() + 2 * em
          && Math.abs((l.x0() + l.x1()) / 2 - center) <= 1.5f * em;
    }
    p.centered = centered;
  }

  private static boolean joinable(Para q, Para p, ParagraphAssembler.Metrics m) {
    if (q.heading || p.heading || Math.abs(q.size - p.size) > 0.5f) {
      return false;
    }
    String t = q.text.stripTrailing();
    if (t.isEmpty() || CharClass.isSentenceFinal(t.codePointBefore(t.length()))) {
      return false;
    }
    if (NUMBERED.matcher(p.text).find()) {
      return false;
    }
    TextLine last = q.lines.get(q.lines.size() - 1);
    return !ParagraphAssembler.endsShort(last, p.lines.get(0), m.rightMargin());
  }
}
