package org.ziping.index;

import java.util.List;
import java.util.Locale;

/**
 * One page of search results: the number of matching reports, the hits in rank order with their
 * snippets, and the facet counts over all matching reports.
 *
 * <p>By default a hit is one report with all the files it was published in ({@link
 * ReportGroups}): {@code total} and the facet counts count reports, {@code formats} lists every
 * file of the report (the hit's own first) and {@code disagreements} the figures on which they
 * differ. With all formats apart each file is a hit of its own and {@code formats} holds it alone.
 */
public record SearchResult(long total, List<Hit> hits, List<FacetDim> facets) {
  /** Unmodifiable lists: a page may be served to many callers ({@link ResultCache}). */
  public SearchResult {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
  }

  /** A ranked report. {@code relevance} is Lucene's score (word matches weigh more). */
  public record Hit(String id, float relevance, ReportSummary report, Snippet snippet,
                    List<Format> formats, List<ReportGroups.Disagreement> disagreements) {}

  /**
   * One file of a report: its id, source file and format: the file name's extension, with a
   * short Latin word before it when there is one ({@code x.chromium.pdf} is "chromium.pdf", so two
   * PDFs of one report are told apart), and "#n" for the n-th report of a file.
   */
  public record Format(String id, String sourceFile, String format) {
    /** The format of a report's file. */
    public static Format of(ReportSummary s) {
      String f = s.sourceFile() == null ? "" : s.sourceFile();
      String name = f.substring(Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\')) + 1)
          .toLowerCase(Locale.ROOT);
      String[] parts = name.split("\\.");
      String ext = parts.length < 2 ? "?" : parts[parts.length - 1];
      if (parts.length >= 3 && parts[parts.length - 2].matches("[a-z]{2,12}")) {
        ext = parts[parts.length - 2] + "." + ext;
      }
      return new Format(s.id(), s.sourceFile(), s.reportNo() > 1 ? ext + "#" + s.reportNo() : ext);
    }
  }

  /** The values of one facet dimension with their counts, most frequent first. */
  public record FacetDim(String dim, List<FacetValue> values) {}

  public record FacetValue(String label, long count) {}
}
