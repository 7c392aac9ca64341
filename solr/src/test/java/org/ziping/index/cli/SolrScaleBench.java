package org.ziping.index.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.junit.Assume;
import org.junit.Test;
import org.ziping.bench.ScaledReports;
import org.ziping.index.IndexSchema;
import org.ziping.index.ReportIndexer;
import org.ziping.index.ReportSearch;
import org.ziping.index.ReportSearcher;
import org.ziping.index.SearchFilters;
import org.ziping.index.cluster.ClusterBackend;
import org.ziping.index.cluster.ClusterTarget;
import org.ziping.report.ReportJson;
import org.ziping.pipeline.Extraction;
import picocli.CommandLine;

/**
 * The figures of solr/README.md: indexing throughput and search latency of a local SolrCloud
 * (MiniSolrCloudCluster: two nodes in this JVM, a collection of 2 shards × 2 replicas) against
 * the embedded index, in the same run on the same machine, as ratios. Not a test: it runs only
 * when asked, {@code mvn -pl solr -am test -Dtest=SolrScaleBench -Dziping.bench.reports=N
 * -Dsurefire.failIfNoSpecifiedTests=false} (with an extractor test named too, see solr/README.md),
 * and prints its figures on stderr.
 *
 * <p>Method: the five seed reports (txt) are extracted, and {@link ScaledReports} makes N report
 * JSONs of them (100 per file), as {@code bench-index --reports N} does. Both indexes are warmed
 * with the seeds, then the N reports are indexed once through the {@code index} command into each
 * (wall time, reports per second; {@code --threads 2}). Then the seed searches (one hit per
 * report, first page of 10, snippets and facets) run through {@link ReportSearch} in rounds, 5
 * rounds of warm-up and 30 measured, on each index in turn; the embedded searcher has no result
 * cache. Limits: the cluster shares the JVM and the two cores with the client; a real cluster has a
 * machine per node and a network between them.
 */
public class SolrScaleBench extends SolrCloudTestCase {
  static final List<String> QUERIES = List.of("养老保险", "取暖费", "工伤预防", "稳岗返还",
      "unit:湛江", "", "score:[95 TO *]", "社会保险 基金", "执行率", "养老保险 OR 失业保险");

  @Test
  public void indexAndSearchAgainstTheEmbeddedIndex() throws Exception {
    String n = System.getProperty("ziping.bench.reports");
    Assume.assumeTrue("a benchmark: set -Dziping.bench.reports=N", n != null);
    int reports = Integer.parseInt(n);
    // Lucene's defaults, as the command line has them (the test framework randomises them)
    org.apache.lucene.codecs.Codec.setDefault(org.apache.lucene.codecs.Codec.forName("Lucene912"));
    org.apache.lucene.search.IndexSearcher.setDefaultQueryCache(
        new org.apache.lucene.search.LRUQueryCache(1000, 32L << 20));
    org.apache.lucene.search.IndexSearcher.setDefaultQueryCachingPolicy(
        new org.apache.lucene.search.UsageTrackingQueryCachingPolicy());
    Path root = org.ziping.solr.SolrCloudSearchTest.corpus().getParent();
    configureCluster(2).addConfig("ziping", root.resolve("solr/configset/conf")).configure();
    CollectionAdminRequest.createCollection("bench", "ziping", 2, 2)
        .setRouterField(IndexSchema.GROUP).process(cluster.getSolrClient());
    cluster.waitForActiveCollection("bench", 2, 4);
    String urls = String.join(",", cluster.getJettySolrRunners().stream()
        .map(j -> j.getBaseUrl().toString()).toList());

    Path work = createTempDir("bench");
    Path seeds = work.resolve("seeds");
    Files.createDirectories(seeds);
    Extraction ex = ReportIndexer.findExtraction().orElseThrow();
    List<Path> seedFiles = new ArrayList<>();
    try (Stream<Path> files = Files.list(root.resolve("corpus"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        Path j = seeds.resolve(f.getFileName() + ".json");
        Files.writeString(j, ReportJson.write(ex.extract(f)));
        seedFiles.add(j);
      }
    }
    List<Path> scaled = ScaledReports.ensure(work.resolve("cache"), reports, seedFiles);
    Path idx = work.resolve("idx");
    String[] solr = {"--solr", urls, "--collection", "bench"};

    index(seeds, "--index", idx.toString()); // warm-up
    index(seeds, solr);
    Path scaledDir = scaled.get(0).getParent();
    double local = index(scaledDir, "--index", idx.toString());
    double remote = index(scaledDir, solr);
    System.err.printf(Locale.ROOT, "bench: index %d reports: embedded %.1f s (%.0f reports/s), "
        + "SolrCloud 2x2 %.1f s (%.0f reports/s); Solr/embedded throughput %.2f%n", reports,
        local, reports / local, remote, reports / remote, local / remote);

    try (ReportSearch embedded = new ReportSearcher(idx, 0);
         ReportSearch cloud = ClusterBackend.find("solr").searcher(
             new ClusterTarget(Arrays.asList(urls.split(",")), "bench"))) {
      long[] e = latencies(embedded, 5, 30);
      long[] c = latencies(cloud, 5, 30);
      System.err.printf(Locale.ROOT, "bench: search (%d queries x 30 rounds): embedded p50 %.1f "
          + "ms p95 %.1f ms; SolrCloud p50 %.1f ms p95 %.1f ms; p95 Solr/embedded %.2f%n",
          QUERIES.size(), ms(e, 50), ms(e, 95), ms(c, 50), ms(c, 95), ms(c, 95) / ms(e, 95));
    }
  }

  static double index(Path dir, String... where) {
    List<String> args = new ArrayList<>(List.of(dir.toString(), "--threads", "2"));
    args.addAll(List.of(where));
    java.io.StringWriter err = new java.io.StringWriter();
    CommandLine cl = new CommandLine(new IndexCommand());
    cl.setErr(new java.io.PrintWriter(err));
    long t0 = System.nanoTime();
    int code = cl.execute(args.toArray(new String[0]));
    double s = (System.nanoTime() - t0) / 1e9;
    assertEquals(err.toString(), 0, code);
    System.err.print("bench: " + err.toString().lines().reduce((a, b) -> b).orElse("") + "\n");
    return s;
  }

  static long[] latencies(ReportSearch s, int warm, int rounds) throws Exception {
    for (int i = 0; i < warm; i++) {
      for (String q : QUERIES) {
        s.search(q, SearchFilters.NONE, 0, 10);
      }
    }
    long[] out = new long[rounds * QUERIES.size()];
    int k = 0;
    for (int i = 0; i < rounds; i++) {
      for (String q : QUERIES) {
        long t0 = System.nanoTime();
        s.search(q, SearchFilters.NONE, 0, 10);
        out[k++] = System.nanoTime() - t0;
      }
    }
    Arrays.sort(out);
    return out;
  }

  static double ms(long[] sorted, int percentile) {
    int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, i)] / 1e6;
  }
}
