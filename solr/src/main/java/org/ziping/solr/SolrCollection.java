package org.ziping.solr;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.SolrParams;

/**
 * One SolrCloud collection reached through a client, each request retried while a node is busy
 * or away ({@link Retry}; a failure is an {@link IOException} that says {@code what} failed). The
 * indexer and the searcher name the collection here only.
 */
record SolrCollection(SolrClient client, String name, Retry retry) {
  QueryResponse query(String what, SolrParams q, SolrRequest.METHOD method) throws IOException {
    return retry.call(what, () -> client.query(name, q, method));
  }

  void update(String what, UpdateRequest request) throws IOException {
    retry.run(what, () -> request.process(client, name));
  }

  /** Commits, waiting until the new documents are searchable. */
  void commit() throws IOException {
    retry.run("commit", () -> client.commit(name, true, true));
  }
}
