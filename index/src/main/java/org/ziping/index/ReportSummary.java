package org.ziping.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.ziping.index.region.Region;

/**
 * The structured fields of one indexed report: what the search result list shows and what
 * {@code search --export} writes (one JSONL line or CSV row per report).
 *
 * @param id             stable id: the source file's sha256, "-", the report's number in the file
 *                       (from 1)
 * @param sourceFile     the original document as recorded by the extraction ({@code source.file})
 * @param input          the path that was indexed (a JSON file or the document itself)
 * @param declaredScore  the total self-score the report states
 * @param execRate       overall budget execution rate in percent, the audit's (recomputed from the figures, else
 *                       declared), see {@link ReportFigures}
 * @param execRateRecomputed actual ÷ budget of the same figures, in percent
 * @param budgetYuan     the total (full-year, else initial) budget in yuan
 * @param actualYuan     the total actual spending in yuan
 * @param rules          the distinct rule ids of the findings, sorted
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportSummary(String id, String sourceFile, String sourceSha256, int reportNo,
                            String input, String title, String unit, Region region, Integer year,
                            String kind, String reportDate, BigDecimal declaredScore,
                            BigDecimal maxScore, BigDecimal itemSum, String grade,
                            BigDecimal execRate, BigDecimal execRateRecomputed,
                            BigDecimal budgetYuan, BigDecimal actualYuan, List<String> rules,
                            FindingCounts findingCounts, List<FindingLine> findings) {

  /** Findings per severity. */
  public record FindingCounts(int error, int warning, int info, int total) {}

  /** A finding without its evidence. */
  public record FindingLine(String rule, String severity, String message) {}
}
