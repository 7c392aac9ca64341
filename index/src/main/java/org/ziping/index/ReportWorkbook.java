package org.ziping.index;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.queryparser.classic.ParseException;
import org.ziping.report.ReportJson;
import org.ziping.pipeline.StoredDocuments;
import org.ziping.render.AuditXlsxWriter;
import org.ziping.render.AuditedBatch;
import org.ziping.render.Lang;
import org.ziping.report.Report;
import org.ziping.report.SourceRef;

/**
 * The Excel export of a search ({@code search --export xlsx}, the web page's export link): every
 * matching report's stored JSON read back into a report (completed when an older version stored
 * it, {@link StoredDocuments}), in the searcher's order, and written by
 * the render layer's {@link AuditXlsxWriter} (a sheet of reports, a sheet of findings with their
 * evidence), so the search export and {@code audit --format xlsx} give the same workbook.
 */
public final class ReportWorkbook {
  private ReportWorkbook() {}

  /** Writes the workbook of the matching reports; returns how many reports it holds. */
  public static long write(ReportSearch searcher, String query, SearchFilters filters, Lang lang,
                           OutputStream out) throws IOException, ParseException {
    List<ReportSummary> hits = new ArrayList<>();
    searcher.forEach(query, filters, hits::add);
    List<AuditedBatch.Picked> picked = new ArrayList<>();
    for (ReportSummary s : hits) {
      var stored = searcher.byId(s.id());
      if (stored.isEmpty() || stored.get().reportJson() == null) {
        continue;
      }
      Report r = StoredDocuments.complete(
          ReportJson.mapper().readValue(stored.get().reportJson(), Report.class));
      picked.add(new AuditedBatch.Picked(new SourceRef(s.sourceFile(), format(s.sourceFile()),
          s.sourceSha256(), null), s.reportNo() - 1, r));
    }
    new AuditXlsxWriter(lang).write(AuditedBatch.ofPicked(picked), out);
    return picked.size();
  }

  private static String format(String file) {
    if (file == null || file.lastIndexOf('.') < 0) {
      return null;
    }
    return file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
  }
}
