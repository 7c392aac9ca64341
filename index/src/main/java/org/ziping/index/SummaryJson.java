package org.ziping.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.ziping.index.region.Region;

/**
 * Reads a {@link ReportSummary} from the JSON the index keeps of it ({@link
 * IndexSchema#SUMMARY_JSON}, written by {@link IndexSchema#compactJson}), with Jackson's streaming
 * parser instead of its object mapper.
 *
 * <p>Why: a hit's summary is read for every hit of a page, and the object mapper's first use
 * costs a cold {@code ziping search} about a tenth of its CPU time (some 500 classes, date
 * formats, the introspection of the records); the streaming parser is a few dozen classes. The
 * result is the object mapper's ({@code SummaryJsonTest} compares them): names as the record
 * components, unknown names skipped, numbers as {@link BigDecimal} with the written scale,
 * a missing or null value null (0 for the report number and the counts).
 *
 * <p>Limits: a new component of {@link ReportSummary} (or of its nested records) must be added
 * here too, to the switch or to the nested record's list of names (the records' constructors make
 * a forgotten one a compile error).
 */
final class SummaryJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  /**
   * The component names of {@link Region}, {@link ReportSummary.FindingCounts} and
   * {@link ReportSummary.FindingLine}, in the order of their constructors.
   */
  private static final List<String> REGION = List.of("province", "city", "county", "code");
  private static final List<String> COUNTS = List.of("error", "warning", "info", "total");
  private static final List<String> FINDING_LINE = List.of("rule", "severity", "message");

  private SummaryJson() {}

  static ReportSummary read(String json) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      return summary(p);
    }
  }

  /**
   * The summary of the UTF-8 JSON in {@code utf8} (as the index's doc values hold it), parsed from
   * the bytes: no string of the whole JSON is made first.
   */
  static ReportSummary read(BytesRef utf8) throws IOException {
    try (JsonParser p = FACTORY.createParser(utf8.bytes, utf8.offset, utf8.length)) {
      p.nextToken();
      return summary(p);
    }
  }

  private static ReportSummary summary(JsonParser p) throws IOException {
    expectObject(p);
    String id = null;
    String sourceFile = null;
    String sourceSha256 = null;
    int reportNo = 0;
    String input = null;
    String title = null;
    String unit = null;
    Region region = null;
    Integer year = null;
    String kind = null;
    String reportDate = null;
    BigDecimal declaredScore = null;
    BigDecimal maxScore = null;
    BigDecimal itemSum = null;
    String grade = null;
    BigDecimal execRate = null;
    BigDecimal execRateRecomputed = null;
    BigDecimal budgetYuan = null;
    BigDecimal actualYuan = null;
    List<String> rules = null;
    ReportSummary.FindingCounts findingCounts = null;
    List<ReportSummary.FindingLine> findings = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "id" -> id = text(p);
        case "sourceFile" -> sourceFile = text(p);
        case "sourceSha256" -> sourceSha256 = text(p);
        case "reportNo" -> reportNo = integer(p);
        case "input" -> input = text(p);
        case "title" -> title = text(p);
        case "unit" -> unit = text(p);
        case "region" -> region = region(p);
        case "year" -> year = p.currentToken() == JsonToken.VALUE_NULL ? null : p.getIntValue();
        case "kind" -> kind = text(p);
        case "reportDate" -> reportDate = text(p);
        case "declaredScore" -> declaredScore = decimal(p);
        case "maxScore" -> maxScore = decimal(p);
        case "itemSum" -> itemSum = decimal(p);
        case "grade" -> grade = text(p);
        case "execRate" -> execRate = decimal(p);
        case "execRateRecomputed" -> execRateRecomputed = decimal(p);
        case "budgetYuan" -> budgetYuan = decimal(p);
        case "actualYuan" -> actualYuan = decimal(p);
        case "rules" -> rules = texts(p);
        case "findingCounts" -> findingCounts = counts(p);
        case "findings" -> findings = findings(p);
        default -> p.skipChildren();
      }
    }
    return new ReportSummary(id, sourceFile, sourceSha256, reportNo, input, title, unit, region,
        year, kind, reportDate, declaredScore, maxScore, itemSum, grade, execRate,
        execRateRecomputed, budgetYuan, actualYuan, rules, findingCounts, findings);
  }

  private static Region region(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    String[] v = new String[REGION.size()];
    fields(p, REGION, (i, q) -> v[i] = text(q));
    return new Region(v[0], v[1], v[2], v[3]);
  }

  private static ReportSummary.FindingCounts counts(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    int[] n = new int[COUNTS.size()];
    fields(p, COUNTS, (i, q) -> n[i] = integer(q));
    return new ReportSummary.FindingCounts(n[0], n[1], n[2], n[3]);
  }

  private static List<ReportSummary.FindingLine> findings(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(p, JsonToken.START_ARRAY);
    List<ReportSummary.FindingLine> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        out.add(null);
        continue;
      }
      String[] v = new String[FINDING_LINE.size()];
      fields(p, FINDING_LINE, (i, q) -> v[i] = text(q));
      out.add(new ReportSummary.FindingLine(v[0], v[1], v[2]));
    }
    return out;
  }

  /** Reads one value of a nested record: the {@code index}-th of its component names. */
  private interface Field {
    void read(int index, JsonParser p) throws IOException;
  }

  /**
   * Reads an object whose field names are {@code names} (a nested record's components, in the
   * order of its constructor): each value by {@code field} with the name's index; unknown names
   * skipped.
   */
  private static void fields(JsonParser p, List<String> names, Field field) throws IOException {
    expectObject(p);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      int i = names.indexOf(p.currentName());
      p.nextToken();
      if (i < 0) {
        p.skipChildren();
      } else {
        field.read(i, p);
      }
    }
  }

  private static List<String> texts(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(p, JsonToken.START_ARRAY);
    List<String> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(text(p));
    }
    return out;
  }

  private static String text(JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : p.getValueAsString();
  }

  private static int integer(JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? 0 : p.getIntValue();
  }

  private static BigDecimal decimal(JsonParser p) throws IOException {
    return switch (p.currentToken()) {
      case VALUE_NULL -> null;
      case VALUE_STRING -> new BigDecimal(p.getText().trim());
      default -> p.getDecimalValue();
    };
  }

  private static void expectObject(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
  }

  private static void expect(JsonParser p, JsonToken token) throws IOException {
    if (p.currentToken() != token) {
      throw new IOException("summary JSON: expected " + token + " at "
          + p.currentLocation().offsetDescription() + ", found " + p.currentToken());
    }
  }
}
