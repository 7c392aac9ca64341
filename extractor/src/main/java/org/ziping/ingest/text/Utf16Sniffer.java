package org.ziping.ingest.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells UTF-16 text without a byte-order mark (LE or BE) from binary bytes.
 *
 * <p>Algorithm: the bytes (an even count, the last odd byte ignored when only a head of a file is
 * given) are decoded strictly as UTF-16LE and as UTF-16BE; a reading counts as text when at least
 * {@value #TEXT_SHARE}% of its characters are plausible in a Chinese report (ASCII printable and
 * tab/CR/LF, CJK ideographs, CJK and full-width punctuation, general punctuation, Latin-1 letters)
 * and it holds no NUL character. The byte order is the one whose zero bytes (the high bytes of
 * ASCII characters) fall on the odd positions (LE) or even positions (BE); text without any ASCII
 * is decided by the share of plausible characters alone. Random bytes read as UTF-16 spread over
 * the whole 16-bit range, of which these ranges are about a third, so they never reach the share.
 *
 * <p>Limits: UTF-16 holding mostly characters outside these ranges (e.g. Tibetan or Uyghur) is not
 * recognised; callers ask only when the bytes are not valid UTF-8 or hold NUL bytes, since ASCII
 * pairs read as UTF-16 can look like ideographs.
 */
public final class Utf16Sniffer {
  static final int TEXT_SHARE = 95;

  private Utf16Sniffer() {}

  /** UTF-16LE or UTF-16BE when the bytes read as text in it, else null. */
  public static Charset detect(byte[] bytes, int length) {
    int n = length & ~1;
    if (n < 4) {
      return null;
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        if ((i & 1) == 0) {
          zeroEven++;
        } else {
          zeroOdd++;
        }
      }
    }
    Charset first = zeroEven > zeroOdd ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    Charset second = first == StandardCharsets.UTF_16LE ? StandardCharsets.UTF_16BE
        : StandardCharsets.UTF_16LE;
    if (zeroEven != zeroOdd) {
      return isText(bytes, n, first) ? first : null;
    }
    return isText(bytes, n, first) ? first : isText(bytes, n, second) ? second : null;
  }

  private static boolean isText(byte[] bytes, int n, Charset cs) {
    String s = strict(bytes, n, cs);
    if (s == null && n > 4) {
      s = strict(bytes, n - 2, cs); // a head cut inside a surrogate pair: the pairs before it
    }
    if (s == null) {
      return false;
    }
    int plausible = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0) {
        return false;
      }
      if (plausible(c)) {
        plausible++;
      }
    }
    return plausible * 100L >= (long) TEXT_SHARE * s.length();
  }

  private static String strict(byte[] bytes, int n, Charset cs) {
    try {
      return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, n)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean plausible(char c) {
    return (c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n' || c == '\r' || c == '\f'
        || (c >= 0xA0 && c <= 0xFF)
        || (c >= 0x2000 && c <= 0x206F) // general punctuation
        || (c >= 0x2460 && c <= 0x24FF) // circled numbers
        || (c >= 0x3000 && c <= 0x303F) // CJK punctuation
        || (c >= 0x4E00 && c <= 0x9FFF) // CJK ideographs
        || (c >= 0xFF00 && c <= 0xFFEF); // full-width forms
  }
}
