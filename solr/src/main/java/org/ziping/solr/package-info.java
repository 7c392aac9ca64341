/**
 * ziping on Apache Solr (SolrCloud 9.10, Lucene 9.12 inside).
 *
 * <p>Two jars come from this module. The plugin jar ({@code ziping-solr-plugin.jar}, for each
 * Solr node's {@code lib/}) holds the Chinese analysis of the embedded index as a tokenizer
 * factory ({@link org.ziping.solr.HanLpTokenizerFactory}) and the query parser
 * ({@link org.ziping.solr.ZipingQParserPlugin}) that builds the embedded index's query on each
 * shard. The client jar ({@code ziping-solr.jar}, added to the command line's class path by
 * {@code bin/ziping} only when {@code --solr} is given) is the backend of
 * {@code org.ziping.index.cluster.ClusterBackend}: {@link org.ziping.solr.SolrBackend} indexes
 * through SolrJ ({@link org.ziping.solr.SolrReportIndexer}) and searches
 * ({@link org.ziping.solr.SolrReportSearch}).
 *
 * <p>The collection's schema and solrconfig are in {@code solr/configset/conf}; the collection is
 * created with {@code router.field=group_key}, so the files of one report (one group) live on one
 * shard, where Solr's collapse and expand give one hit per report with its formats and facet
 * counts per report, as the embedded index does.
 */
package org.ziping.solr;
