package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ziping.report.ErrorEntry;

/**
 * The {@link WorkerProtocol#SUMMARY} payload: every summary a worker can send reads back equal
 * (random errors with null fields, empty and long texts, CJK and unpaired surrogates as the JVM's
 * UTF-8 encoder turns them into '?'), and a payload that is not a summary is an
 * {@link IOException}, never a bogus allocation or a partial summary.
 */
class WorkerProtocolSummaryTest {

  @Test
  void randomSummariesReadBackEqual() throws IOException {
    Random r = new Random(20261208L);
    for (int i = 0; i < 2_000; i++) {
      List<ErrorEntry> errors = new ArrayList<>();
      int n = r.nextInt(4) == 0 ? r.nextInt(6) : 0;
      for (int j = 0; j < n; j++) {
        errors.add(new ErrorEntry(text(r), text(r), text(r),
            r.nextBoolean() ? null : ErrorEntry.WARNING));
      }
      ExtractionSummary s = new ExtractionSummary(r.nextInt(50), errors);
      ExtractionSummary back = WorkerProtocol.readSummary(WorkerProtocol.summary(s));
      assertEquals(utf8RoundTrip(s), back);
      assertEquals(s.failed(), back.failed());
    }
  }

  @Test
  void aPayloadThatIsNoSummaryIsRefused() throws IOException {
    byte[] good = WorkerProtocol.summary(new ExtractionSummary(2, List.of(
        new ErrorEntry("a.pdf", "ingest", "扫描件，未识别文字"))));
    // cut short at every length, and with a byte too many
    for (int len = 0; len < good.length; len++) {
      byte[] cut = Arrays.copyOf(good, len);
      assertThrows(IOException.class, () -> WorkerProtocol.readSummary(cut), "length " + len);
    }
    byte[] longer = Arrays.copyOf(good, good.length + 1);
    assertThrows(IOException.class, () -> WorkerProtocol.readSummary(longer));
    // the JSON summary of frames 3 and counts beyond the payload
    assertThrows(IOException.class, () -> WorkerProtocol.readSummary(
        "{\"reports\":1,\"errors\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    byte[] huge = WorkerProtocol.summary(new ExtractionSummary(0, List.of()));
    huge[4] = 0x7f; // two billion errors announced in an 8-byte payload
    assertThrows(IOException.class, () -> WorkerProtocol.readSummary(huge));
    assertEquals(2, WorkerProtocol.readSummary(good).reports());
  }

  /** Null, empty, short or long, from ASCII, CJK, a supplementary character and lone surrogates. */
  private static String text(Random r) {
    int kind = r.nextInt(8);
    if (kind == 0) {
      return null;
    }
    int len = kind == 1 ? 0 : kind == 2 ? 2_000 + r.nextInt(70_000) : r.nextInt(40);
    StringBuilder sb = new StringBuilder(len);
    for (int i = 0; i < len; i++) {
      switch (r.nextInt(5)) {
        case 0 -> sb.append((char) ('a' + r.nextInt(26)));
        case 1 -> sb.append((char) (0x4e00 + r.nextInt(0x5000)));
        case 2 -> sb.appendCodePoint(0x20000 + r.nextInt(100));
        case 3 -> sb.append((char) (0xd800 + r.nextInt(0x800)));
        default -> sb.append("\n\t\"\\".charAt(r.nextInt(4)));
      }
    }
    return sb.toString();
  }

  /** What UTF-8 gives back for {@code s}'s texts: an unpaired surrogate becomes '?'. */
  private static ExtractionSummary utf8RoundTrip(ExtractionSummary s) {
    return new ExtractionSummary(s.reports(), s.errors().stream()
        .map(e -> new ErrorEntry(utf8(e.file()), utf8(e.stage()), utf8(e.message()),
            utf8(e.severity())))
        .toList());
  }

  private static String utf8(String s) {
    return s == null ? null : new String(s.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        java.nio.charset.StandardCharsets.UTF_8);
  }
}
