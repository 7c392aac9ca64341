package org.ziping.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.ziping.model.DocumentBuilder;
import org.ziping.model.DocumentBuilder.RawCell;
import org.ziping.model.DocumentBuilder.RawTable;

/**
 * Turns the article element into blocks, in document order.
 *
 * <p>Running text (text nodes and inline elements) collects in an {@link InlineText} until a
 * block-level element starts or ends, which closes the block. {@code <br>} ends a line: each
 * line of a paragraph becomes a paragraph block of its own, as each line of a text export does
 * (pages often set a whole article in one {@code <div>} with {@code <br>} between paragraphs).
 * {@code h1}–{@code h6} are heading blocks of that level (their lines joined by a space);
 * {@code <li>} items are paragraphs with the hint {@code list}, an ordered list's items starting
 * with their number ("1."); {@code <pre>} keeps its white space. Hints as in Word documents:
 * {@code bold} when every visible character of the line is bold ({@code <b>}, {@code <strong>},
 * {@code <th>}, headings, {@code font-weight} 600 and more), {@code centered} when the block is
 * centred ({@code align}, {@code text-align}, {@code <center>}, inherited from enclosing blocks).
 * A block's style is the name of the element that holds it ({@code p}, {@code div}, {@code li}).
 * Short lines that are site furniture by their text ({@link Furniture#isFurnitureLine}) are
 * dropped.
 *
 * <p>Tables: a data table becomes a table block: cells placed by {@link TableLayout} with their
 * spans, a cell's text its lines joined by newline, data tables inside a cell its nested tables,
 * the {@code <caption>} a paragraph before it; trailing rows of empty cells are dropped. A layout table (see {@link #isLayoutTable}) is read
 * as containers, cell by cell. A table whose cells are all empty gives nothing.
 *
 * <p>Images are not read but counted, and links to attachments (doc, xls, pdf ...) are listed,
 * so the reader can warn that they were not read.
 */
final class HtmlBlockWalker {
  private static final Pattern ATTACHMENT = Pattern.compile(
      "\\.(docx?|xlsx?|et|wps|pdf|ofd|zip|rar|7z|csv)(?:$|[?#])", Pattern.CASE_INSENSITIVE);

  /** Where blocks go: the document, or the lines and nested tables of one cell. */
  interface Sink {
    void heading(int level, String text, String style, List<String> hints);

    void paragraph(String text, String style, List<String> hints);

    void table(RawTable table, String style, List<String> hints);
  }

  /** The inherited state: bold, centred, heading level, list item, the holding element's name. */
  private record Ctx(boolean bold, boolean centered, Integer heading, boolean listItem, String style) {
    Ctx with(Element e) {
      Boolean b = Dom.ownBold(e);
      Boolean c = Dom.isBlock(e) || Dom.tag(e).equals("center") ? Dom.ownCentered(e) : null;
      String st = Dom.isBlock(e) ? Dom.tag(e) : style;
      return new Ctx(b != null ? b : bold, c != null ? c : centered, heading, listItem, st);
    }
  }

  private final Sink sink;
  private final boolean dropFurniture;
  private final InlineText buf = new InlineText();
  private final Counts counts;

  /** What the walk met but did not read. */
  static final class Counts {
    int images;
    int furnitureLines;
    final Set<String> attachments = new LinkedHashSet<>();
  }

  HtmlBlockWalker(Sink sink, boolean dropFurniture, Counts counts) {
    this.sink = sink;
    this.dropFurniture = dropFurniture;
    this.counts = counts;
  }

  /** A sink that adds blocks to a {@link DocumentBuilder}. */
  static Sink into(DocumentBuilder out) {
    return new Sink() {
      @Override
      public void heading(int level, String text, String style, List<String> hints) {
        out.heading(level, text, null, style, hints);
      }

      @Override
      public void paragraph(String text, String style, List<String> hints) {
        out.paragraph(text, null, style, hints);
      }

      @Override
      public void table(RawTable table, String style, List<String> hints) {
        out.table(table, null, style, hints);
      }
    };
  }

  /** Reads {@code root} (itself included) as a block container. */
  void read(Element root) {
    Ctx ctx = new Ctx(false, false, null, false, Dom.tag(root)).with(root);
    if (Dom.isHeading(root)) {
      heading(root, ctx);
      return;
    }
    walk(root, ctx);
    flush(ctx);
  }

  /** Reads one element given as a page title: a heading of level 1. */
  void title(Element e) {
    Ctx ctx = new Ctx(true, true, 1, false, Dom.tag(e));
    walk(e, ctx);
    flush(ctx);
  }

  private void walk(Element container, Ctx ctx) {
    for (Node n : container.childNodes()) {
      if (n instanceof TextNode t) {
        if (preformatted(ctx)) {
          buf.pre(t.getWholeText(), ctx.bold());
        } else {
          buf.text(t.getWholeText(), ctx.bold());
        }
      } else if (n instanceof Element e) {
        element(e, ctx);
      }
    }
  }

  private static boolean preformatted(Ctx ctx) {
    return "pre".equals(ctx.style()) || "xmp".equals(ctx.style()) || "listing".equals(ctx.style())
        || "plaintext".equals(ctx.style());
  }

  private void element(Element e, Ctx ctx) {
    String tag = Dom.tag(e);
    if (Dom.NO_CONTENT.contains(tag) || Dom.isHidden(e)) {
      return;
    }
    if (tag.equals("br")) {
      buf.newline();
      return;
    }
    if (tag.equals("img")) {
      if (!isIcon(e)) {
        counts.images++;
      }
      return;
    }
    if (tag.equals("a") && ATTACHMENT.matcher(e.attr("href")).find()) {
      String name = e.text().strip();
      counts.attachments.add(name.isEmpty() ? e.attr("href") : name);
    }
    Ctx c = ctx.with(e);
    if (!Dom.isBlock(e)) {
      walk(e, c);
      return;
    }
    flush(ctx);
    if (Dom.isHeading(e)) {
      heading(e, c);
      return;
    }
    switch (tag) {
      case "table" -> table(e, c);
      case "ul", "ol", "menu", "dir" -> list(e, c);
      case "li" -> item(e, c, "");
      case "hr" -> { }
      default -> {
        walk(e, c);
        flush(c);
      }
    }
  }

  private void heading(Element e, Ctx c) {
    Ctx h = new Ctx(c.bold(), c.centered(), Integer.parseInt(Dom.tag(e).substring(1)), false,
        Dom.tag(e));
    walk(e, h);
    flush(h);
  }

  private void list(Element list, Ctx c) {
    boolean ordered = Dom.tag(list).equals("ol");
    int n = ordered ? parseStart(list.attr("start")) : 1;
    String type = list.attr("type");
    for (Node child : list.childNodes()) {
      if (child instanceof Element li && Dom.tag(li).equals("li")) {
        if (!li.attr("value").isBlank()) {
          n = parseStart(li.attr("value"));
        }
        item(li, c.with(li), ordered ? label(n, type) : "");
        n++;
      } else if (child instanceof Element e) {
        element(e, c);
      } else if (child instanceof TextNode t) {
        buf.text(t.getWholeText(), c.bold());
      }
    }
    flush(c);
  }

  private void item(Element li, Ctx c, String label) {
    flush(c);
    Ctx ci = new Ctx(c.bold(), c.centered(), c.heading(), true, "li");
    if (!label.isEmpty()) {
      buf.text(label + " ", false);
    }
    walk(li, ci);
    flush(ci);
  }

  private static int parseStart(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** An ordered list's marker as a browser shows it: 1. a. A. i. I. */
  static String label(int n, String type) {
    return switch (type) {
      case "a" -> alpha(n).toLowerCase(Locale.ROOT) + ".";
      case "A" -> alpha(n) + ".";
      case "i" -> roman(n).toLowerCase(Locale.ROOT) + ".";
      case "I" -> roman(n) + ".";
      default -> n + ".";
    };
  }

  private static String alpha(int n) {
    StringBuilder sb = new StringBuilder();
    for (int k = Math.max(1, n); k > 0; k = (k - 1) / 26) {
      sb.insert(0, (char) ('A' + (k - 1) % 26));
    }
    return sb.toString();
  }

  private static String roman(int n) {
    int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder sb = new StringBuilder();
    int k = Math.max(1, Math.min(n, 3999));
    for (int i = 0; i < v.length; i++) {
      while (k >= v[i]) {
        sb.append(s[i]);
        k -= v[i];
      }
    }
    return sb.toString();
  }

  /** Ends the running block: its lines become blocks of the kind {@code c} says. */
  private void flush(Ctx c) {
    List<InlineText.Line> lines = buf.take();
    if (lines.isEmpty()) {
      return;
    }
    if (c.heading() != null) {
      String text = String.join(" ", lines.stream().map(InlineText.Line::text).toList());
      List<String> hints = new ArrayList<>();
      if (lines.stream().allMatch(InlineText.Line::bold)) {
        hints.add("bold");
      }
      if (c.centered()) {
        hints.add("centered");
      }
      sink.heading(c.heading(), text, c.style(), hints);
      return;
    }
    for (InlineText.Line l : lines) {
      if (dropFurniture && Furniture.isFurnitureLine(l.text())) {
        counts.furnitureLines++;
        continue;
      }
      List<String> hints = new ArrayList<>();
      if (c.listItem()) {
        hints.add("list");
      }
      if (l.bold()) {
        hints.add("bold");
      }
      if (c.centered()) {
        hints.add("centered");
      }
      sink.paragraph(l.text(), c.style(), hints);
    }
  }

  private void table(Element table, Ctx c) {
    if (isLayoutTable(table)) {
      for (TableLayout.Placed p : TableLayout.place(table)) {
        Ctx cc = c.with(p.cell());
        walk(p.cell(), cc);
        flush(cc);
      }
      return;
    }
    for (Element cap : table.children()) {
      if (Dom.tag(cap).equals("caption")) {
        Ctx cc = c.with(cap);
        walk(cap, cc);
        flush(cc);
      }
    }
    RawTable raw = rawTable(table, c);
    if (raw.cells().stream().anyMatch(x -> !x.text().isEmpty() || !x.nested().isEmpty())) {
      sink.table(raw, "table", c.centered() ? List.of("centered") : List.of());
    }
  }

  private RawTable rawTable(Element table, Ctx c) {
    List<RawCell> cells = new ArrayList<>();
    for (TableLayout.Placed p : TableLayout.place(table)) {
      CellSink cs = new CellSink();
      HtmlBlockWalker inner = new HtmlBlockWalker(cs, false, counts);
      Ctx cc = new Ctx(false, false, null, false, Dom.tag(p.cell())).with(p.cell());
      inner.walk(p.cell(), cc);
      inner.flush(cc);
      cells.add(new RawCell(p.row(), p.col(), p.rowSpan(), p.colSpan(), String.join("\n", cs.lines),
          null, cs.nested));
    }
    return new RawTable(withoutEmptyTail(cells));
  }

  /**
   * The cells without trailing rows that show nothing: all their cells empty and no cell from
   * above reaching into them (Word's HTML ends tables with such a row of zero height).
   */
  static List<RawCell> withoutEmptyTail(List<RawCell> cells) {
    List<RawCell> out = new ArrayList<>(cells);
    while (!out.isEmpty()) {
      int last = out.stream().mapToInt(RawCell::row).max().getAsInt();
      boolean empty = out.stream().filter(c -> c.row() == last)
          .allMatch(c -> c.text().isEmpty() && c.nested().isEmpty());
      boolean reached = out.stream().anyMatch(c -> c.row() < last && c.row() + c.rowSpan() > last);
      if (!empty || reached || out.stream().allMatch(c -> c.row() == last)) {
        break;
      }
      out.removeIf(c -> c.row() == last);
    }
    return out;
  }

  /** Collects a cell's lines and nested tables. */
  private static final class CellSink implements Sink {
    final List<String> lines = new ArrayList<>();
    final List<RawTable> nested = new ArrayList<>();

    @Override
    public void heading(int level, String text, String style, List<String> hints) {
      lines.add(text);
    }

    @Override
    public void paragraph(String text, String style, List<String> hints) {
      lines.add(text);
    }

    @Override
    public void table(RawTable table, String style, List<String> hints) {
      nested.add(table);
    }
  }

  /**
   * Whether a table lays out the page rather than holding data: marked {@code role=presentation}
   * or {@code none}; or made of one row or one column (a single cell included) whose cells hold a
   * table, a heading, or two or more blocks with more than 300 characters between them. A
   * one-cell box around a short note stays a table, as Word documents draw it.
   */
  static boolean isLayoutTable(Element table) {
    String role = table.attr("role").toLowerCase(Locale.ROOT);
    if (role.equals("presentation") || role.equals("none")) {
      return true;
    }
    List<TableLayout.Placed> cells = TableLayout.place(table);
    if (cells.isEmpty()) {
      return true;
    }
    int rows = 0;
    int cols = 0;
    for (TableLayout.Placed p : cells) {
      rows = Math.max(rows, p.row() + p.rowSpan());
      cols = Math.max(cols, p.col() + p.colSpan());
    }
    if (rows > 1 && cols > 1) {
      return false;
    }
    for (TableLayout.Placed p : cells) {
      if (!p.cell().select("table, h1, h2, h3, h4, h5, h6").isEmpty()) {
        return true;
      }
      int blocks = 0;
      for (Element ch : p.cell().children()) {
        if (Dom.isBlock(ch) && !ch.text().isBlank()) {
          blocks++;
        }
      }
      if (blocks >= 2 && Dom.TextSizes.visible(p.cell().text()) > 300) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIcon(Element img) {
    return small(img.attr("width")) || small(img.attr("height"));
  }

  private static boolean small(String v) {
    try {
      return !v.isBlank() && Integer.parseInt(v.replaceAll("px$", "").strip()) < 32;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
