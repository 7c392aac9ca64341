/**
 * The report records: the output contract ({@code docs/output-contract.md}) and the one thing the
 * stages after parse pass on and read.
 *
 * <ul>
 *   <li>{@link org.ziping.report.ExtractedDocument}: one per input file, its
 *       {@link org.ziping.report.Report}s and {@link org.ziping.report.ErrorEntry}s.</li>
 *   <li>What parse reads from the text: metadata with its evidence, sections, amounts, budget
 *       rows, indicators, score items, score, breakdowns, ratios, disclosure tables.</li>
 *   <li>What parse derives from those, once: the typed {@link org.ziping.report.Fact}s and the
 *       {@link org.ziping.report.OverallExecution} rate.</li>
 *   <li>What the audit adds: {@link org.ziping.report.Finding}s with their
 *       {@link org.ziping.report.Evidence}.</li>
 *   <li>What the extraction adds so that no later stage reads the document again:
 *       {@link org.ziping.report.PageOccurrence}s and {@link org.ziping.report.EvidenceTable}s.</li>
 * </ul>
 *
 * <p>Records only: values, exact-decimal arithmetic ({@link org.ziping.report.DecimalInterval},
 * {@link org.ziping.report.Money}) and enums whose JSON values are part of the contract
 * ({@link org.ziping.report.DocumentKind}, {@link org.ziping.report.Severity},
 * {@link org.ziping.report.Measure}, {@link org.ziping.report.FactOrigin},
 * {@link org.ziping.report.BudgetRowOrigin}). Lists are never null. This package depends on no
 * stage; the audit, the renderers and the index depend on it and on nothing of parse or ingest.
 */
package org.ziping.report;
