package org.ziping.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.ingest.IngestException;
import org.ziping.ingest.text.CharsetSniffer;

/**
 * Decodes the bytes of a web page into text.
 *
 * <p>Algorithm, in the order of the HTML standard's encoding sniffing: a byte-order mark decides;
 * else the charset the transport declared (the {@code .mht} part's {@code Content-Type}); else the
 * page's own declaration in its first 8 KiB ({@code <meta charset>}, {@code <meta http-equiv=
 * "Content-Type" content="...; charset=...">} or an XML declaration's {@code encoding}); else the
 * bytes themselves ({@link CharsetSniffer}: strict UTF-8, then GB18030 or the detector's guess).
 * A declared GB2312, GBK or CP936 is read as GB18030, their superset (pages labelled gb2312 are
 * routinely written with GBK characters). A declared charset under which the bytes do not decode
 * without errors is not trusted: the bytes are sniffed instead and a warning names both charsets.
 *
 * <p>Limits: a declaration further than 8 KiB into the page is not seen; UTF-16 without a
 * byte-order mark is refused by the sniffer.
 */
final class HtmlDecoder {
  private static final Pattern META = Pattern.compile(
      "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_DECL = Pattern.compile(
      "^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Set<String> GB = Set.of("GB2312", "GBK", "CP936", "X-GBK", "EUC-CN",
      "X-EUC-CN", "WINDOWS-936", "MS936", "GB_2312-80", "CSGB2312");

  /** The page text, the charset it was read in and a warning (or null). */
  record Decoded(String text, String charset, String warning) {}

  private HtmlDecoder() {}

  static Decoded decode(byte[] bytes, String transportCharset) throws IngestException {
    if (hasBom(bytes)) {
      CharsetSniffer.Decoded d = CharsetSniffer.decode(bytes);
      return new Decoded(d.text(), d.charset(), null);
    }
    String declared = transportCharset != null ? transportCharset : declared(bytes);
    Charset cs = declared == null ? null : charset(declared);
    if (cs != null) {
      String s = strict(bytes, cs);
      if (s != null) {
        return new Decoded(s, cs.name(), null);
      }
    }
    CharsetSniffer.Decoded d = CharsetSniffer.decode(bytes);
    String warning = declared == null ? null
        : cs == null ? "the page declares the unknown charset " + declared + "; read as " + d.charset()
        : "the page declares " + declared + " but its bytes are not valid " + cs.name() + "; read as "
            + d.charset();
    return new Decoded(d.text(), d.charset(), warning);
  }

  /** The charset named by the page's meta tag or XML declaration, or null. */
  static String declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    Matcher x = XML_DECL.matcher(head);
    if (x.find()) {
      return x.group(1);
    }
    Matcher m = META.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  private static boolean hasBom(byte[] b) {
    return (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)
        || (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
        || (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
  }

  private static Charset charset(String name) {
    String n = name.strip().toUpperCase(Locale.ROOT);
    if (GB.contains(n)) {
      return Charset.forName("GB18030");
    }
    if (List.of("UTF8", "UNICODE-1-1-UTF-8").contains(n)) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String strict(byte[] bytes, Charset cs) {
    try {
      return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
