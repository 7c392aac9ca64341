package org.ziping.spark;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.ziping.report.ReportJson;
import org.ziping.report.ErrorEntry;
import org.ziping.report.Evidence;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;
import org.ziping.report.Location;
import org.ziping.report.Report;
import org.ziping.report.SourceRef;

/**
 * The tables the Spark job writes beside its JSONL reports, made from the report documents (each
 * JSONL line read back with {@link ReportJson}):
 *
 * <ul>
 *   <li>{@link #FINDINGS}: one row per finding: the file (path or URI as listed, its sha256 and
 *       format), the report's place in the file ({@code report}, from 0) with its unit, year, kind
 *       and title, the finding's id, rule, severity and message, its first piece of evidence flat
 *       (label, value as written, quoted text, and where it stands: page, sheet and cell, table,
 *       row and column, character offsets) for filtering, and {@code evidence}, all its pieces as
 *       a list of the same fields;</li>
 *   <li>{@link #ERRORS}: one row per entry of a document's {@code errors} (file, sha256, stage,
 *       severity {@code error} or {@code warning}, message): a file that failed is here with its
 *       reason, as its JSONL line has it.</li>
 * </ul>
 *
 * Values are as in the report JSON: decimals as written ({@link BigDecimal#toPlainString}, the
 * shown precision kept), severities in lower case. A line that cannot be read back (which the job
 * never writes) gives an error row naming the reason.
 */
public final class ResultTables {
  private ResultTables() {}

  private static final List<StructField> PLACE = List.of(
      DataTypes.createStructField("label", DataTypes.StringType, true),
      DataTypes.createStructField("value", DataTypes.StringType, true),
      DataTypes.createStructField("text", DataTypes.StringType, true),
      DataTypes.createStructField("page", DataTypes.IntegerType, true),
      DataTypes.createStructField("sheet", DataTypes.StringType, true),
      DataTypes.createStructField("cell", DataTypes.StringType, true),
      DataTypes.createStructField("table", DataTypes.IntegerType, true),
      DataTypes.createStructField("row", DataTypes.IntegerType, true),
      DataTypes.createStructField("col", DataTypes.IntegerType, true),
      DataTypes.createStructField("start", DataTypes.IntegerType, true),
      DataTypes.createStructField("end", DataTypes.IntegerType, true));

  /** The type of one piece of evidence. */
  public static final StructType EVIDENCE = DataTypes.createStructType(PLACE);

  /** One row per finding. */
  public static final StructType FINDINGS;

  static {
    List<StructField> f = new ArrayList<>(List.of(
        DataTypes.createStructField("file", DataTypes.StringType, false),
        DataTypes.createStructField("sha256", DataTypes.StringType, true),
        DataTypes.createStructField("format", DataTypes.StringType, true),
        DataTypes.createStructField("report", DataTypes.IntegerType, false),
        DataTypes.createStructField("unit", DataTypes.StringType, true),
        DataTypes.createStructField("year", DataTypes.IntegerType, true),
        DataTypes.createStructField("kind", DataTypes.StringType, true),
        DataTypes.createStructField("title", DataTypes.StringType, true),
        DataTypes.createStructField("id", DataTypes.StringType, true),
        DataTypes.createStructField("rule", DataTypes.StringType, false),
        DataTypes.createStructField("severity", DataTypes.StringType, false),
        DataTypes.createStructField("message", DataTypes.StringType, true)));
    for (StructField p : PLACE) {
      f.add(DataTypes.createStructField("evidence" + Character.toUpperCase(p.name().charAt(0))
          + p.name().substring(1), p.dataType(), true));
    }
    f.add(DataTypes.createStructField("evidence", DataTypes.createArrayType(EVIDENCE, false),
        false));
    FINDINGS = DataTypes.createStructType(f);
  }

  /** One row per error entry. */
  public static final StructType ERRORS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("file", DataTypes.StringType, false),
      DataTypes.createStructField("sha256", DataTypes.StringType, true),
      DataTypes.createStructField("stage", DataTypes.StringType, true),
      DataTypes.createStructField("severity", DataTypes.StringType, false),
      DataTypes.createStructField("message", DataTypes.StringType, true)));

  /** The document of a JSONL line; a line that cannot be read is a document with that error. */
  public static ExtractedDocument read(String line) {
    try {
      return ReportJson.mapper().readValue(line, ExtractedDocument.class);
    } catch (IOException e) {
      String head = line.length() > 80 ? line.substring(0, 80) + "…" : line;
      return new ExtractedDocument(ExtractedDocument.SCHEMA_VERSION,
          new SourceRef("?", null, null, null), List.of(),
          List.of(new ErrorEntry("?", "read", "unreadable report line (" + head + "): " + e)));
    }
  }

  /** The finding rows of one JSONL line. */
  public static Iterator<Row> findingRows(String line) {
    return findings(read(line)).iterator();
  }

  /** The error rows of one JSONL line. */
  public static Iterator<Row> errorRows(String line) {
    return errors(read(line)).iterator();
  }

  /** The finding rows of a document, in report and finding order. */
  public static List<Row> findings(ExtractedDocument d) {
    List<Row> out = new ArrayList<>();
    SourceRef s = d.source();
    for (int r = 0; r < d.reports().size(); r++) {
      Report report = d.reports().get(r);
      for (Finding f : report.findings()) {
        List<Evidence> evidence = f.evidence();
        List<Object> v = new ArrayList<>();
        v.add(file(d));
        v.add(s == null ? null : s.sha256());
        v.add(s == null ? null : s.format());
        v.add(r);
        v.add(report.unit());
        v.add(report.year());
        v.add(report.kind() == null ? null : report.kind().json());
        v.add(report.title());
        v.add(f.id());
        v.add(f.rule());
        v.add(f.severity() == null ? null : f.severity().json());
        v.add(f.message());
        Object[] first = evidence.isEmpty() ? new Object[PLACE.size()] : place(evidence.get(0));
        v.addAll(Arrays.asList(first));
        List<Row> all = new ArrayList<>();
        for (Evidence e : evidence) {
          all.add(RowFactory.create(place(e)));
        }
        v.add(all.toArray(new Row[0])); // an array: Spark takes it for an array column
        out.add(RowFactory.create(v.toArray()));
      }
    }
    return out;
  }

  /** The error rows of a document, in its order. */
  public static List<Row> errors(ExtractedDocument d) {
    List<Row> out = new ArrayList<>();
    String sha = d.source() == null ? null : d.source().sha256();
    for (ErrorEntry e : d.errors()) {
      out.add(RowFactory.create(e.file() == null ? file(d) : e.file(), sha, e.stage(),
          e.warning() ? ErrorEntry.WARNING : "error", e.message()));
    }
    return out;
  }

  private static String file(ExtractedDocument d) {
    return d.source() == null || d.source().file() == null ? "?" : d.source().file();
  }

  private static Object[] place(Evidence e) {
    Location l = e.location();
    BigDecimal value = e.value();
    return new Object[] {e.label(), value == null ? null : value.toPlainString(), e.text(),
        l == null ? null : l.page(), l == null ? null : l.sheet(), l == null ? null : l.cell(),
        l == null ? null : l.table(), l == null ? null : l.row(), l == null ? null : l.col(),
        l == null ? null : l.start(), l == null ? null : l.end()};
  }
}
