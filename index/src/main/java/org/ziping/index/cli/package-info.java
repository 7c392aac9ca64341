/**
 * The {@code index}, {@code search} and {@code serve} subcommands, added to {@code ziping} through
 * the {@code SubcommandProvider} service; with {@code --solr URL --collection NAME} they run on a
 * SolrCloud collection instead of a local index ({@code org.ziping.index.cluster}).
 */
package org.ziping.index.cli;
