/**
 * The Lucene index of report records: {@link org.ziping.index.ReportIndexer} writes one document
 * per report (incremental by file hash; JSON, JSON Lines or files extracted on the fly), {@link
 * org.ziping.index.ReportSearcher} answers queries in Lucene/Solr syntax ({@link
 * org.ziping.index.ReportQueryParser}: each word as HanLP words or CJK bigrams) with one hit per
 * report across formats, facets from doc values and highlighted snippets. The records are read as
 * stored; no figure is computed again ({@link org.ziping.index.ReportFigures} reads the stored
 * overall execution). Limits in {@code index/README.md}: query size and depth, no leading
 * wildcards on text.
 */
package org.ziping.index;
