package org.ziping.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.ziping.ingest.IngestException;

/**
 * Takes the page out of a saved web archive ({@code .mht}/{@code .mhtml}, RFC 2557: a MIME
 * {@code multipart/related} message whose parts are the page and its images and style sheets).
 *
 * <p>Algorithm: Apache James mime4j parses the message permissively (long lines and headers
 * allowed) and decodes each part's transfer encoding (quoted-printable, base64); the page is the
 * {@code text/html} part named by the {@code start} parameter of the multipart's content type,
 * else the first {@code text/html} part in document order (nested multiparts included). A message
 * that is itself {@code text/html} is its own page. The part's declared charset is handed on; the
 * page's own meta tag and bytes decide when it declares none.
 *
 * <p>The archive's other HTML parts are handed on too, with their {@code Content-Location}, so
 * that the pages the main page shows in frames can be read (Excel's "single file web page" keeps
 * each sheet in a frame).
 *
 * <p>Limits: images, style sheets and other parts are not read (their number is reported); a
 * message without any HTML part is refused.
 */
final class MhtReader {
  /** One HTML part: its bytes (transfer encoding undone), declared charset and location. */
  record Page(byte[] bytes, String charset, String location) {}

  /** The main page, the other HTML parts in archive order, and the number of all parts. */
  record Archive(Page main, List<Page> others, int parts) {}

  private MhtReader() {}

  /** Whether {@code head} (the file's first bytes) starts like a MIME message rather than HTML. */
  static boolean looksLikeMime(byte[] head) {
    String s = new String(head, 0, Math.min(head.length, 2048), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT).stripLeading();
    if (s.startsWith("<")) {
      return false;
    }
    return s.startsWith("mime-version:") || s.startsWith("content-type:") || s.startsWith("from:")
        || s.startsWith("subject:") || s.startsWith("date:") || s.startsWith("message-id:")
        || s.startsWith("content-location:") || s.startsWith("x-mht");
  }

  static Archive read(byte[] bytes) throws IngestException {
    Message message;
    try {
      DefaultMessageBuilder builder = new DefaultMessageBuilder();
      builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
      message = builder.parseMessage(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw new IngestException("not a readable saved web page (.mht): " + e.getMessage(), e);
    }
    try {
      List<Entity> parts = new ArrayList<>();
      flatten(message, parts);
      String start = startId(message);
      Entity page = null;
      for (Entity e : parts) {
        if (isHtml(e) && start != null && start.equals(contentId(e))) {
          page = e;
          break;
        }
      }
      for (int i = 0; page == null && i < parts.size(); i++) {
        if (isHtml(parts.get(i))) {
          page = parts.get(i);
        }
      }
      if (page == null || !(page.getBody() instanceof SingleBody)) {
        throw new IngestException("saved web page (.mht) without an HTML part: its " + parts.size()
            + " part(s) are " + types(parts));
      }
      List<Page> others = new ArrayList<>();
      for (Entity e : parts) {
        if (e != page && isHtml(e) && e.getBody() instanceof SingleBody) {
          others.add(page(e));
        }
      }
      return new Archive(page(page), others, parts.size());
    } catch (IOException e) {
      throw new IngestException("not a readable saved web page (.mht): " + e.getMessage(), e);
    } finally {
      message.dispose();
    }
  }

  private static Page page(Entity e) throws IOException {
    byte[] html;
    try (InputStream in = ((SingleBody) e.getBody()).getInputStream()) {
      html = in.readAllBytes();
    }
    Field ct = e.getHeader() == null ? null : e.getHeader().getField("Content-Type");
    boolean declared = ct != null && ct.getBody() != null
        && ct.getBody().toLowerCase(Locale.ROOT).contains("charset");
    Field loc = e.getHeader() == null ? null : e.getHeader().getField("Content-Location");
    return new Page(html, declared ? e.getCharset() : null,
        loc == null || loc.getBody() == null ? null : loc.getBody().strip());
  }

  private static void flatten(Entity e, List<Entity> out) {
    Body b = e.getBody();
    if (b instanceof Multipart m) {
      for (Entity part : m.getBodyParts()) {
        flatten(part, out);
      }
    } else {
      out.add(e);
    }
  }

  private static boolean isHtml(Entity e) {
    String t = e.getMimeType() == null ? "" : e.getMimeType().toLowerCase(Locale.ROOT);
    return t.equals("text/html") || t.equals("application/xhtml+xml");
  }

  /** The {@code start} parameter of the top content type (a Content-ID in angle brackets). */
  private static String startId(Message m) {
    if (!(m.getBody() instanceof Multipart mp)) {
      return null;
    }
    for (var p : mp.getContentTypeParameters()) {
      if ("start".equalsIgnoreCase(p.getName()) && p.getValue() != null) {
        return strip(p.getValue());
      }
    }
    return null;
  }

  private static String contentId(Entity e) {
    Field f = e.getHeader() == null ? null : e.getHeader().getField("Content-ID");
    return f == null || f.getBody() == null ? null : strip(f.getBody());
  }

  private static String strip(String id) {
    return id.strip().replaceAll("^<|>$", "");
  }

  private static String types(List<Entity> parts) {
    return parts.stream().map(p -> p.getMimeType() == null ? "?" : p.getMimeType()).distinct()
        .reduce((a, b) -> a + ", " + b).orElse("none");
  }
}
