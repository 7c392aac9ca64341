package org.ziping.solr;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.cloud.DocCollection;
import org.ziping.index.IndexSchema;
import org.ziping.index.IndexInputs;
import org.ziping.index.ReportIndexer;
import org.ziping.index.ReportSearch;
import org.ziping.index.cluster.ClusterBackend;
import org.ziping.index.cluster.ClusterTarget;
import org.ziping.pipeline.Extraction;

/**
 * The SolrCloud backend of {@code ziping index|search|serve --solr URL --collection NAME} (found
 * by the service loader). The client is SolrJ's cloud client over Apache HttpClient
 * ({@link CloudLegacySolrClient}): it learns the cluster's live nodes and shard leaders from any
 * node named by {@code --solr}, sends updates to the leaders and queries to live replicas, and
 * moves on when a node is down. (SolrJ's newer client runs on Jetty 10, whose classes would clash
 * with the Jetty 11 of the web page in one class path.)
 *
 * <p>Before any work the collection is checked: it must exist and route documents by
 * {@code group_key} ({@code router.field}, see {@code solr/README.md}), or one hit per report and
 * the per-report facet counts would be wrong.
 */
public final class SolrBackend implements ClusterBackend {
  @Override
  public String name() {
    return "solr";
  }

  @SuppressWarnings("deprecation") // CloudLegacySolrClient: see the class comment
  static CloudSolrClient client(List<String> urls) {
    return new CloudLegacySolrClient.Builder(urls)
        .withConnectionTimeout(10_000)
        .withSocketTimeout(120_000)
        .build();
  }

  /** Opens a client and checks the collection's existence and routing. */
  static CloudSolrClient open(ClusterTarget t) throws IOException {
    CloudSolrClient client = client(t.urls());
    try {
      check(client, t.collection());
      return client;
    } catch (IOException | RuntimeException e) {
      client.close();
      throw e;
    }
  }

  static void check(CloudSolrClient client, String collection) throws IOException {
    DocCollection c;
    try {
      c = Retry.standard().call("read the cluster state",
          () -> client.getClusterState().getCollectionOrNull(collection));
    } catch (IOException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IOException("cannot read the cluster state: " + Retry.firstLine(e), e);
    }
    if (c == null) {
      throw new IOException("no collection " + collection + " (create it from solr/configset: "
          + "see solr/README.md)");
    }
    String route = c.getRouter().getRouteField(c);
    if (!IndexSchema.GROUP.equals(route)) {
      throw new IOException("collection " + collection + " routes documents by "
          + (route == null ? "id" : route) + ", not by " + IndexSchema.GROUP
          + ": create it with router.field=" + IndexSchema.GROUP + " (see solr/README.md)");
    }
  }

  @Override
  public ReportSearch searcher(ClusterTarget target) throws IOException {
    return new SolrReportSearch(
        new SolrCollection(open(target), target.collection(), Retry.standard()));
  }

  @Override
  public ReportIndexer.Run index(ClusterTarget target, IndexInputs inputs,
                                 Supplier<Optional<Extraction>> extractions, int threads,
                                 PrintWriter log) throws IOException {
    try (CloudSolrClient client = open(target)) {
      return new SolrReportIndexer(
          new SolrCollection(client, target.collection(), Retry.standard()), log)
          .index(inputs, extractions, threads);
    }
  }
}
