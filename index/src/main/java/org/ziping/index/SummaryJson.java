package org.ziping.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
 * here too (the records' constructors make that a compile error).
 */
final class SummaryJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private SummaryJson() {}

  static ReportSummary read(String json) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
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
    expectObject(p);
    String province = null;
    String city = null;
    String county = null;
    String code = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "province" -> province = text(p);
        case "city" -> city = text(p);
        case "county" -> county = text(p);
        case "code" -> code = text(p);
        default -> p.skipChildren();
      }
    }
    return new Region(province, city, county, code);
  }

  private static ReportSummary.FindingCounts counts(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expectObject(p);
    int error = 0;
    int warning = 0;
    int info = 0;
    int total = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "error" -> error = integer(p);
        case "warning" -> warning = integer(p);
        case "info" -> info = integer(p);
        case "total" -> total = integer(p);
        default -> p.skipChildren();
      }
    }
    return new ReportSummary.FindingCounts(error, warning, info, total);
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
      expectObject(p);
      String rule = null;
      String severity = null;
      String message = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "rule" -> rule = text(p);
          case "severity" -> severity = text(p);
          case "message" -> message = text(p);
          default -> p.skipChildren();
        }
      }
      out.add(new ReportSummary.FindingLine(rule, severity, message));
    }
    return out;
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
