package org.ziping.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.Cell;
import org.ziping.model.DocumentModel;
import org.ziping.model.TableGrid;
import org.ziping.report.Evidence;
import org.ziping.report.EvidenceTable;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;
import org.ziping.report.Location;
import org.ziping.report.PageOccurrence;
import org.ziping.report.Report;

/**
 * Stores in each audited report what a reader needs of the source document to show the findings'
 * evidence there, taken from the document model the extraction read (so with its settings, OCR
 * included), so that no later stage reads the document again:
 *
 * <ul>
 *   <li>for evidence with a page (PDF): its {@link PageOccurrence}: the figure (the extracted text
 *       at the location, white space removed) and its occurrence number among the same string in
 *       the page's paragraphs and table cells (a paragraph or cell stands on the page its text
 *       starts on; a cell without a page of its own on its table's), and in the page taken as
 *       one stretch from the first offset of its blocks to the last, the evidence included;</li>
 *   <li>for evidence in a table cell of a document without pages: the table as an
 *       {@link EvidenceTable} (its anchor cells with spans and text), the table found by its
 *       number among the document's table blocks ({@link Location#table()}).</li>
 * </ul>
 *
 * <p>Each distinct location and table is stored once per report, in page and offset order (tables
 * by number). Limits: a location outside the extracted text, or whose text is only white space,
 * gets no occurrence (a reader cannot place it); the page readings count occurrences in the
 * extracted text, which a reader compares with its own reading of the page.
 */
public final class EvidenceSources {
  private EvidenceSources() {}

  /** The document with each report's evidence sources taken from {@code model}. */
  public static ExtractedDocument attach(ExtractedDocument doc, DocumentModel model) {
    Pages pages = new Pages(model);
    List<Report> out = new ArrayList<>(doc.reports().size());
    for (Report r : doc.reports()) {
      out.add(attach(r, model, pages));
    }
    return doc.withReports(out);
  }

  private static Report attach(Report r, DocumentModel model, Pages pages) {
    Map<String, PageOccurrence> occurrences = new HashMap<>();
    Map<Integer, EvidenceTable> tables = new TreeMap<>();
    for (Finding f : r.findings()) {
      for (Evidence e : f.evidence()) {
        Location l = e.location();
        if (l == null) {
          continue;
        }
        if (l.page() != null) {
          String key = l.page() + ":" + l.start() + ":" + l.end();
          if (!occurrences.containsKey(key)) {
            PageOccurrence o = occurrence(model, pages, l);
            if (o != null) {
              occurrences.put(key, o);
            }
          }
        } else if (l.table() != null && !tables.containsKey(l.table())) {
          EvidenceTable t = table(model, l.table());
          if (t != null) {
            tables.put(l.table(), t);
          }
        }
      }
    }
    List<PageOccurrence> sorted = new ArrayList<>(occurrences.values());
    sorted.sort(Comparator.comparingInt(PageOccurrence::page)
        .thenComparingInt(PageOccurrence::start).thenComparingInt(PageOccurrence::end));
    return r.with(b -> {
      b.pageOccurrences = sorted;
      b.evidenceTables = List.copyOf(tables.values());
    });
  }

  /** The occurrence of the figure at {@code l} on its page, null when it has no text there. */
  static PageOccurrence occurrence(DocumentModel model, Pages pages, Location l) {
    String text = model.text();
    if (l.start() < 0 || l.end() > text.length() || l.start() >= l.end()) {
      return null;
    }
    String target = strip(text.substring(l.start(), l.end()));
    if (target.isEmpty()) {
      return null;
    }
    int[] inSegments = count(text, pages.segments(l.page()), l, target);
    int[] inSpan = count(text, List.of(pages.span(l)), l, target);
    return new PageOccurrence(l.start(), l.end(), l.page(), target, inSegments[0], inSegments[1],
        inSpan[0], inSpan[1]);
  }

  /** {occurrences of target before the location, occurrences in all} over the segments. */
  private static int[] count(String text, List<int[]> segments, Location l, String target) {
    int total = 0;
    int before = 0;
    for (int[] seg : segments) {
      int n = occurrences(strip(text.substring(seg[0], seg[1])), target);
      total += n;
      if (seg[1] <= l.start()) {
        before += n;
      } else if (seg[0] <= l.start()) {
        before += occurrences(strip(text.substring(seg[0], l.start())), target);
      }
    }
    return new int[] {before, total};
  }

  private static EvidenceTable table(DocumentModel model, int number) {
    int n = 0;
    for (Block b : model.blocks()) {
      if (b.type() == BlockType.TABLE && n++ == number) {
        TableGrid g = b.table();
        if (g == null) {
          return null;
        }
        List<EvidenceTable.Cell> cells = new ArrayList<>(g.cells().size());
        for (Cell c : g.cells()) {
          cells.add(new EvidenceTable.Cell(c.row(), c.col(), c.rowSpan(), c.colSpan(), c.text()));
        }
        return new EvidenceTable(number, g.rows(), g.cols(), cells);
      }
    }
    return null;
  }

  private static String strip(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static int occurrences(String s, String target) {
    int n = 0;
    for (int i = s.indexOf(target); i >= 0; i = s.indexOf(target, i + 1)) {
      n++;
    }
    return n;
  }

  /** The page readings of one document, each page's segments and stretch computed once. */
  static final class Pages {
    private final DocumentModel model;
    private final Map<Integer, List<int[]>> segments = new HashMap<>();
    private final Map<Integer, int[]> stretches = new HashMap<>();

    Pages(DocumentModel model) {
      this.model = model;
    }

    /** The stretches of the text that stand on a page: its paragraphs and its table cells. */
    List<int[]> segments(int page) {
      return segments.computeIfAbsent(page, p -> {
        List<int[]> out = new ArrayList<>();
        for (Block b : model.blocks()) {
          if (b.table() != null) {
            for (Cell c : b.table().cells()) {
              Integer cp = c.page() != null ? c.page() : b.page();
              if (cp != null && cp == page && c.end() > c.start()) {
                out.add(new int[] {c.start(), c.end()});
              }
            }
          } else if (b.page() != null && b.page() == page) {
            out.add(new int[] {b.start(), b.end()});
          }
        }
        out.sort(Comparator.comparingInt(x -> x[0]));
        return out;
      });
    }

    /**
     * The page as one stretch: from the first to the last offset of the blocks on the page, and
     * the evidence itself (a paragraph that began on the page before counts from its start).
     */
    int[] span(Location l) {
      int[] blocks = stretches.computeIfAbsent(l.page(), p -> {
        int start = Integer.MAX_VALUE;
        int end = Integer.MIN_VALUE;
        for (Block b : model.blocks()) {
          if (p.equals(b.page())) {
            start = Math.min(start, b.start());
            end = Math.max(end, b.end());
          }
        }
        return new int[] {start, end};
      });
      return new int[] {Math.min(l.start(), blocks[0]), Math.max(l.end(), blocks[1])};
    }
  }
}
