package org.ziping.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.TextDetector;
import org.apache.tika.detect.TextStatistics;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypes;

/**
 * Tika's {@link MimeTypes} detector with a shortcut that gives Tika's own answer, text/plain, for a
 * plain text file without evaluating the magic patterns that cannot match it.
 *
 * <p>Why: {@link MimeTypes#detect} evaluates all of Tika's 849 magic patterns on the first 64 KB
 * of every file (regular expressions compiled and the bytes decoded anew for each), about 1.6 ms
 * per text report, 10-15 % of its whole extraction. For a text file no pattern matches, and Tika
 * then calls it text/plain by its {@link TextDetector}.
 *
 * <p>The algorithm. Once, each magic's clause tree (Tika's {@code Magic}, {@code MagicMatch},
 * {@code AndClause}, {@code OrClause}, {@code MinShouldMatchClause}, read by reflection) is judged
 * against the heads this shortcut accepts: heads of {@link #TEXT_BYTES} only (no control byte, no
 * 0xFF), whose first byte is known. A byte pattern cannot match such a head when one of its bytes
 * (under its mask, and lower-cased when it ignores case, exactly as Tika compares) is no text
 * byte, provided the whole compared range lies inside the head (shorter heads are padded with
 * zero bytes by Tika, so the judgement holds only from that length on); a pattern tried only at
 * offset 0 cannot match when its first byte does not match the head's first byte; a regular
 * expression tried only at offset 0 cannot match when {@link Matcher#lookingAt()} fails on the
 * first character alone without {@link Matcher#hitEnd() hitting the end} (no longer input starting
 * with that character can match). Every other pattern is a candidate. Per head, only the
 * candidates are evaluated, with Tika's own code; when none matches, Tika's magic step finds no
 * match either, and its answer is that of its {@link TextDetector} on the same bytes, refined by
 * the file name. The shortcut answers only when that answer is certainly text/plain: the text
 * detector says text/plain, the name's glob type is text/plain or not a specialisation of it, and
 * the name holds none of the characters that Tika's URI parsing of the name would treat apart.
 * Every other file is detected by Tika as before.
 *
 * <p>Data source: the magic patterns of the Tika on the class path ({@code tika-mimetypes.xml}).
 * Limits: it reads Tika internals by reflection; when they change shape (another Tika version),
 * {@link #wrap} says so on the log and returns Tika's detector unchanged, and
 * {@code PlainTextShortcutTest} fails. Only heads of text bytes take the shortcut; files in other
 * formats or with control bytes cost what they cost before, plus reading the head once more.
 */
final class PlainTextShortcut implements Detector {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PlainTextShortcut.class.getName());

  /** Never excluded, whatever the head's length. */
  private static final int ALWAYS = Integer.MAX_VALUE;

  private final MimeTypes mimeTypes;
  private final transient List<Object> magics;
  private final transient List<Object> clauses;
  private final transient Method eval;
  /** Per magic, its clause tree with the regular expressions evaluated by {@link RegexMatch}. */
  private final transient List<Test> tests;
  private final transient ClauseReader reader;
  /** Per first byte of the head: per magic, the head length from which it cannot match. */
  private final transient AtomicReferenceArray<int[]> thresholds = new AtomicReferenceArray<>(256);

  private PlainTextShortcut(MimeTypes mimeTypes, List<Object> magics, List<Object> clauses,
                            Method eval, ClauseReader reader) throws ReflectiveOperationException {
    this.mimeTypes = mimeTypes;
    this.magics = magics;
    this.clauses = clauses;
    this.eval = eval;
    this.reader = reader;
    List<Test> t = new ArrayList<>();
    for (Object c : clauses) {
      t.add(reader.test(c));
    }
    this.tests = List.copyOf(t);
  }

  /** One shortcut per Tika repository (it is thread-safe; judging the patterns costs some ms). */
  private static final Map<MimeTypes, Detector> SHARED =
      Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * Tika's detector with the shortcut, or {@code mimeTypes} itself when Tika's internals differ;
   * shared by every caller with the same repository.
   */
  static Detector wrap(MimeTypes mimeTypes) {
    return SHARED.computeIfAbsent(mimeTypes, PlainTextShortcut::build);
  }

  private static Detector build(MimeTypes mimeTypes) {
    try {
      return of(mimeTypes);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.WARNING, "plain-text shortcut of format detection off: Tika's magic "
          + "patterns could not be read (" + e + ")");
      return mimeTypes;
    }
  }

  /** The shortcut; throws when Tika's internals are not as expected. */
  static PlainTextShortcut of(MimeTypes mimeTypes) throws ReflectiveOperationException {
    List<?> list = (List<?>) field(MimeTypes.class, "magics").get(mimeTypes);
    Class<?> magicClass = Class.forName("org.apache.tika.mime.Magic");
    Field clauseField = field(magicClass, "clause");
    Method eval = magicClass.getMethod("eval", byte[].class);
    eval.setAccessible(true);
    List<Object> magics = new ArrayList<>();
    List<Object> clauses = new ArrayList<>();
    for (Object m : list) {
      magics.add(m);
      clauses.add(clauseField.get(m));
    }
    PlainTextShortcut s = new PlainTextShortcut(mimeTypes, List.copyOf(magics),
        List.copyOf(clauses), eval, new ClauseReader());
    s.thresholds('\n'); // reads every clause once: fails here, not on a file, if Tika differs
    return s;
  }

  @Override
  public MediaType detect(InputStream input, Metadata metadata) throws IOException {
    if (input != null && metadata.get(Metadata.CONTENT_TYPE) == null
        && plainName(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY))) {
      int min = mimeTypes.getMinLength();
      byte[] head;
      input.mark(min);
      try {
        head = input.readNBytes(min); // the bytes MimeTypes reads (readMagicHeader)
      } finally {
        input.reset();
      }
      if (isPlainText(head)) {
        return MediaType.TEXT_PLAIN;
      }
    }
    return mimeTypes.detect(input, metadata);
  }

  /**
   * True when Tika's magic step finds no match in this head and its text detector calls it
   * text/plain (the bytes Tika reads from the start of a file: {@link MimeTypes#getMinLength()}).
   */
  boolean isPlainText(byte[] head) throws IOException {
    if (head.length == 0 || !textBytesOnly(head, Math.min(head.length, QUICK_LOOK))) {
      return false; // most files of other formats show a control byte early
    }
    // one pass over the head gives both the byte test and the text detector's statistics (Tika's
    // TextDetector feeds the same bytes to the same TextStatistics, then asks the same two questions)
    TextStatistics stats = new TextStatistics();
    stats.addData(head, 0, head.length);
    if (!textBytesOnly(stats)) {
      return false;
    }
    int[] t = thresholds(head[0] & 0xff);
    for (int i = 0; i < t.length; i++) {
      if (head.length < t[i] && tests.get(i).matches(head)) {
        return false;
      }
    }
    return stats.isMostlyAscii() || stats.looksLikeUTF8();
  }

  /** How many bytes of a head are looked at before its statistics are taken. */
  private static final int QUICK_LOOK = 1024;

  /** The magic patterns evaluated for a head of text bytes starting with this byte and length. */
  int candidates(int firstByte, int length) {
    int n = 0;
    for (int t : thresholds(firstByte)) {
      if (length < t) {
        n++;
      }
    }
    return n;
  }

  /** Whether Tika's magic number {@code i} matches the head (Tika's own evaluation). */
  boolean matches(int i, byte[] head) throws IOException {
    try {
      return (Boolean) eval.invoke(magics.get(i), (Object) head);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw new IOException("Tika magic " + magics.get(i) + " failed", e.getCause());
    }
  }

  /** Whether magic number {@code i} matches the head, its regular expressions by {@link RegexMatch}. */
  boolean testMatches(int i, byte[] head) {
    return tests.get(i).matches(head);
  }

  /** The number of Tika's magic patterns. */
  int size() {
    return magics.size();
  }

  /**
   * A file name whose glob type leaves Tika's answer for a text head at text/plain, and which Tika
   * reads as the name itself (no URI scheme, path, query, fragment or escape).
   */
  private boolean plainName(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if ("#?%:/\\".indexOf(name.charAt(i)) >= 0) {
        return false;
      }
    }
    MimeType hint = mimeTypes.getMimeType(name);
    return hint == null || MediaType.TEXT_PLAIN.equals(hint.getType())
        || !mimeTypes.getMediaTypeRegistry().isSpecializationOf(hint.getType(), MediaType.TEXT_PLAIN);
  }

  /** The bytes of text the judgement assumes: tab, line feed, carriage return, 0x20-0x7E, 0x80-0xFE. */
  static boolean isTextByte(int b) {
    return b == '\t' || b == '\n' || b == '\r' || (b >= 0x20 && b <= 0x7e) || (b >= 0x80 && b <= 0xfe);
  }

  /** The set {@link #isTextByte} describes, for the javadoc. */
  static final String TEXT_BYTES = "tab, LF, CR, 0x20-0x7E, 0x80-0xFE";

  private static boolean textBytesOnly(byte[] head, int length) {
    for (int i = 0; i < length; i++) {
      if (!isTextByte(head[i] & 0xff)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the bytes counted are all {@link #isTextByte text bytes}. */
  private static boolean textBytesOnly(TextStatistics stats) {
    for (int b = 0; b < 0x100; b++) {
      if (!isTextByte(b) && stats.count(b) > 0) {
        return false;
      }
    }
    return true;
  }

  private int[] thresholds(int firstByte) {
    int[] t = thresholds.get(firstByte);
    if (t == null) {
      t = new int[clauses.size()];
      try {
        for (int i = 0; i < t.length; i++) {
          t[i] = reader.threshold(clauses.get(i), firstByte);
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Tika's magic clauses could not be read: " + e, e);
      }
      thresholds.compareAndSet(firstByte, null, t);
    }
    return t;
  }

  private static Field field(Class<?> c, String name) throws NoSuchFieldException {
    Field f = c.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /**
   * Reads Tika's clause trees and says from which head length a clause cannot match a head of text
   * bytes with the given first byte (0: never matches; {@link #ALWAYS}: may match at any length).
   */
  private static final class ClauseReader {
    private final Class<?> and = Class.forName("org.apache.tika.mime.AndClause");
    private final Class<?> or = Class.forName("org.apache.tika.mime.OrClause");
    private final Class<?> minShould = Class.forName("org.apache.tika.mime.MinShouldMatchClause");
    private final Class<?> match = Class.forName("org.apache.tika.mime.MagicMatch");
    private final Field andClauses = field(and, "clauses");
    private final Field orClauses = field(or, "clauses");
    private final Field minClauses = field(minShould, "clauses");
    private final Field min = field(minShould, "min");
    private final Method detector = match.getDeclaredMethod("getDetector");
    private final Class<?> magicDetector = Class.forName("org.apache.tika.detect.MagicDetector");
    private final Field pattern = field(magicDetector, "pattern");
    private final Field mask = field(magicDetector, "mask");
    private final Field length = field(magicDetector, "length");
    private final Field regex = field(magicDetector, "isRegex");
    private final Field ignoreCase = field(magicDetector, "isStringIgnoreCase");
    private final Field begin = field(magicDetector, "offsetRangeBegin");
    private final Field end = field(magicDetector, "offsetRangeEnd");

    ClauseReader() throws ReflectiveOperationException {
      detector.setAccessible(true);
    }

    /** The clause as a test that gives Tika's answers ({@link ByteMatch}, {@link RegexMatch}). */
    Test test(Object clause) throws ReflectiveOperationException {
      if (and.isInstance(clause) || or.isInstance(clause) || minShould.isInstance(clause)) {
        List<Test> parts = new ArrayList<>();
        for (Object c : and.isInstance(clause) ? Arrays.asList((Object[]) andClauses.get(clause))
            : (List<?>) (or.isInstance(clause) ? orClauses : minClauses).get(clause)) {
          parts.add(test(c));
        }
        int k = and.isInstance(clause) ? parts.size() : or.isInstance(clause) ? 1
            : (Integer) min.get(clause);
        return new AtLeast(k, List.copyOf(parts));
      }
      Object d = detector.invoke(clause);
      if ((Boolean) regex.get(d)) {
        return new RegexMatch(Pattern.compile(new String((byte[]) pattern.get(d), StandardCharsets.UTF_8),
            (Boolean) ignoreCase.get(d) ? Pattern.CASE_INSENSITIVE : 0), (Integer) length.get(d),
            (Integer) begin.get(d), (Integer) end.get(d));
      }
      byte[] p = (byte[]) pattern.get(d);
      byte[] m = (byte[]) mask.get(d);
      int len = (Integer) length.get(d);
      if (p.length >= len && m != null && m.length >= len) {
        return new ByteMatch(p, m, len, (Boolean) ignoreCase.get(d), (Integer) begin.get(d),
            (Integer) end.get(d));
      }
      Method eval = clause.getClass().getMethod("eval", byte[].class); // a shape not known here
      eval.setAccessible(true);
      return head -> {
        try {
          return (Boolean) eval.invoke(clause, (Object) head);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("Tika magic " + clause + " failed", e);
        }
      };
    }

    int threshold(Object clause, int firstByte) throws ReflectiveOperationException {
      if (and.isInstance(clause)) { // cannot match once any part cannot
        int t = ALWAYS;
        for (Object c : (Object[]) andClauses.get(clause)) {
          t = Math.min(t, threshold(c, firstByte));
        }
        return t;
      }
      if (or.isInstance(clause)) { // cannot match once no part can
        int t = 0;
        for (Object c : (List<?>) orClauses.get(clause)) {
          t = Math.max(t, threshold(c, firstByte));
        }
        return t;
      }
      if (minShould.isInstance(clause)) { // cannot match once more than (size - min) parts cannot
        List<?> parts = (List<?>) minClauses.get(clause);
        int k = (Integer) min.get(clause);
        int[] t = new int[parts.size()];
        for (int i = 0; i < t.length; i++) {
          t[i] = threshold(parts.get(i), firstByte);
        }
        Arrays.sort(t);
        int excluded = t.length - k + 1; // this many parts excluded make the clause fail
        if (excluded <= 0) {
          return 0;
        }
        return excluded > t.length ? ALWAYS : t[excluded - 1];
      }
      if (match.isInstance(clause)) {
        return matchThreshold(detector.invoke(clause), firstByte);
      }
      throw new IllegalStateException("unknown Tika magic clause " + clause.getClass().getName());
    }

    private int matchThreshold(Object d, int firstByte) throws ReflectiveOperationException {
      byte[] p = (byte[]) pattern.get(d);
      byte[] m = (byte[]) mask.get(d);
      int len = (Integer) length.get(d);
      boolean ic = (Boolean) ignoreCase.get(d);
      int from = (Integer) begin.get(d);
      int to = (Integer) end.get(d);
      boolean onlyAtStart = from == 0 && to == 0;
      if ((Boolean) regex.get(d)) {
        if (!onlyAtStart) {
          return ALWAYS;
        }
        // Tika decodes the bytes as ISO-8859-1 and calls lookingAt from offset 0
        Pattern re = Pattern.compile(new String(p, StandardCharsets.UTF_8),
            ic ? Pattern.CASE_INSENSITIVE : 0);
        Matcher mt = re.matcher(String.valueOf((char) firstByte));
        return mt.lookingAt() || mt.hitEnd() ? ALWAYS : 0;
      }
      if (p.length < len || m == null || m.length < len) {
        return ALWAYS; // not the shape this judgement knows
      }
      if (onlyAtStart && len > 0 && !byteMatches(firstByte, m[0], p[0], ic)) {
        return 0;
      }
      for (int j = 0; j < len; j++) {
        boolean possible = false;
        for (int x = 0; x < 256 && !possible; x++) {
          possible = isTextByte(x) && byteMatches(x, m[j], p[j], ic);
        }
        if (!possible) {
          return to + len; // compared bytes beyond a shorter head are Tika's zero padding
        }
      }
      return ALWAYS;
    }

    /** Tika's comparison of a data byte with a pattern byte (MagicDetector.detect). */
    private static boolean byteMatches(int dataByte, byte maskByte, byte patternByte, boolean ic) {
      int v = ((byte) dataByte) & maskByte;
      if (ic) {
        v = Character.toLowerCase(v);
      }
      return v == patternByte;
    }
  }

  /** A magic clause evaluated on a head. */
  interface Test {
    boolean matches(byte[] head);
  }

  /**
   * Tika's And, Or and MinShouldMatch clauses: at least {@code k} parts match (And: all, Or: one).
   * Tika evaluates them the same way; the parts have no side effects.
   */
  private record AtLeast(int k, List<Test> parts) implements Test {
    @Override
    public boolean matches(byte[] head) {
      int n = 0;
      for (int i = 0; i < parts.size() && n < k; i++) {
        if (parts.get(i).matches(head)) {
          n++;
        }
      }
      return n >= k;
    }
  }

  /**
   * A byte-pattern magic as Tika's {@code MagicDetector} evaluates it, on the head itself instead
   * of a copy read from a stream: no match when the head is shorter than the range's start plus
   * the pattern; else a match at some offset i of the range where every byte (zero past the head's
   * end), masked and lower-cased when the pattern ignores case, equals the pattern's byte.
   */
  private record ByteMatch(byte[] pattern, byte[] mask, int length, boolean ignoreCase, int begin,
                           int end) implements Test {
    @Override
    public boolean matches(byte[] head) {
      if (head.length < begin + length) {
        return false;
      }
      for (int i = begin; i <= end; i++) {
        boolean match = true;
        for (int j = 0; match && j < length; j++) {
          byte b = i + j < head.length ? head[i + j] : 0;
          int v = b & mask[j];
          if (ignoreCase) {
            v = Character.toLowerCase(v);
          }
          match = v == pattern[j];
        }
        if (match) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A regular-expression magic as Tika's {@code MagicDetector} evaluates it: the bytes from the
   * range's start ({@code length + end - begin} of them, zero-padded past the head's end) decoded
   * as ISO-8859-1, and {@code lookingAt} in the region {@code [i, length + i)} for each offset i of
   * the range; a head shorter than the range's start does not match. Faster, same answers: the
   * pattern is compiled once, and an offset is tried only where its character can start a match
   * ({@code lookingAt} on that character alone matches or hits the end of input; when it does
   * neither, no longer input starting with it can match).
   */
  static final class RegexMatch implements Test {
    private final Pattern pattern;
    private final int length;
    private final int begin;
    private final int end;
    private final boolean[] startable = new boolean[256];

    RegexMatch(Pattern pattern, int length, int begin, int end) {
      this.pattern = pattern;
      this.length = length;
      this.begin = begin;
      this.end = end;
      for (int c = 0; c < 256; c++) {
        Matcher m = pattern.matcher(String.valueOf((char) c));
        startable[c] = m.lookingAt() || m.hitEnd();
      }
    }

    @Override
    public boolean matches(byte[] head) {
      if (head.length < begin) {
        return false;
      }
      char[] buffer = new char[length + end - begin];
      for (int i = 0; i < buffer.length && begin + i < head.length; i++) {
        buffer[i] = (char) (head[begin + i] & 0xff);
      }
      Matcher m = null;
      for (int i = 0; i <= end - begin; i++) {
        if (!startable[buffer[i]]) {
          continue;
        }
        if (m == null) {
          m = pattern.matcher(CharBuffer.wrap(buffer));
        }
        m.region(i, length + i);
        if (m.lookingAt()) {
          return true;
        }
      }
      return false;
    }
  }
}
