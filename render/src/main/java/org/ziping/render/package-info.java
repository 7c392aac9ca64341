/**
 * The render layer: the one place that turns audited reports and their findings into outputs for
 * people and tools, used by the CLI ({@code audit}, {@code blocks}) and the index module (web page,
 * search export) alike.
 *
 * <ul>
 *   <li>{@link org.ziping.render.AuditedBatch}: what every writer shows, computed once (reports in
 *       input order, findings sorted by severity then rule, counts, overall execution rate).</li>
 *   <li>Writers, one per format: {@link org.ziping.render.AuditJsonWriter},
 *       {@link org.ziping.render.AuditMarkdownWriter}, {@link org.ziping.render.AuditHtmlWriter},
 *       {@link org.ziping.render.AuditXlsxWriter} (POI XSSF),
 *       {@link org.ziping.render.AnnotatedPdfWriter} (PDFBox highlights and notes placed on the
 *       evidence glyphs by {@link org.ziping.render.PageGlyphs}), and
 *       {@link org.ziping.render.GridRenderer} (the document model as text).</li>
 *   <li>Shared pieces: {@link org.ziping.render.FindingHtml} (a finding as HTML, on the audit page
 *       and the web page), {@link org.ziping.render.Style} (the one style sheet),
 *       {@link org.ziping.render.Locations} (where evidence stands, as a person looks for it),
 *       {@link org.ziping.render.MessageCatalogue} (every word in Chinese and English, of these
 *       outputs and of the web page, from {@code words_zh.properties} and
 *       {@code words_en.properties}),
 *       {@link org.ziping.render.Lang} (Chinese first, English on request),
 *       {@link org.ziping.render.HtmlText} (the one HTML escaping).</li>
 * </ul>
 *
 * <p>Data flows one way: the writers read the report records (findings, the stored overall
 * execution rate, the stored evidence sources), never change them and never read the document
 * again through the ingest or parse packages. Limits: the
 * search export's CSV and JSONL rows are index summaries and stay in the index module
 * ({@code ReportExport}); its Excel export goes through {@link org.ziping.render.AuditXlsxWriter}.
 */
package org.ziping.render;
