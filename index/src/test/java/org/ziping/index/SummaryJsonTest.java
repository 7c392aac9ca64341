package org.ziping.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.index.region.Region;
import org.ziping.report.ReportJson;

/**
 * The streaming reading of a summary's JSON ({@link SummaryJson}) gives what Jackson's object
 * mapper gives: on the summaries of the fixture index, on random summaries (nulls, scales,
 * empty lists) as the index writes them, and on JSON with unknown names and explicit nulls.
 */
class SummaryJsonTest {
  @TempDir Path work;

  /** The object mapper's summary, read from the string and from UTF-8 bytes inside a wider array. */
  private static void same(String json) throws Exception {
    ReportSummary expected = ReportJson.mapper().readValue(json, ReportSummary.class);
    assertEquals(expected, SummaryJson.read(json), json);
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    byte[] wider = new byte[utf8.length + 7];
    Arrays.fill(wider, (byte) '{');
    System.arraycopy(utf8, 0, wider, 3, utf8.length);
    assertEquals(expected, SummaryJson.read(new BytesRef(wider, 3, utf8.length)), json);
  }

  @Test
  void theFixtureIndexsSummaries() throws Exception {
    Path index = Fixtures.buildIndex(work);
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      for (int doc = 0; doc < r.maxDoc(); doc++) {
        ReportSummary s = ReportSearcher.summary(r, doc);
        assertTrue(s.id() != null && s.region() != null);
        same(IndexSchema.compactJson(s));
      }
    }
  }

  @Test
  void randomSummariesAsTheIndexWritesThem() throws Exception {
    Random random = new Random(21);
    for (int i = 0; i < 500; i++) {
      same(IndexSchema.compactJson(randomSummary(random)));
    }
  }

  @Test
  void unknownNamesAndExplicitNulls() throws Exception {
    same("{\"id\":\"a-1\",\"future\":{\"x\":[1,{\"y\":null}]},\"reportNo\":null,"
        + "\"region\":{},\"year\":null,\"declaredScore\":95.50,\"maxScore\":\"100\","
        + "\"rules\":[],\"findings\":[{\"rule\":\"R\",\"extra\":true}],"
        + "\"findingCounts\":{\"error\":1,\"total\":1}}");
    same("{\"id\":\"a-2\",\"region\":null,\"rules\":null,\"findings\":null,"
        + "\"findingCounts\":null,\"budgetYuan\":1E+3,\"actualYuan\":-0.0}");
  }

  private static ReportSummary randomSummary(Random r) {
    List<String> rules = new ArrayList<>();
    List<ReportSummary.FindingLine> findings = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      String rule = "RULE_" + r.nextInt(9);
      rules.add(rule);
      findings.add(new ReportSummary.FindingLine(rule, maybe(r, "warning"),
          maybe(r, "执行率 \"" + r.nextInt(200) + "%\" 与\n预算\\不符")));
    }
    return new ReportSummary("id-" + r.nextInt(), maybe(r, "docs/报告 " + r.nextInt(9) + ".pdf"),
        maybe(r, Long.toHexString(r.nextLong())), r.nextInt(5), maybe(r, "/in/x.json"),
        maybe(r, "某县2023年度部门整体支出绩效自评报告"), maybe(r, "某县社会保险基金管理局"),
        r.nextBoolean() ? Region.UNKNOWN : new Region("广东省", maybe(r, "湛江市"),
            maybe(r, "遂溪县"), maybe(r, "440823")),
        r.nextBoolean() ? null : 2018 + r.nextInt(8), maybe(r, "department"),
        maybe(r, "2024年3月1日"), decimal(r), decimal(r), decimal(r), maybe(r, "优"), decimal(r),
        decimal(r), decimal(r), decimal(r), rules,
        new ReportSummary.FindingCounts(r.nextInt(3), r.nextInt(3), r.nextInt(3), r.nextInt(9)),
        findings);
  }

  private static String maybe(Random r, String s) {
    return r.nextInt(4) == 0 ? null : s;
  }

  private static BigDecimal decimal(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> null;
      case 1 -> BigDecimal.valueOf(r.nextInt(1000));
      case 2 -> new BigDecimal(r.nextInt(100000) + ".00");
      case 3 -> new BigDecimal("123456789012345678.9");
      default -> BigDecimal.valueOf(r.nextLong(), r.nextInt(6));
    };
  }
}
