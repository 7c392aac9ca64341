/**
 * Indexes on a search cluster instead of the embedded Lucene folder: the service interface
 * {@link org.ziping.index.cluster.ClusterBackend} that the {@code solr/} module implements, and
 * the command-line options that select it ({@link org.ziping.index.cluster.ClusterOptions}). The
 * embedded index stays the default; a backend's classes are loaded only when an option names it.
 */
package org.ziping.index.cluster;
