package org.ziping.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ziping.report.ReportJson;
import org.ziping.report.ExtractedDocument;

/**
 * The findings of a batch as JSON: a findings-only structure, not the full extracted documents
 * (those are what {@code extract} writes): {@code {schemaVersion, totals:{files, reports, error,
 * warning, info}, files:[{file, sha256, errors, reports:[{index, title, unit, year, kind,
 * declaredScore, grade, executionRate, counts:{error, warning, info}, findings:[Finding]}]}]}}.
 */
public final class AuditJsonWriter {

  public String write(AuditedBatch batch) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schemaVersion", ExtractedDocument.SCHEMA_VERSION);
    root.put("totals", batch.totals());
    List<Object> files = new ArrayList<>();
    for (ExtractedDocument d : batch.documents()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("file", AuditedBatch.file(d));
      f.put("sha256", d.source() == null ? null : d.source().sha256());
      f.put("errors", d.errors());
      List<Object> reports = new ArrayList<>();
      for (AuditedBatch.Row row : batch.rows(d)) {
        var r = row.report();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", row.index());
        m.put("title", r.title());
        m.put("unit", r.unit());
        m.put("year", r.year());
        m.put("kind", r.kind());
        m.put("declaredScore", r.score() == null ? null : r.score().declaredTotal());
        m.put("grade", r.score() == null ? null : r.score().grade());
        m.put("executionRate", row.executionRate());
        m.put("counts", row.counts());
        m.put("findings", row.findings());
        reports.add(m);
      }
      f.put("reports", reports);
      files.add(f);
    }
    root.put("files", files);
    return ReportJson.write(root);
  }
}
