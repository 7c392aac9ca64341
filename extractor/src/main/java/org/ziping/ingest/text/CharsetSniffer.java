package org.ziping.ingest.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.BOMDetector;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.ziping.ingest.IngestException;

/**
 * Decides how the bytes of a plain-text file are to be decoded, and refuses bytes that are not
 * text.
 *
 * <p>Algorithm, in this order:
 * <ol>
 *   <li>a byte-order mark, found by Tika's {@link BOMDetector} (UTF-8, UTF-16 LE/BE, UTF-32),
 *       decides the charset; the mark itself is not part of the text;</li>
 *   <li>without a mark, NUL bytes mean binary content (text in the supported encodings never holds
 *       them) and the bytes are refused;</li>
 *   <li>bytes that decode as strict UTF-8 (malformed sequences reported, not replaced) are UTF-8:
 *       valid UTF-8 always wins, because a legacy-encoded Chinese text of any length is practically
 *       never valid UTF-8;</li>
 *   <li>otherwise Tika's ICU-derived {@link CharsetDetector} names the charset. A Chinese guess
 *       (GB18030, GBK, GB2312, EUC-CN, HZ) is widened to GB18030, the superset, and so is any other
 *       guess when the bytes decode strictly as GB18030 into mostly CJK text (short GBK files are
 *       often mistaken for a single-byte code page) unless the detector names another CJK
 *       multi-byte charset (Big5, Shift_JIS, EUC-JP, EUC-KR) with a confidence of at least 50 and
 *       above its confidence in GB18030 (short texts get a tie at 10, which GB18030 wins); other
 *       guesses are used when the bytes decode strictly in them, and GB18030 is the last resort
 *       when they do not;</li>
 *   <li>the decoded text is refused as binary when it holds NUL characters or when control
 *       characters other than tab, newline, carriage return and form feed make up more than 1% of
 *       it, and when no charset decodes the bytes without errors.</li>
 * </ol>
 *
 * <p>UTF-16 without a byte-order mark is recognised by {@link Utf16Sniffer} where the bytes hold
 * NUL bytes or are not UTF-8 (before the NUL refusal and before the detector).
 *
 * <p>Limits: UTF-32 without a byte-order mark is refused as binary (its NUL bytes);
 * a legacy single-byte text is decoded with the detector's guess, which may be wrong for very short
 * inputs; Big5 text is decoded as Big5 only when the detector says so, else as (garbled)
 * GB18030.
 */
public final class CharsetSniffer {
  private static final Set<String> CHINESE = Set.of("GB18030", "GBK", "GB2312", "EUC-CN", "HZ-GB-2312",
      "X-EUC-CN", "CP936", "WINDOWS-936");
  private static final Set<String> OTHER_CJK = Set.of("BIG5", "SHIFT_JIS", "EUC-JP", "EUC-KR",
      "ISO-2022-JP", "ISO-2022-KR", "ISO-2022-CN");
  /** Detector confidence (0 to 100) from which another CJK charset is believed over GB18030. */
  private static final int CONFIDENT = 50;
  private static final Charset GB18030 = Charset.forName("GB18030");

  /** Decoded text and the name of the charset it was decoded from. */
  public record Decoded(String text, String charset) {}

  private CharsetSniffer() {}

  /** Decodes {@code bytes}; throws when they are not text in an encoding this class can tell. */
  public static Decoded decode(byte[] bytes) throws IngestException {
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      int skip = bomLength(bytes, bom);
      String s = strict(bytes, skip, bom);
      if (s == null) {
        throw new IngestException("binary content, not text: the bytes after the " + bom.name()
            + " byte-order mark are not valid " + bom.name());
      }
      return checked(s, bom.name());
    }
    for (byte b : bytes) {
      if (b == 0) {
        Charset utf16 = Utf16Sniffer.detect(bytes, bytes.length);
        if (utf16 != null) {
          return checked(new String(bytes, 0, bytes.length & ~1, utf16), utf16.name());
        }
        throw new IngestException("binary content, not text: the file holds NUL bytes");
      }
    }
    String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return checked(utf8, StandardCharsets.UTF_8.name());
    }
    Charset utf16 = Utf16Sniffer.detect(bytes, bytes.length);
    if (utf16 != null) {
      return checked(new String(bytes, 0, bytes.length & ~1, utf16), utf16.name());
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch[] matches = detector.detectAll();
    String guess = matches.length == 0 ? null : matches[0].getName();
    String upper = guess == null ? null : guess.toUpperCase(Locale.ROOT);
    int chineseConfidence = 0;
    for (CharsetMatch m : matches) {
      if (CHINESE.contains(m.getName().toUpperCase(Locale.ROOT))) {
        chineseConfidence = Math.max(chineseConfidence, m.getConfidence());
      }
    }
    boolean otherCjk = upper != null && OTHER_CJK.contains(upper)
        && matches[0].getConfidence() >= CONFIDENT && matches[0].getConfidence() > chineseConfidence;
    String gb = strict(bytes, 0, GB18030);
    if (gb != null && (upper == null || CHINESE.contains(upper) || (!otherCjk && mostlyCjk(gb)))) {
      return checked(gb, GB18030.name());
    }
    Charset cs = guess == null ? null : charset(guess);
    String s = cs == null ? null : strict(bytes, 0, cs);
    if (s == null && gb != null) {
      return checked(gb, GB18030.name());
    }
    if (s == null) {
      throw new IngestException("binary content, not text: the bytes are neither UTF-8 nor GB18030"
          + (guess == null ? "" : " nor " + guess) + " text");
    }
    return checked(s, cs.name());
  }

  private static Charset bomCharset(byte[] bytes) throws IngestException {
    try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
      return new BOMDetector().detect(in, new Metadata());
    } catch (IOException e) {
      throw new IngestException("cannot read the byte-order mark: " + e.getMessage(), e);
    }
  }

  private static int bomLength(byte[] bytes, Charset cs) {
    String n = cs.name().toUpperCase(Locale.ROOT);
    if (n.startsWith("UTF-32")) {
      return 4;
    }
    if (n.startsWith("UTF-16")) {
      return 2;
    }
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF ? 3 : 0;
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** Decodes with errors reported; null when the bytes are not valid in {@code cs}. */
  private static String strict(byte[] bytes, int offset, Charset cs) {
    CharsetDecoder dec = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean mostlyCjk(String s) {
    int cjk = 0;
    int other = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isWhitespace(ch) || ch < 0x80) {
        continue;
      }
      Character.UnicodeScript sc = Character.UnicodeScript.of(ch);
      if (sc == Character.UnicodeScript.HAN || (ch >= 0x3000 && ch <= 0x303F)
          || (ch >= 0xFF00 && ch <= 0xFFEF)) {
        cjk++;
      } else {
        other++;
      }
    }
    return cjk > 0 && cjk >= 4 * other;
  }

  private static Decoded checked(String s, String charset) throws IngestException {
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    int control = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == 0) {
        throw new IngestException("binary content, not text: NUL characters in " + charset + " text");
      }
      if (Character.isISOControl(ch) && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\f') {
        control++;
      }
    }
    if (control > 0 && control * 100L > s.length()) {
      throw new IngestException("binary content, not text: " + control + " control characters in "
          + s.length() + " characters");
    }
    return new Decoded(s, charset);
  }
}
