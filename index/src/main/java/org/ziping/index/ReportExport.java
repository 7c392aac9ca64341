package org.ziping.index;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.lucene.queryparser.classic.ParseException;

/**
 * Writes report summaries for analysis: CSV (one row per report, commons-csv, RFC 4180 quoting,
 * UTF-8 with a byte order mark so spreadsheet programs read the Chinese correctly) or JSONL (one
 * {@link ReportSummary} object per line; its {@code id} is stable across re-indexing, so the lines
 * can be bulk-loaded into OpenSearch, Elasticsearch or Solr with {@code id} as document id).
 * In CSV, multi-valued columns (rules, findings) are joined with " | ".
 */
public final class ReportExport implements AutoCloseable {

  public enum Format { CSV, JSONL }

  static final List<String> CSV_COLUMNS = List.of("id", "source_file", "report_no", "unit", "title",
      "province", "city", "county", "region_code", "year", "kind", "report_date", "declared_score",
      "max_score", "item_sum", "grade", "exec_rate", "exec_rate_recomputed", "budget_yuan",
      "actual_yuan", "findings", "errors", "warnings", "infos", "rules", "finding_messages");

  private final Format format;
  private final Writer out;
  private final CSVPrinter csv;
  private long count;

  public ReportExport(Format format, Writer out) throws IOException {
    this.format = format;
    this.out = out;
    if (format == Format.CSV) {
      out.write('\ufeff');
      this.csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
          .setHeader(CSV_COLUMNS.toArray(String[]::new)).get());
    } else {
      this.csv = null;
    }
  }

  /**
   * Writes every report that matches {@code query} and {@code filters}, in the searcher's order
   * ({@link ReportSearch#forEach}), to {@code out} (flushed, not closed); returns how many. The
   * first write that fails ends the export with its exception; the search runs to its end
   * without writing more.
   */
  public static long writeAll(ReportSearch searcher, String query, SearchFilters filters,
                              boolean allFormats, Format format, Writer out)
      throws IOException, ParseException {
    try (ReportExport ex = new ReportExport(format, out)) {
      IOException[] failure = new IOException[1];
      searcher.forEach(query, filters, allFormats, s -> {
        if (failure[0] == null) {
          try {
            ex.write(s);
          } catch (IOException e) {
            failure[0] = e;
          }
        }
      });
      if (failure[0] != null) {
        throw failure[0];
      }
      return ex.count();
    }
  }

  public static Format parseFormat(String s) {
    return Format.valueOf(s.toUpperCase(Locale.ROOT));
  }

  public void write(ReportSummary s) throws IOException {
    count++;
    if (format == Format.JSONL) {
      out.write(IndexSchema.compactJson(s));
      out.write('\n');
      return;
    }
    List<String> msgs = new ArrayList<>();
    for (ReportSummary.FindingLine f : s.findings()) {
      msgs.add(f.rule() + ": " + (f.message() == null ? "" : f.message()));
    }
    csv.printRecord(s.id(), s.sourceFile(), s.reportNo(), s.unit(), s.title(),
        s.region().province(), s.region().city(), s.region().county(), s.region().code(),
        s.year(), s.kind(), s.reportDate(), plain(s.declaredScore()), plain(s.maxScore()),
        plain(s.itemSum()), s.grade(), plain(s.execRate()), plain(s.execRateRecomputed()),
        plain(s.budgetYuan()), plain(s.actualYuan()), s.findingCounts().total(),
        s.findingCounts().error(), s.findingCounts().warning(), s.findingCounts().info(),
        String.join(" | ", s.rules()), String.join(" | ", msgs));
  }

  public long count() {
    return count;
  }

  private static String plain(BigDecimal v) {
    return v == null ? null : v.toPlainString();
  }

  @Override
  public void close() throws IOException {
    if (csv != null) {
      csv.flush();
    }
    out.flush();
  }
}
