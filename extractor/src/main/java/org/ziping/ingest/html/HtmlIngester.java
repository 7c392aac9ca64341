package org.ziping.ingest.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.ziping.ingest.IngestConfig;
import org.ziping.ingest.IngestException;
import org.ziping.ingest.DocumentFormat;
import org.ziping.ingest.FormatIngester;
import org.ziping.model.DocumentBuilder;
import org.ziping.model.DocumentModel;
import org.ziping.model.PageField;
import org.ziping.model.SourceInfo;

/**
 * Reads web pages ({@code .html}, {@code .htm}, XHTML) and saved web archives ({@code .mht},
 * {@code .mhtml}) into a {@link DocumentModel}: the article's headings, paragraphs, lists and
 * tables (with row and column spans) in reading order, and the page's metadata block apart.
 *
 * <p>Steps: a web archive gives its HTML part ({@link MhtReader}), and the pages that part shows
 * in frames are read after it, in frame order (an Excel "single file web page" keeps each sheet in
 * a frame); the bytes are decoded by the
 * charset of the byte-order mark, the transport, the page's declaration or the bytes themselves
 * ({@link HtmlDecoder}); jsoup parses the text as a browser would (HTML5 tree building, so broken
 * markup gets the same tree); the page's own style sheets say what is hidden, centred or bold
 * ({@link StyleRules}); scripts, styles, forms' controls, embedded objects and hidden elements are
 * dropped; the metadata block (索引号, 发文机构, 成文日期 …) is read and taken out
 * ({@link PageMetadataReader}); the article is found and cleared of site furniture
 * ({@link ArticleLocator}); its content becomes blocks ({@link HtmlBlockWalker}), the page's title
 * first when the article starts below it.
 *
 * <p>Source metadata: {@code charset} (as read) and {@code title} (the {@code <title>} element).
 * Warnings: a charset declaration that did not fit the bytes, images in the article (a table
 * published as a picture is not read), linked attachments (not read), other parts of a web
 * archive, an article without text.
 *
 * <p>Limits: text written by scripts at load time is not on the page and is not read; linked
 * style sheets are not fetched (a class hidden only by them stays visible); frames are not
 * followed.
 */
public final class HtmlIngester extends FormatIngester {
  /** Web pages, and web archives (.mht/.mhtml, or saved as a MIME message). */
  public HtmlIngester() {
    super(DocumentFormat.HTML, DocumentFormat.MHT, DocumentFormat.MESSAGE);
  }

  @Override
  public DocumentModel ingest(Path file, SourceInfo source, IngestConfig config)
      throws IngestException, IOException {
    byte[] bytes = Files.readAllBytes(file);
    DocumentBuilder builder = new DocumentBuilder();
    HtmlBlockWalker.Counts counts = new HtmlBlockWalker.Counts();
    Map<String, String> meta = new LinkedHashMap<>(source.metadata());
    Map<PageField, String> fields = new EnumMap<>(PageField.class);
    boolean archive = DocumentFormat.MHT.has(source.mediaType())
        || DocumentFormat.MESSAGE.has(source.mediaType()) || MhtReader.looksLikeMime(bytes);
    MhtReader.Archive mht = archive ? MhtReader.read(bytes)
        : new MhtReader.Archive(new MhtReader.Page(bytes, null, null), List.of(), 1);
    Parsed main = parse(mht.main(), builder);
    meta.put("charset", main.charset());
    String title = main.doc().title().strip();
    if (!title.isEmpty()) {
      meta.put("title", title);
    }
    // frames of a frameset are the page; inline frames (widgets, players) only when the page has
    // no text of its own
    List<String> frames = new ArrayList<>(main.doc().select("frame[src]").eachAttr("src"));
    List<String> inline = main.doc().select("iframe[src]").eachAttr("src");
    readPage(main.doc(), builder, counts, fields);
    if (builder.blockCount() == 0) {
      frames.addAll(inline);
    }
    int read = 1;
    List<String> unread = new ArrayList<>();
    for (String src : frames) {
      MhtReader.Page part = framePart(mht.others(), src);
      if (part == null) {
        unread.add(src);
      } else {
        readPage(parse(part, builder).doc(), builder, counts, fields);
        read++;
      }
    }
    if (mht.parts() > read) {
      builder.warn("the web archive holds " + (mht.parts() - read) + " other part(s) (images, style"
          + " sheets, frames) that were not read");
    }
    warnings(builder, counts, unread);
    SourceInfo info = new SourceInfo(source.file(), source.format(), source.mediaType(),
        source.sha256(), null, meta);
    return builder.build(info).withPageMetadata(fields);
  }

  /** A parsed page and the charset it was read in. */
  private record Parsed(Document doc, String charset) {}

  private static Parsed parse(MhtReader.Page page, DocumentBuilder builder) throws IngestException {
    HtmlDecoder.Decoded decoded = HtmlDecoder.decode(page.bytes(), page.charset());
    if (decoded.warning() != null) {
      builder.warn(decoded.warning());
    }
    return new Parsed(Jsoup.parse(decoded.text(), ""), decoded.charset());
  }

  /** Reads one page's article into the builder and its metadata into {@code fields} (first value wins). */
  private static void readPage(Document doc, DocumentBuilder builder,
                               HtmlBlockWalker.Counts counts, Map<PageField, String> fields) {
    StyleRules.apply(doc);
    Element body = doc.body();
    strip(body);
    ArticleLocator locator = new ArticleLocator();
    ArticleLocator.Article article = locator.locate(body);
    PageMetadataReader.Result pageMeta = PageMetadataReader.read(body, article.root());
    pageMeta.blocks().forEach(Element::remove);
    pageMeta.fields().forEach(fields::putIfAbsent);
    PageMetadataReader.fromHead(doc.head()).forEach(fields::putIfAbsent);
    locator.clean(article.root());
    HtmlBlockWalker walker = new HtmlBlockWalker(HtmlBlockWalker.into(builder), true, counts);
    if (article.title() != null) {
      walker.title(article.title());
    }
    walker.read(article.root());
  }

  /** The archive part a frame shows: the one whose location ends with the frame's file name. */
  private static MhtReader.Page framePart(List<MhtReader.Page> parts, String src) {
    String name = src.replaceAll("[?#].*", "").replaceAll(".*/", "");
    if (name.isEmpty()) {
      return null;
    }
    for (MhtReader.Page p : parts) {
      String loc = p.location() == null ? "" : p.location().replaceAll("[?#].*", "");
      if (loc.equals(src) || loc.endsWith("/" + name) || loc.equals(name)) {
        return p;
      }
    }
    return null;
  }

  private static void warnings(DocumentBuilder builder, HtmlBlockWalker.Counts counts,
                               List<String> unreadFrames) {
    if (counts.images > 0) {
      builder.warn(counts.images + " image(s) in the article were not read (a table published as a"
          + " picture needs OCR)");
    }
    if (!counts.attachments.isEmpty()) {
      builder.warn("the page links " + counts.attachments.size() + " attachment(s) that were not"
          + " read: " + String.join("; ", List.copyOf(counts.attachments)));
    }
    if (builder.blockCount() == 0) {
      builder.warn(unreadFrames.isEmpty() ? "the page has no article text"
          : "the page has no article text of its own; it shows " + unreadFrames.size() + " other"
              + " page(s) in frames, which were not read: " + String.join(", ", unreadFrames));
    }
  }

  /** Drops what a reader never sees: scripts, styles, controls, objects, hidden elements. */
  private static void strip(Element body) {
    for (Element e : body.getAllElements()) {
      if (e != body && (Dom.NO_CONTENT.contains(Dom.tag(e)) || Dom.isHidden(e))) {
        e.remove();
      }
    }
    for (Element e : body.getAllElements()) {
      for (Node n : List.copyOf(e.childNodes())) {
        if (n instanceof Comment) {
          n.remove();
        }
      }
    }
  }
}
