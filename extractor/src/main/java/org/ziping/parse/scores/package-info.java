/**
 * The scores of a report: its indicator tables, score summary tables, budget tables with their
 * 权重 / 得分 columns, prose score items and lists, and the overall score.
 *
 * <p>Data flows one way: {@link org.ziping.parse.scores.TableHeaders} maps a table's columns to
 * {@link org.ziping.parse.scores.ColumnRole}s by their header words; on a page read by OCR,
 * {@code OcrScoreCells} first mends the cells under score headers (look-alike letters, a glued 分,
 * a decimal comma); then {@link org.ziping.parse.scores.IndicatorTableParser} reads the indicator
 * rows and the total row ({@code TotalRow}: 合计 / 总分, a maximum in the label, a row that lost its
 * spans), {@link org.ziping.parse.scores.ScoreSummaryTable} the first-level summaries (side by
 * side, transposed), {@link org.ziping.parse.scores.BudgetTableParser} the budget rows,
 * {@link org.ziping.parse.scores.ProseScoreParser} and {@code InlineScoreList} the scores written
 * in sentences; {@link org.ziping.parse.scores.TotalScoreParser} takes the declared total, the
 * scale and the grade from the text and what the others found. {@code Cells} and
 * {@code GridRow} are the shared cell readers.
 *
 * <p>Data source: a {@link org.ziping.parse.ReportScope} (its tables and normalised text) only.
 * Limits are stated on each class; the layouts come from published forms
 * (docs/real-reports-studied.md).
 */
package org.ziping.parse.scores;
