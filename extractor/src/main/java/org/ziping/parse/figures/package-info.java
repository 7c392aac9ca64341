/**
 * Figures of a report scope and the relations the text states between them.
 *
 * <p>Data flows one way: {@link org.ziping.parse.figures.FigureScanner} reads every money amount,
 * percentage and count of the running text ({@code Prose}: paragraphs joined into sentence
 * streams) and of the table cells; the finders then read relations over those figures only:
 * {@link org.ziping.parse.figures.BreakdownFinder} (a total and its parts: 其中/包括/具体为 runs read
 * with the prose grammar of {@code BreakdownGrammar}, numbered lists under an intro, parts closed by
 * 共计/合计, a table's 其中 rows), {@link org.ziping.parse.figures.RatioFinder} (shares, changes and
 * rates with the figures to recompute them) and {@link org.ziping.parse.figures.ProseBudgetFinder}
 * (budget rows stated in sentences). {@code Measures} names what a label measures (budget column,
 * change amount), {@code Labels} cleans label text, {@code Markers} reads list markers ((1), 1.,
 * ①, 一是).
 *
 * <p>The constructions come from published self-evaluation reports (docs/real-reports-studied.md);
 * the grammar is described in docs/prose-breakdowns.md. Limits: string rules on clauses and table
 * geometry, not a parser of Chinese noun phrases; Chinese numerals (三十万元) are not read.
 */
package org.ziping.parse.figures;
